package com.fks.copilot.gateway.verify;

import com.fks.copilot.gateway.verify.Check.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log check counts lines logged at ERROR or SEVERE, in the app's format and the usual others, and nothing else. */
class LocalChecksTest {

    @Test
    void countsErrorAndSevereLinesOnly(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("copilot.log");
        Files.writeString(log, String.join("\n",
                "21:13:57 INFO copilot: dashboard at http://127.0.0.1:8000/",
                "21:14:02 WARNING copilot.http: HTTP connection failed: reset",
                "21:14:03 SEVERE copilot.http: route POST /trades failed",
                "\tat com.fks.copilot.gateway.http.HttpRoutes.route(HttpRoutes.java:80)",
                "2026-11-24 21:14:04.120 [main] ERROR copilot.drain - insert failed",
                "21:14:05 INFO copilot: ERROR in a message is no error line",
                "copilot-1  | 21:14:06 SEVERE copilot.feed: gave up"));
        Check.Result result = LocalChecks.logErrors(log);
        assertEquals(Outcome.FAIL, result.outcome());
        assertTrue(result.detail().startsWith("3 of 7 lines at ERROR/SEVERE/FATAL, first: 21:14:03 SEVERE copilot.http"), result.detail());

        Files.writeString(log, "21:13:57 INFO copilot: dashboard at http://127.0.0.1:8000/\n");
        assertEquals(Outcome.PASS, LocalChecks.logErrors(log).outcome());
        assertEquals(Outcome.SKIP, LocalChecks.logErrors(null).outcome());
    }

    @Test
    void aDataDirWithoutJournalsIsReported(@TempDir Path dir) throws Exception {
        assertEquals(Outcome.FAIL, LocalChecks.dataDir(dir).outcome());
        Files.createDirectories(dir.resolve("journal").resolve("input"));
        assertEquals(Outcome.PASS, LocalChecks.dataDir(dir).outcome(), LocalChecks.dataDir(dir).detail());
    }
}
