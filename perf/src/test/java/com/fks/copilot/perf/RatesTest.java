package com.fks.copilot.perf;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RatesTest {

    @Test
    void eventsPerSecondFromMillis() {
        assertEquals(1_000_000.0, Rates.eventsPerSecond(800_000, 800.0), 1e-6);
        assertEquals("2,000,000 ev/s", Rates.perSecond(1_000_000, 500.0));
        assertThrows(IllegalArgumentException.class, () -> Rates.eventsPerSecond(1, 0));
    }

    @Test
    void bestIsTheShortestPassAndTheMedianNeedsNoOrder() {
        List<Double> passes = List.of(900.0, 300.0, 500.0, 400.0);
        assertEquals(300.0, Rates.best(passes));
        assertEquals(450.0, Rates.median(passes)); // even count: mean of the middle two
        assertEquals(500.0, Rates.median(List.of(900.0, 300.0, 500.0)));
    }
}
