package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.journal.replay.ReplayReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo with its prior trading days (issue 16) over real loopback HTTP: at the window's first minute the
 * plan is on the cards, a restart does not play the history again, and replaying the data dir reproduces it
 * exactly. Two prior days (Fri 20 and Mon 23 Nov 2026 before Tue 24) keep the suite quick; the CLI's default is 5.
 */
class DemoHistoryIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalTime START = LocalTime.of(9, 29, 30);
    private static final LocalTime END = LocalTime.of(9, 31);

    @TempDir
    static Path dir;
    static CopilotApp app;
    static ReplayReport recorded;

    @BeforeAll
    static void playTwoPriorDaysAndTheOpen() throws Exception {
        app = TestApps.demoWithHistory(dir.resolve("demo"), TestApps.DAY, 2, 0, START, END);
        app.awaitFeedFinished();
        recorded = app.drainAndReport();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void atTheOpenEveryCardHasAPlanAndNoneWaitsForBars() throws Exception {
        JsonNode cards = JSON.readTree(TestApps.get(app, "/api/focus", "application/json").body());
        assertEquals(6, cards.size());
        for (JsonNode card : cards) {
            JsonNode plan = card.get("plan");
            assertTrue(plan != null && plan.get("rank").asInt() >= 1, "a plan for " + card);
            assertTrue(plan.get("bias").asText().matches("LONG|SHORT|NEUTRAL"), card.toString());
            assertFalse(plan.get("stop").asText().isEmpty(), card.toString());
            assertTrue(plan.get("position_size").asLong() >= 1, card.toString());
            // Fri 20 and Mon 23 Nov, then Tuesday's overnight: three Globex sessions; recomputed at 09:30 in ACTIVE
            assertTrue(plan.get("basis").asText().matches("3 days · [0-9,]+ five-minute bars · as of 09:30 ET"),
                    plan.get("basis").asText());
        }
        String page = TestApps.get(app, "/", "text/html").body();
        assertFalse(page.contains("Plan after"), "no card waits for its first 30 five-minute bars");
    }

    @Test
    void aRestartDoesNotPlayTheHistoryAgain() throws Exception {
        long events = app.health().eventsProcessed();
        long index = app.health().journalIndex();
        app.close();
        app = TestApps.demoWithHistory(dir.resolve("demo"), TestApps.DAY, 2, 0, START, END);
        app.awaitFeedFinished();
        assertEquals(index, app.health().journalIndex(), "the journal ends where it ended");
        assertTrue(app.health().eventsProcessed() <= events, "nothing played twice: " + app.health().eventsProcessed());
    }

    @Test
    void replayingTheDataDirReproducesTheHistoryAndTheDay() throws Exception {
        try (CopilotApp replay = CopilotApp.start(new AppSettings(dir.resolve("replay"), "127.0.0.1", 0,
                RingThreading.blocking(), 4096, 60, new MarketSource.Recorded(dir.resolve("demo"), 0)))) {
            replay.awaitFeedFinished();
            ReplayReport replayed = replay.drainAndReport();
            assertEquals(recorded.stateDigest(), replayed.stateDigest());
            assertEquals(recorded.output().digest(), replayed.output().digest());
        }
    }
}
