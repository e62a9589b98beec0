package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.DemoPlan;
import com.fks.copilot.journal.disk.SmallDisk;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.replay.InputJournalReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, item 5: the disk under the input journal fills up while the demo plays, and comes back.
 *
 * <p>The disk is real, not injected: a 16 MiB tmpfs mounted on the input journal's directory
 * ({@link SmallDisk}), filled by a filler file to under the app's reserve (8 MiB here) and given its room
 * back by deleting the filler. It is not filled to the last byte: a write into a full disk through Chronicle's
 * mapped files can end the JVM, this test's included ({@link SmallDisk} says how), which is why the app keeps
 * a reserve. An append that fails anyway is InputJournalDiskFullTest's, RingRequestsTest's and
 * EngineRingTest's, with the failure injected. Mounting needs root, which this project's machines and CI
 * have; elsewhere the test is skipped with a message saying why. The maps and the output journal stay on
 * the ordinary disk.
 */
class DiskFullIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHECK = "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":1,\"entry\":6050.00,\"stop\":6045.00}";
    private static final LocalTime OPEN = LocalTime.of(9, 29, 30);
    private static final LocalTime CLOSE = LocalTime.of(16, 0);
    private static final String POSITIONS = "{\"account\":\"Sim101\",\"positions\":[]}";

    @Test
    void aFullDiskPausesTheInputsAndTheyResumeWhenItHasRoom(@TempDir Path dir) throws Exception {
        new DemoPlan(42, TestApps.DAY, OPEN, CLOSE).prepare(dir, false); // marks the dir a demo's before the mount makes journal/
        try (SmallDisk disk = SmallDisk.mount(Journals.inputDir(dir), 16);
             CopilotApp app = TestApps.demo(dir, 60, 60, OPEN, CLOSE,
                     settings -> TestApps.withoutRateLimits(settings).withJournalReserve(8L << 20))) {
            TestAwait.until(() -> health(app).get("journal_index").asLong() > 0, "the demo is playing");
            HttpResponse<String> before = TestApps.send(app, "POST", "/risk/check", CHECK);
            assertEquals(200, before.statusCode(), before.body());
            long acknowledged = JSON.readTree(before.body()).get("journal_index").asLong();

            disk.fillLeaving(4L << 20);
            TestAwait.until(() -> !health(app).get("journal").get("writing").asBoolean(), "the inputs stop under the reserve");
            JsonNode failing = health(app).get("journal");
            assertTrue(failing.get("last_error").asText().contains("MiB free on the journals' disk (reserve 8 MiB)"),
                    "the reason is named: " + failing);
            assertFalse(failing.get("failing_since").isNull(), failing.toString());

            for (String[] mutation : new String[][] {{"/risk/check", CHECK}, {"/positions/update", POSITIONS}}) {
                HttpResponse<String> refused = TestApps.send(app, "POST", mutation[0], mutation[1]);
                assertEquals(503, refused.statusCode(), mutation[0] + ": " + refused.body());
                assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "a client is told when to come back");
                assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
                assertTrue(JSON.readTree(refused.body()).get("error").asText().contains("could not be written (disk full?)"),
                        refused.body());
            }
            long pausedAt = health(app).get("journal_index").asLong();
            Thread.sleep(1_500); // 90 s of the demo day at 60x
            assertEquals(pausedAt, health(app).get("journal_index").asLong(), "the demo feed is paused: nothing applied");
            assertTrue(TestApps.get(app, "/api/journal/html", null).body().contains("NOT WRITING"), "the dashboard's alarm");
            String metrics = TestApps.get(app, "/metrics", null).body();
            assertTrue(metrics.contains("journal_append_failing 1.0"), metrics);

            disk.makeRoom();
            TestAwait.until(() -> health(app).get("journal").get("writing").asBoolean(), "the journal writes again");
            TestAwait.until(() -> health(app).get("journal_index").asLong() > pausedAt, "the demo feed resumes");
            HttpResponse<String> after = TestApps.send(app, "POST", "/risk/check", CHECK);
            assertEquals(200, after.statusCode(), after.body());
            long resumed = JSON.readTree(after.body()).get("journal_index").asLong();
            assertTrue(TestApps.get(app, "/metrics", null).body().contains("journal_append_failing 0.0"));
            assertEquals(0, health(app).get("journal").get("failed_appends").asLong(), "the reserve stopped it before any append failed");

            List<long[]> checks = new ArrayList<>();
            int[] positions = new int[1];
            InputJournalReader.readAfter(app.inputQueue(), -1, event -> {
                if (event.type == EventType.RISK_CHECK) {
                    checks.add(new long[] {event.journalIndex});
                }
                positions[0] += event.type == EventType.POSITION ? 1 : 0;
            });
            assertEquals(2, checks.size(), "the two acknowledged checks are journaled, the refused one is not");
            assertEquals(acknowledged, checks.get(0)[0], "what was acknowledged before the disk filled is still there");
            assertEquals(resumed, checks.get(1)[0]);
            assertEquals(0, positions[0], "the refused positions update left nothing in the journal");
        }
    }

    private static JsonNode health(CopilotApp app) throws Exception {
        return JSON.readTree(TestApps.get(app, "/health", "application/json").body());
    }
}
