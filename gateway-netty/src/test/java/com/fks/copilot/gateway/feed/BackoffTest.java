package com.fks.copilot.gateway.feed;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reconnect waits: 1 s doubling to a 30 s cap, each jittered within the upper half of its plan. */
class BackoffTest {
    private static void assertWithin(long lowMillis, long highMillis, Duration wait) {
        assertTrue(wait.toMillis() >= lowMillis && wait.toMillis() <= highMillis,
                wait.toMillis() + " ms not in [" + lowMillis + ", " + highMillis + "]");
    }

    @Test
    void shouldDoubleEachWaitUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 7);

        assertWithin(500, 1_000, backoff.next());
        assertWithin(1_000, 2_000, backoff.next());
        assertWithin(2_000, 4_000, backoff.next());
        assertWithin(4_000, 8_000, backoff.next());
        assertWithin(8_000, 16_000, backoff.next());
        assertWithin(15_000, 30_000, backoff.next());
        assertWithin(15_000, 30_000, backoff.next());
    }

    @Test
    void shouldStartOverAfterAConnectionGotThrough() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 7);
        for (int i = 0; i < 6; i++) {
            backoff.next();
        }

        backoff.reset();

        assertWithin(500, 1_000, backoff.next());
    }

    @Test
    void shouldJitterSoClientsDroppedTogetherDoNotReturnTogether() {
        Set<Long> waits = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            waits.add(new Backoff(Duration.ofSeconds(8), Duration.ofSeconds(30), seed).next().toMillis());
        }
        assertTrue(waits.size() > 10, "20 clients drew " + waits.size() + " distinct waits");
    }

    @Test
    void shouldNeverWaitLessThanHalfThePlan() {
        Backoff backoff = new Backoff(Duration.ofMillis(2), Duration.ofMillis(2), 1);
        for (int i = 0; i < 50; i++) {
            assertEquals(true, backoff.next().toMillis() >= 1);
        }
    }
}
