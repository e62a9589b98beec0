package com.fks.copilot.journal.history;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlobexScheduleTest {

    static Instant et(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(GlobexSchedule.ZONE).toInstant();
    }

    static long tradingMinutes(Instant from, Instant to) {
        long count = 0;
        for (Instant m = from; m.isBefore(to); m = m.plus(Duration.ofMinutes(1))) {
            if (GlobexSchedule.isOpen(m)) {
                count++;
            }
        }
        return count;
    }

    @Test
    void shouldTradeFiveSessionsOfTwentyThreeHoursInAWeek() {
        // Sunday 18:00 → Friday 17:00 ET minus four daily breaks: 5 × 23 h = 6,900 minutes
        assertEquals(6_900, tradingMinutes(et("2026-11-15T00:00"), et("2026-11-21T00:00")));
    }

    @Test
    void shouldTradeSixtyNineHundredMinutesInTheWeekClocksSpringForward() {
        // 2026-03-08 02:00 ET jumps to 03:00 on a Sunday, before the 18:00 open: the week is whole
        assertEquals(6_900, tradingMinutes(et("2026-03-08T00:00"), et("2026-03-14T00:00")));
    }

    @Test
    void shouldCloseForTheDailyBreakFromFiveToSixPm() {
        assertTrue(GlobexSchedule.isOpen(et("2026-11-17T16:59")));
        assertFalse(GlobexSchedule.isOpen(et("2026-11-17T17:00")));
        assertFalse(GlobexSchedule.isOpen(et("2026-11-17T17:59")));
        assertTrue(GlobexSchedule.isOpen(et("2026-11-17T18:00")));
    }

    @Test
    void shouldCloseFromFridayFivePmToSundaySixPm() {
        assertTrue(GlobexSchedule.isOpen(et("2026-11-20T16:59")));
        assertFalse(GlobexSchedule.isOpen(et("2026-11-20T18:30")));
        assertFalse(GlobexSchedule.isOpen(et("2026-11-21T12:00")));
        assertFalse(GlobexSchedule.isOpen(et("2026-11-22T17:59")));
        assertTrue(GlobexSchedule.isOpen(et("2026-11-22T18:00")));
    }

    @Test
    void shouldCountTheEveningSessionTowardTheNextTradingDate() {
        assertEquals(LocalDate.of(2026, 11, 16), GlobexSchedule.tradingDate(et("2026-11-16T16:59")));
        assertEquals(LocalDate.of(2026, 11, 17), GlobexSchedule.tradingDate(et("2026-11-16T18:30")));
        assertEquals(et("2026-11-16T17:00"), GlobexSchedule.tradingDateStart(LocalDate.of(2026, 11, 17)));
    }
}
