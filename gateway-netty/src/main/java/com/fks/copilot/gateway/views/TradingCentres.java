package com.fks.copilot.gateway.views;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The London/New York overlap: the hours on a weekday when both centres trade, which is when metals
 * and index futures see their heaviest flow. London's session is 08:00–16:30 London time, New York's
 * 08:00–17:00 New York time, each in its own zone, so the overlap is 08:00–11:30 ET in most weeks and
 * shifts by an hour in the weeks when the US and the UK change clocks on different dates.
 */
public final class TradingCentres {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime LONDON_OPEN = LocalTime.of(8, 0);
    private static final LocalTime LONDON_CLOSE = LocalTime.of(16, 30);
    private static final LocalTime NEW_YORK_OPEN = LocalTime.of(8, 0);
    private static final LocalTime NEW_YORK_CLOSE = LocalTime.of(17, 0);

    private TradingCentres() {
    }

    /** True when London and New York are both open at the event time (epoch nanos). */
    public static boolean londonNewYorkOverlap(long epochNanos) {
        Instant at = Instant.ofEpochSecond(0, epochNanos);
        return open(at.atZone(LONDON), LONDON_OPEN, LONDON_CLOSE) && open(at.atZone(NEW_YORK), NEW_YORK_OPEN, NEW_YORK_CLOSE);
    }

    private static boolean open(ZonedDateTime local, LocalTime from, LocalTime until) {
        DayOfWeek day = local.getDayOfWeek();
        LocalTime time = local.toLocalTime();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !time.isBefore(from) && time.isBefore(until);
    }
}
