package com.fks.copilot.engine.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Converts epoch nanos to America/New_York wall time with the zone's daylight-saving rules.
 * The UTC offset is cached until the next transition, so steady-state calls are arithmetic
 * and allocation-free; a transition costs one {@link ZoneRules} lookup. Not thread-safe:
 * each thread (the engine, a reader) owns its own instance.
 */
public final class EasternTime {
    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
    private static final long NANOS_PER_DAY = 24 * 60 * NANOS_PER_MINUTE;

    private final ZoneRules rules = ZONE.getRules();
    private long offsetNanos;
    private long validFromNanos = Long.MAX_VALUE;
    private long validUntilNanos = Long.MIN_VALUE;

    /** Nanos since local midnight ET, plus the local epoch-day offset: {@code epochNanos + utcOffset}. */
    public long localNanos(long epochNanos) {
        if (epochNanos < validFromNanos || epochNanos >= validUntilNanos) {
            refresh(epochNanos);
        }
        return epochNanos + offsetNanos;
    }

    /** Minute of the ET day, 0..1439. */
    public int minuteOfDay(long epochNanos) {
        return (int) (Math.floorMod(localNanos(epochNanos), NANOS_PER_DAY) / NANOS_PER_MINUTE);
    }

    /** ET calendar day as epoch-day number. */
    public long epochDay(long epochNanos) {
        return Math.floorDiv(localNanos(epochNanos), NANOS_PER_DAY);
    }

    /** Epoch nanos of the given ET local time (epoch day + minute of day); resolves gaps forward. */
    public long epochNanosOf(long epochDay, int minuteOfDay) {
        java.time.LocalDateTime local = java.time.LocalDate.ofEpochDay(epochDay).atStartOfDay().plusMinutes(minuteOfDay);
        Instant instant = local.atZone(ZONE).toInstant();
        return instant.getEpochSecond() * NANOS_PER_SECOND + instant.getNano();
    }

    private void refresh(long epochNanos) {
        Instant at = Instant.ofEpochSecond(Math.floorDiv(epochNanos, NANOS_PER_SECOND));
        offsetNanos = rules.getOffset(at).getTotalSeconds() * NANOS_PER_SECOND;
        ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        validFromNanos = previous == null ? Long.MIN_VALUE : previous.toEpochSecond() * NANOS_PER_SECOND;
        validUntilNanos = next == null ? Long.MAX_VALUE : next.toEpochSecond() * NANOS_PER_SECOND;
    }
}
