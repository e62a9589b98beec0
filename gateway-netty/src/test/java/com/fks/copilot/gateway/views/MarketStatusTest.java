package com.fks.copilot.gateway.views;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketStatusTest {
    @Test
    void shouldShowAnActiveOpenOverlappingMorningAt0931() {
        MarketStatus status = MarketStatus.at(GlobexStatusTest.et(24, 9, 31, 5));
        assertEquals("09:31:05 ET", status.marketTime());
        assertEquals("ACTIVE", status.session().label());
        assertEquals(GlobexStatus.OPEN, status.globex());
        assertTrue(status.overlap());
    }

    @Test
    void shouldShowOffHoursAndTheDailyBreakAt1730() {
        MarketStatus status = MarketStatus.at(GlobexStatusTest.et(24, 17, 30, 0));
        assertEquals("OFF-HOURS", status.session().label());
        assertEquals(GlobexStatus.MAINTENANCE_BREAK, status.globex());
        assertFalse(status.overlap());
    }

    @Test
    void shouldWaitForTheFirstClockEvent() {
        MarketStatus status = MarketStatus.at(0);
        assertEquals("WAITING FOR CLOCK", status.session().label());
        assertNull(status.globex());
    }
}
