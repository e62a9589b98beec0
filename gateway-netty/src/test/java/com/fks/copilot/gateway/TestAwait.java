package com.fks.copilot.gateway;

import java.time.Duration;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.fail;

/** Polls a condition of something running on other threads (a server, a feed) until it holds or 10 s pass. */
public final class TestAwait {
    private TestAwait() {
    }

    public static void until(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                fail("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
