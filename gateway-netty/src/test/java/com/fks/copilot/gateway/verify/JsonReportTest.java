package com.fks.copilot.gateway.verify;

import com.fks.copilot.gateway.verify.Check.Outcome;
import com.fks.copilot.gateway.verify.Check.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JSON report's shape is fixed: the same report always gives the same bytes, fields in the documented order. */
class JsonReportTest {
    private static final Report REPORT = Report.of("http://127.0.0.1:8000", Instant.parse("2026-11-24T14:31:05Z"), true, List.of(
            new Check("health", Severity.CRITICAL, Outcome.PASS, "UP", 12),
            new Check("metrics", Severity.WARNING, Outcome.FAIL, "HTTP 404", 3),
            new Check("stream first event", Severity.CRITICAL, Outcome.SKIP, "skipped by --quick", 0)));

    @Test
    void fieldsComeInAStableOrder(@TempDir Path dir) throws Exception {
        String expected = """
                {
                  "url" : "http://127.0.0.1:8000",
                  "started_at" : "2026-11-24T14:31:05Z",
                  "quick" : true,
                  "exit_code" : 0,
                  "summary" : {
                    "passed" : 1,
                    "failed" : 1,
                    "skipped" : 1,
                    "critical_failures" : 0
                  },
                  "checks" : [ {
                    "name" : "health",
                    "severity" : "CRITICAL",
                    "result" : "PASS",
                    "detail" : "UP",
                    "millis" : 12
                  }, {
                    "name" : "metrics",
                    "severity" : "WARNING",
                    "result" : "FAIL",
                    "detail" : "HTTP 404",
                    "millis" : 3
                  }, {
                    "name" : "stream first event",
                    "severity" : "CRITICAL",
                    "result" : "SKIP",
                    "detail" : "skipped by --quick",
                    "millis" : 0
                  } ]
                }
                """;
        assertEquals(expected, JsonReport.toJson(REPORT).replace(System.lineSeparator(), "\n"));
        Path file = dir.resolve("reports").resolve("verify.json");
        JsonReport.write(REPORT, file);
        assertEquals(JsonReport.toJson(REPORT), Files.readString(file), "the file holds the same bytes, its directory made");
    }

    @Test
    void anUnreachableServerIsOneFailedCriticalCheckAndExitTwo() {
        String json = JsonReport.toJson(Report.unreachable("http://127.0.0.1:9", Instant.EPOCH, false,
                "nothing answers at http://127.0.0.1:9 (connection refused)"));
        assertEquals(true, json.contains("\"exit_code\" : 2"), json);
        assertEquals(true, json.contains("\"name\" : \"server reachable\""), json);
        assertEquals(true, json.contains("\"critical_failures\" : 1"), json);
    }
}
