package com.fks.copilot.perf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Correctness of the latency harness only: every tick sent is received and measured once. No timing
 * assertions; the timeout only keeps a hung pipeline from hanging the build.
 */
@Timeout(120)
class SseLatencyHarnessTest {
    private static final int TICKS_PER_SECOND = 200;

    @Test
    void shouldReceiveEveryTickSentAtTheSseClient() throws Exception {
        HarnessResult result = SseLatencyHarness.run(options(MeasuringPoint.SSE));

        assertEverySentTickMeasured(result);
    }

    @Test
    void shouldReceiveEveryTradeFrameSentOnTheFeedAtTheSseClient() throws Exception {
        HarnessResult result = SseLatencyHarness.run(options(MeasuringPoint.FRAME));

        assertEverySentTickMeasured(result);
    }

    @Test
    void shouldSeeEveryTickSentAppliedByTheEngine() throws Exception {
        HarnessResult result = SseLatencyHarness.run(options(MeasuringPoint.ENGINE));

        assertEverySentTickMeasured(result);
    }

    private static HarnessOptions options(MeasuringPoint point) {
        return new HarnessOptions(point, TICKS_PER_SECOND, Duration.ofMillis(500), Duration.ofMillis(1_500),
                "blocking", 1_024, Duration.ofSeconds(10));
    }

    private static void assertEverySentTickMeasured(HarnessResult result) {
        assertEquals(100, result.warmupSent(), "0.5 s of warm-up at 200 ticks/s");
        assertEquals(100, result.warmupReceived());
        assertEquals(300, result.sent(), "1.5 s measured at 200 ticks/s");
        assertEquals(result.sent(), result.received());
        assertEquals(0, result.lost());
        assertEquals(result.sent(), result.latency().getTotalCount(), "one latency per tick sent");
        assertEquals(result.sent(), result.sendLag().getTotalCount());
    }
}
