package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.DemoPlan;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.db.LocalPostgres;
import com.fks.copilot.journal.drain.HistoryCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Postgres going away mid-session: the engine and dashboard carry on, /health shows the lag, nothing is lost. */
class HistoryOutageIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theAppKeepsTradingThroughAPostgresOutageAndTheHistoryCatchesUp(@TempDir Path dir) throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start()) {
            DemoPlan plan = new DemoPlan(42, TestApps.DAY, LocalTime.of(9, 29, 30), LocalTime.of(9, 45));
            // /health is polled below far faster than its 60-a-minute limit allows: the limits are not what this is about
            try (CopilotApp app = CopilotApp.start(TestApps.withoutRateLimits(new AppSettings(dir, "127.0.0.1", 0,
                    RingThreading.blocking(), 4096, 60, new MarketSource.Demo(plan, 60)).withDatabase(postgres.settings())))) {
                await(() -> app.drain().lag().get(0).drainedEvents() > 500, "the drain is running");

                postgres.stop();
                long processedAtOutage = app.health().eventsProcessed();
                await(() -> !history(app).get("drains").get(0).get("connected").asBoolean()
                        && history(app).get("drains").get(0).get("lag_events").asLong() > 100, "/health shows the outage");
                JsonNode during = history(app).get("drains").get(0);
                assertFalse(during.get("last_error").isNull(), during.toString());
                assertTrue(app.health().eventsProcessed() > processedAtOutage, "the engine kept going");
                assertEquals(200, TestApps.get(app, "/", null).statusCode(), "and so did the dashboard");
                String header = TestApps.get(app, "/api/history/html", null).body();
                assertTrue(header.contains("Postgres unreachable") && header.contains("data-level=\"down\""),
                        "the dashboard says so: " + header);

                postgres.resume();
                app.awaitFeedFinished();
                await(() -> app.drain().caughtUp(), "caught up after Postgres came back");
                try (Database database = Database.open(postgres.settings(), "check", 2)) {
                    HistoryCheck.Report report = HistoryCheck.compare(app.inputQueue(), app.outputQueue(), database.dataSource());
                    assertTrue(report.matches(), report.toString());
                    assertEquals(0, report.undrainedInput() + report.undrainedOutput(), report.toString());
                }
            }
        }
    }

    private static JsonNode history(CopilotApp app) {
        try {
            return JSON.readTree(TestApps.get(app, "/health", null).body()).get("history");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
            Thread.sleep(20);
        }
    }
}
