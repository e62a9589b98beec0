package com.fks.copilot.gateway.views;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CME Globex hours in ET (MARKET.md): Sun 18:00 → Fri 17:00, daily break 17:00–18:00. Week of 2026-11-23 (Mon). */
class GlobexStatusTest {
    static long et(int day, int hour, int minute, int second) {
        return LocalDateTime.of(2026, 11, day, hour, minute, second).atZone(ZoneId.of("America/New_York"))
                .toEpochSecond() * 1_000_000_000L;
    }

    @Test
    void shouldBeOpenAtOneSecondBeforeTheDailyBreak() {
        assertEquals(GlobexStatus.OPEN, GlobexStatus.at(et(24, 16, 59, 59)));
    }

    @Test
    void shouldBeInTheDailyBreakFrom1700() {
        assertEquals(GlobexStatus.MAINTENANCE_BREAK, GlobexStatus.at(et(24, 17, 0, 0)));
    }

    @Test
    void shouldStillBeInTheDailyBreakAt1759() {
        assertEquals(GlobexStatus.MAINTENANCE_BREAK, GlobexStatus.at(et(24, 17, 59, 59)));
    }

    @Test
    void shouldReopenAt1800() {
        assertEquals(GlobexStatus.OPEN, GlobexStatus.at(et(24, 18, 0, 0)));
    }

    @Test
    void shouldBeOpenThroughMidnight() {
        assertEquals(GlobexStatus.OPEN, GlobexStatus.at(et(25, 0, 0, 0)));
    }

    @Test
    void shouldCloseForTheWeekendAtFriday1700() {
        assertEquals(GlobexStatus.OPEN, GlobexStatus.at(et(27, 16, 59, 59)));
        assertEquals(GlobexStatus.CLOSED, GlobexStatus.at(et(27, 17, 0, 0)));
    }

    @Test
    void shouldStayClosedFridayEveningWhenWeekdaysReopen() {
        assertEquals(GlobexStatus.CLOSED, GlobexStatus.at(et(27, 18, 30, 0)));
    }

    @Test
    void shouldBeClosedAllSaturday() {
        assertEquals(GlobexStatus.CLOSED, GlobexStatus.at(et(28, 12, 0, 0)));
    }

    @Test
    void shouldReopenOnSundayAt1800() {
        assertEquals(GlobexStatus.CLOSED, GlobexStatus.at(et(29, 17, 59, 59)));
        assertEquals(GlobexStatus.OPEN, GlobexStatus.at(et(29, 18, 0, 0)));
    }
}
