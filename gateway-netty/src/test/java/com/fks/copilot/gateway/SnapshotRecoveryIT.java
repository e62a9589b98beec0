package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.state.StateSnapshots;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.http.StartupRecovery;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.replay.InputJournalReader;
import com.fks.copilot.journal.replay.ReplayReport;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 item 2 through the real app: a demo with two prior trading days (Fri 20 and Mon 23 Nov 2026) snapshots
 * the state at each day's end; a crash that cuts a commit short is recovered from Monday's snapshot, replaying only
 * the journal after it, and the day ends exactly as the run that was never interrupted. /health and /metrics say so.
 */
class SnapshotRecoveryIT {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalTime START = LocalTime.of(9, 29, 30);
    private static final LocalTime END = LocalTime.of(9, 31);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCommitCutShortRestartsFromTheLastDaysSnapshotAndEndsAsTheUninterruptedRun(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("demo");
        ReplayReport uninterrupted;
        try (CopilotApp app = TestApps.demoWithHistory(data, TestApps.DAY, 2, 0, START, END)) {
            app.awaitFeedFinished();
            uninterrupted = app.drainAndReport();
        }
        StateSnapshots snapshots = new StateSnapshots(data.resolve("snapshots"), StateSnapshots.KEEP);
        assertEquals(List.of(MONDAY, FRIDAY), snapshots.days(), "one snapshot per trading day that ended");
        long mondayIndex = snapshots.manifest(MONDAY).orElseThrow().appliedIndex();
        long afterMonday;
        long all;
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(data))) {
            afterMonday = InputJournalReader.readAfter(input, mondayIndex, event -> { });
            all = InputJournalReader.readAfter(input, -1, event -> { });
        }
        TornState.cutTheLastCommitShort(data);

        try (CopilotApp restarted = TestApps.demoWithHistory(data, TestApps.DAY, 2, 0, START, END)) {
            StartupRecovery recovery = restarted.health().recovery();
            System.out.printf("recovered from %s's snapshot: %d of the journal's %d events replayed in %d ms%n",
                    recovery.snapshotDay(), recovery.eventsReplayed(), all, recovery.durationMillis());
            assertEquals(MONDAY.toString(), recovery.snapshotDay());
            assertEquals(mondayIndex, recovery.snapshotIndex());
            assertEquals(afterMonday, recovery.eventsReplayed(), "exactly the events after Monday's snapshot");
            assertTrue(afterMonday < all, afterMonday + " of " + all);
            assertTrue(recovery.afterCrash());

            JsonNode health = JSON.readTree(TestApps.get(restarted, "/health", "application/json").body()).get("recovery");
            assertEquals(MONDAY.toString(), health.get("snapshot_day").asText(), health.toString());
            assertEquals(afterMonday, health.get("events_replayed").asLong(), health.toString());
            String metrics = TestApps.get(restarted, "/metrics", null).body();
            assertTrue(metrics.contains("\nrecovery_from_snapshot 1"), "recovery_from_snapshot on /metrics");

            restarted.awaitFeedFinished();
            ReplayReport resumed = restarted.drainAndReport();
            assertEquals(uninterrupted.stateDigest(), resumed.stateDigest(), "the same engine state");
            assertEquals(uninterrupted.output().digest(), resumed.output().digest(), "every derived event once");
        }
    }
}
