package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.session.EasternTime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Whether CME Globex trades the six micros at an instant (MARKET.md: Sunday–Friday 18:00–17:00 ET,
 * daily maintenance break 17:00–18:00 ET). From Friday 17:00 to Sunday 18:00 ET the market is closed
 * for the weekend. Exchange holidays and the equity-index 16:15–16:30 halt are not modelled: the
 * header says OPEN on those and the empty tape tells the rest.
 */
public enum GlobexStatus {
    OPEN("🟢", "OPEN"),
    MAINTENANCE_BREAK("🔧", "DAILY BREAK"),
    CLOSED("🔴", "CLOSED");

    private static final LocalTime BREAK_START = LocalTime.of(17, 0);
    private static final LocalTime REOPEN = LocalTime.of(18, 0);

    private final String emoji;
    private final String label;

    GlobexStatus(String emoji, String label) {
        this.emoji = emoji;
        this.label = label;
    }

    public String emoji() {
        return emoji;
    }

    public String label() {
        return label;
    }

    public String cssClass() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The status at an event time (epoch nanos); never the wall clock, so replays show what the day showed. */
    public static GlobexStatus at(long epochNanos) {
        ZonedDateTime et = Instant.ofEpochSecond(0, epochNanos).atZone(EasternTime.ZONE);
        DayOfWeek day = et.getDayOfWeek();
        LocalTime time = et.toLocalTime();
        boolean inBreakHour = !time.isBefore(BREAK_START) && time.isBefore(REOPEN);
        return switch (day) {
            case SATURDAY -> CLOSED;
            case SUNDAY -> time.isBefore(REOPEN) ? CLOSED : OPEN;
            case FRIDAY -> time.isBefore(BREAK_START) ? OPEN : CLOSED;
            default -> inBreakHour ? MAINTENANCE_BREAK : OPEN;
        };
    }
}
