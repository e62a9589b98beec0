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

    /** Polls every 100 ms for up to 30 s; the failure names {@code what} was awaited. */
    public static void until(Callable<Boolean> condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                fail("not within 30 s: " + what);
            }
            Thread.sleep(100);
        }
    }
}
