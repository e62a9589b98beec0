package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.session.TradingDays;
import net.openhft.chronicle.core.time.TimeProvider;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The time a journal's appender rolls its files by: the CME trading day of the events it appends, not the
 * machine's clock. A journal then keeps one file per trading day ({@code 20261124F.cq4} holds Tuesday
 * 24 November's session, from 17:00 ET the evening before), a demo of past days included, and a replay
 * writes the same files as the live run did.
 *
 * <p>Chronicle asks for {@link #currentTimeMillis()} and names the cycle by its UTC date, so this returns
 * the trading date's UTC midnight. A weekend belongs to the Monday after it. The day is worked out with
 * {@code java.time} only when an event crosses into the next one; per event it is one comparison. Until
 * the first event with a time, the machine's clock stands in (a live run's first bridge post).
 */
public final class TradingDayClock implements TimeProvider {
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NONE = Long.MIN_VALUE;
    /** Where the current trading day ends (17:00 ET on it), epoch nanos; {@link #NONE} before the first event. */
    private volatile long dayEndsNanos = NONE;
    private volatile long cycleMillis;

    /**
     * Starts on {@code day}, the journal's last file: an event without a time appended first after a restart
     * (a bridge post) joins that day instead of jumping to the machine's date and back.
     */
    void resumeAt(LocalDate day) {
        moveTo(day);
    }

    /** Moves to the trading day of {@code eventTimeNanos} (epoch nanos) when it is later than the current one; 0 = no time. */
    public void advanceTo(long eventTimeNanos) {
        if (eventTimeNanos > 0 && (dayEndsNanos == NONE || eventTimeNanos >= dayEndsNanos)) {
            moveTo(TradingDays.ofEpochNanos(eventTimeNanos));
        }
    }

    private void moveTo(LocalDate day) {
        cycleMillis = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        dayEndsNanos = TradingDays.endNanos(day); // the engine's rule too: a snapshot's day is the file it closes
    }

    @Override
    public long currentTimeMillis() {
        if (dayEndsNanos == NONE) {
            return TradingDays.of(Instant.now()).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
        return cycleMillis;
    }

    @Override
    public long currentTimeMicros() {
        return currentTimeMillis() * 1_000;
    }

    @Override
    public long currentTimeNanos() {
        return currentTimeMillis() * NANOS_PER_MILLI;
    }
}
