package com.fks.copilot.engine.session;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * CME trading days as the journals file them and the engine snapshots them: a day runs from 17:00 ET the
 * evening before to 17:00 ET on it (the evening session counts toward the next date), and a weekend's
 * events belong to the Monday after it. One rule, so a snapshot's day is the journal file it closes.
 */
public final class TradingDays {
    /** CME's daily break starts here: the trading day ends. */
    private static final LocalTime DAY_ENDS = LocalTime.of(17, 0);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private TradingDays() {
    }

    /** The trading day {@code instant} belongs to. */
    public static LocalDate of(Instant instant) {
        ZonedDateTime et = instant.atZone(EasternTime.ZONE);
        LocalDate date = et.toLocalTime().isBefore(DAY_ENDS) ? et.toLocalDate() : et.toLocalDate().plusDays(1);
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return date.plusDays(2);
        }
        return date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
    }

    /** The trading day of {@code epochNanos}. Allocates: call it when a day changes, not per event. */
    public static LocalDate ofEpochNanos(long epochNanos) {
        return of(Instant.ofEpochSecond(Math.floorDiv(epochNanos, NANOS_PER_SECOND), Math.floorMod(epochNanos, NANOS_PER_SECOND)));
    }

    /** Epoch nanos at which {@code day} ends (17:00 ET on it): the first instant of the next trading day. */
    public static long endNanos(LocalDate day) {
        Instant end = day.atTime(DAY_ENDS).atZone(EasternTime.ZONE).toInstant();
        return end.getEpochSecond() * NANOS_PER_SECOND + end.getNano();
    }
}
