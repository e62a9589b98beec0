package com.fks.copilot.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 in the middle of a trading morning: a child JVM runs the demo, is killed while the
 * feed is still publishing, and is started again on the same data dir. The day it finishes must
 * equal a run that was never interrupted: same state digest, same output journal.
 */
class CrashRecoveryIT {
    private static final List<String> DAY = List.of("--date", "2026-11-24", "--start", "09:29", "--end", "09:49",
            "--seed", "7", "--port", "0", "--wait-strategy", "blocking");

    @Test
    void restartAfterKillMinus9EndsTheDayExactlyAsAnUninterruptedRun(@TempDir Path dir) throws Exception {
        Path crashed = dir.resolve("crashed");
        Process victim = copilot(crashed, "--speed", "100");
        int port = ChildCopilot.awaitReady(victim);
        long processedAtKill = ChildCopilot.awaitEventsProcessed(port, 5_000);
        victim.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        assertTrue(processedAtKill > 0);

        String restart = ChildCopilot.runToExit(copilot(crashed, "--speed", "max", "--exit-at-end"));
        assertTrue(restart.contains("the last run did not stop cleanly (state recovered)"), "the log says so:\n" + restart);
        ExitReport recovered = ExitReport.of(restart);
        ExitReport uninterrupted = ExitReport.of(ChildCopilot.runToExit(copilot(dir.resolve("whole"), "--speed", "max", "--exit-at-end")));

        System.out.printf("killed at %d events processed; recovered run %s; uninterrupted %s%n", processedAtKill, recovered, uninterrupted);
        assertTrue(uninterrupted.events() > processedAtKill, "killed mid-feed: " + processedAtKill + " of " + uninterrupted.events());
        assertEquals(uninterrupted.events(), recovered.events(), "events applied");
        assertEquals(uninterrupted.stateDigest(), recovered.stateDigest(), "final engine state");
        assertEquals(uninterrupted.output(), recovered.output(), "output journal: every derived event once");
    }

    private static Process copilot(Path dataDir, String... extra) throws IOException {
        List<String> options = new ArrayList<>(DAY);
        options.addAll(List.of(extra));
        return ChildCopilot.demo(dataDir, options);
    }
}
