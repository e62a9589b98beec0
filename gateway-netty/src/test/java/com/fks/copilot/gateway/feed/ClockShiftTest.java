package com.fks.copilot.gateway.feed;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A delayed plan's clock: CLOCK events move back by the delay, ticks keep their exchange time. */
class ClockShiftTest {
    private static final long NOON = 1_763_312_400_000_000_000L;

    @Test
    void shouldPublishClockEventsTheDelayEarlier() {
        RecordingSink ring = new RecordingSink();

        new ClockShift(ring, Duration.ofMinutes(10)).clock(NOON, 1);

        assertEquals(List.of(NOON - 600_000_000_000L), ring.clockTimes());
    }

    @Test
    void shouldPassTicksThroughUntouched() {
        RecordingSink ring = new RecordingSink();

        new ClockShift(ring, Duration.ofMinutes(10)).tick(0, 401_230_000_000L, 2, NOON, 7);

        assertEquals(List.of(new RecordingSink.Tick(0, 401_230_000_000L, 2, NOON, 7)), ring.ticks());
    }
}
