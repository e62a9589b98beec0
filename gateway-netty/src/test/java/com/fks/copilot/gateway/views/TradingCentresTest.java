package com.fks.copilot.gateway.views;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** London 08:00–16:30 London time and New York 08:00–17:00 ET overlap 08:00–11:30 ET in an ordinary week. */
class TradingCentresTest {
    private static long et(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.of("America/New_York"))
                .toEpochSecond() * 1_000_000_000L;
    }

    @Test
    void shouldStartAt0800EtWhenNewYorkOpens() {
        assertFalse(TradingCentres.londonNewYorkOverlap(et(2026, 11, 24, 7, 59)));
        assertTrue(TradingCentres.londonNewYorkOverlap(et(2026, 11, 24, 8, 0)));
    }

    @Test
    void shouldEndAt1130EtWhenLondonCloses() {
        assertTrue(TradingCentres.londonNewYorkOverlap(et(2026, 11, 24, 11, 29)));
        assertFalse(TradingCentres.londonNewYorkOverlap(et(2026, 11, 24, 11, 30)));
    }

    @Test
    void shouldRunUntil1230EtInTheMarchWeeksWhenOnlyNewYorkHasChangedClocks() {
        // 2026-03-10: New York on EDT (UTC-4) since 03-08, London still on GMT until 03-29
        assertTrue(TradingCentres.londonNewYorkOverlap(et(2026, 3, 10, 12, 29)));
        assertFalse(TradingCentres.londonNewYorkOverlap(et(2026, 3, 10, 12, 30)));
    }

    @Test
    void shouldNotOverlapOnAWeekend() {
        assertFalse(TradingCentres.londonNewYorkOverlap(et(2026, 11, 28, 9, 0)));
    }
}
