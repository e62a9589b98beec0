package com.fks.copilot.engine.session;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EasternTimeTest {
    private static long nanos(String instant) {
        return Instant.parse(instant).getEpochSecond() * 1_000_000_000L;
    }

    @Test
    void shouldUseMinusFiveHoursInWinterAndMinusFourInSummer() {
        EasternTime et = new EasternTime();
        assertEquals(9 * 60 + 30, et.minuteOfDay(nanos("2026-11-24T14:30:00Z")), "EST: 14:30Z is 09:30");
        assertEquals(9 * 60 + 30, et.minuteOfDay(nanos("2026-07-15T13:30:00Z")), "EDT: 13:30Z is 09:30");
    }

    @Test
    void shouldFollowTheDaylightSavingTransitionWithinOneInstance() {
        EasternTime et = new EasternTime();
        // 2026-03-08 02:00 EST -> 03:00 EDT
        assertEquals(60 + 59, et.minuteOfDay(nanos("2026-03-08T06:59:00Z")));
        assertEquals(3 * 60, et.minuteOfDay(nanos("2026-03-08T07:00:00Z")));
        assertEquals(60 + 59, et.minuteOfDay(nanos("2026-03-08T06:59:00Z")), "going back in time re-resolves the offset");
    }

    @Test
    void sessionModesFollowTheTradersDay() {
        assertEquals(SessionMode.PRE_MARKET, SessionMode.atMinuteOfDay(4 * 60 + 59));
        assertEquals(SessionMode.ACTIVE, SessionMode.atMinuteOfDay(5 * 60));
        assertEquals(SessionMode.ACTIVE, SessionMode.atMinuteOfDay(11 * 60 + 59));
        assertEquals(SessionMode.OFF_HOURS, SessionMode.atMinuteOfDay(12 * 60));
    }
}
