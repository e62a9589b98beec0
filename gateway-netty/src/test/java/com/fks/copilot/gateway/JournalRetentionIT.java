package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.http.DataDirStatus;
import com.fks.copilot.journal.db.LocalPostgres;
import com.fks.copilot.journal.queue.JournalRetention;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.replay.ReplayReport;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retention through the running app (issue 18 item 3). The demo of Tuesday 24 November 2026 after four prior trading
 * days (Wed 18, Thu 19, Fri 20, Mon 23) journals five days and snapshots the end of the first four. Kept one day
 * behind the newest, Wed 18 to Fri 20 are past the retention; the oldest snapshot (Wed 18's end) replays the journal
 * from Thu 19, so Wed 18 alone may go.
 */
class JournalRetentionIT {
    private static final LocalDate DAY = TestApps.DAY;
    private static final LocalTime START = LocalTime.of(9, 29, 30);
    private static final LocalTime END = LocalTime.of(9, 31);
    private static final JournalRetention.Policy ONE_DAY = new JournalRetention.Policy(1, false);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void withoutADatabaseEveryDayIsKeptAndHealthSaysWhy(@TempDir Path dir) throws Exception {
        try (CopilotApp app = fiveDays(dir, keep(ONE_DAY))) {
            DataDirStatus status = app.tidyDataDir();
            assertEquals(List.of(), status.deletedDays());
            assertEquals(5, status.journalDays());
            assertTrue(status.keptBecause().contains("no history database"), status.keptBecause());

            JsonNode health = JSON.readTree(TestApps.get(app, "/health", "application/json").body()).get("data_dir");
            assertEquals("2026-11-18", health.get("oldest_day").asText(), health.toString());
            assertEquals("2026-11-24", health.get("newest_day").asText(), health.toString());
            assertTrue(health.get("used_bytes").asLong() > 0, health.toString());
            assertTrue(health.get("journal_bytes").asLong() > 0 && health.get("snapshot_bytes").asLong() > 0
                    && health.get("state_bytes").asLong() > 0, health.toString());
            assertTrue(health.get("free_bytes").asLong() > 0, health.toString());
            assertTrue(health.get("retention").asText().startsWith("keeps every trading day"), health.toString());
        }
    }

    @Test
    void theTraderCanOptInWithoutADatabaseAndTheDataDirStillRecovers(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("demo");
        ReplayReport before;
        try (CopilotApp app = fiveDays(data, keep(new JournalRetention.Policy(1, true)))) {
            DataDirStatus status = app.tidyDataDir();
            assertEquals(List.of("2026-11-18"), status.deletedDays());
            assertTrue(status.keptBecause().contains("snapshot of 2026-11-18 replays the journal from trading day 2026-11-19"),
                    status.keptBecause());
            assertEquals("2026-11-19", status.oldestDay());
            before = app.drainAndReport();
        }
        assertEquals(List.of(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23), DAY),
                inputDays(data));

        try (CopilotApp restarted = fiveDays(data, keep(new JournalRetention.Policy(1, true)))) {
            assertFalse(restarted.health().recovery().afterCrash());
            assertEquals(before.stateDigest(), restarted.drainAndReport().stateDigest(), "the same state after a restart");
        }
    }

    @Test
    void withADatabaseADayGoesOnceTheDrainHasPassedIt(@TempDir Path dir) throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start();
             CopilotApp app = fiveDays(dir, settings -> keep(ONE_DAY).apply(settings).withDatabase(postgres.settings()))) {
            TestAwait.until(() -> app.drain().caughtUp(), "both journals drained");
            DataDirStatus status = app.tidyDataDir();
            assertEquals(List.of("2026-11-18"), status.deletedDays());
            assertTrue(status.retention().contains("once the history database has drained them"), status.retention());
        }
    }

    private static CopilotApp fiveDays(Path data, UnaryOperator<AppSettings> tune) throws Exception {
        CopilotApp app = TestApps.demoWithHistory(data, DAY, 4, 0, START, END, tune);
        app.awaitFeedFinished();
        return app;
    }

    private static UnaryOperator<AppSettings> keep(JournalRetention.Policy policy) {
        return settings -> settings.withJournal(settings.journal().withRetention(policy));
    }

    private static List<LocalDate> inputDays(Path data) {
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(data))) {
            return Journals.days(input);
        }
    }
}
