package com.fks.copilot.journal.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When CME Globex trades the six contracts: Sunday 18:00 to Friday 17:00 America/New_York, with a
 * daily maintenance break 17:00–18:00 and the weekend closed. Exchange holidays are not modelled:
 * a holiday shows up as a gap in the report.
 */
public final class GlobexSchedule {
    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** The daily break starts here; a trading date begins when the previous one's break starts. */
    private static final LocalTime BREAK_START = LocalTime.of(17, 0);
    private static final LocalTime REOPEN = LocalTime.of(18, 0);

    private GlobexSchedule() {
    }

    /** True when the minute starting at {@code minuteStart} is a trading minute. */
    public static boolean isOpen(Instant minuteStart) {
        ZonedDateTime et = minuteStart.atZone(ZONE);
        LocalTime time = et.toLocalTime();
        boolean inBreak = !time.isBefore(BREAK_START) && time.isBefore(REOPEN);
        return switch (et.getDayOfWeek()) {
            case SATURDAY -> false;
            case SUNDAY -> !time.isBefore(REOPEN);
            case FRIDAY -> time.isBefore(BREAK_START);
            default -> !inBreak;
        };
    }

    /**
     * The trading date (CME's session end date) an instant belongs to: the ET date, or the next
     * day from 17:00 ET on, since the evening session counts toward the following day.
     */
    public static LocalDate tradingDate(Instant instant) {
        ZonedDateTime et = instant.atZone(ZONE);
        return et.toLocalTime().isBefore(BREAK_START) ? et.toLocalDate() : et.toLocalDate().plusDays(1);
    }

    /** The instant trading date {@code date} begins: 17:00 ET the day before. */
    public static Instant tradingDateStart(LocalDate date) {
        return date.minusDays(1).atTime(BREAK_START).atZone(ZONE).toInstant();
    }
}
