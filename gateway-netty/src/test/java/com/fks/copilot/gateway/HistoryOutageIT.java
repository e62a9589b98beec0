package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.CopilotCommand;
import com.fks.copilot.gateway.app.DemoPlan;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.db.LocalPostgres;
import com.fks.copilot.journal.drain.HistoryCheck;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
                    RingThreading.blocking(), 4096, 60, new MarketSource.Demo(plan, 60)).withDatabase(postgres.settings())));
                 SseClient browser = new SseClient(app, "/sse/dashboard")) {
                await(() -> app.drain().lag().get(0).drainedEvents() > 500, "the drain is running");
                await(() -> metricOrNaN(app, "postgres_up") == 1, "postgres_up = 1 once both drains reached Postgres");
                List<Long> before = priceDelays(browser, Duration.ofSeconds(3));

                postgres.stop();
                long processedAtOutage = app.health().eventsProcessed();
                await(() -> !history(app).get("drains").get(0).get("connected").asBoolean()
                        && history(app).get("drains").get(0).get("lag_events").asLong() > 100, "/health shows the outage");
                JsonNode during = history(app).get("drains").get(0);
                assertFalse(during.get("last_error").isNull(), during.toString());
                assertEquals(0, metric(app, "postgres_up"), "the outage on /metrics");
                assertTrue(metric(app, "drain_lag_events{journal=\"input\"}") > 100, "the lag grows while it lasts");
                List<Long> outage = priceDelays(browser, Duration.ofSeconds(5)); // the feed keeps running a while
                assertTrue(app.health().eventsProcessed() > processedAtOutage, "the engine kept going");
                assertFalse(outage.isEmpty(), "prices kept streaming");
                // a drain that held up the ring would show as seconds (its retries back off); the dashboard's usual is ~1 ms
                assertTrue(outage.get(outage.size() - 1) < 250_000, "tick → browser, µs, before " + summary(before)
                        + ", during the outage " + summary(outage));
                assertEquals(200, TestApps.get(app, "/", null).statusCode(), "and so did the dashboard");
                String header = TestApps.get(app, "/api/history/html", null).body();
                assertTrue(header.contains("Postgres unreachable") && header.contains("data-level=\"down\""),
                        "the dashboard says so: " + header);

                postgres.resume();
                app.awaitFeedFinished();
                await(() -> app.drain().caughtUp(), "caught up after Postgres came back");
                assertEquals(1, metric(app, "postgres_up"), "and so does /metrics");
                try (Database database = Database.open(postgres.settings(), "check", 2)) {
                    HistoryCheck.Report report = HistoryCheck.compare(app.inputQueue(), app.outputQueue(), database.dataSource());
                    assertTrue(report.matches(), report.toString());
                    assertEquals(0, report.undrainedInput() + report.undrainedOutput(), report.toString());
                }
            }
            StringWriter out = new StringWriter();
            CommandLine verify = new CommandLine(new CopilotCommand());
            verify.setOut(new PrintWriter(out));
            assertEquals(0, verify.execute("db", "verify", "--data-dir", dir.toString(), "--db-url", postgres.jdbcUrl(),
                    "--db-user", "postgres"), "copilot db verify: every journaled event exactly once\n" + out);
        }
    }

    /** Tick → browser delays (µs, sorted) of the live prices the stream delivers for {@code span}. */
    private static List<Long> priceDelays(SseClient browser, Duration span) throws InterruptedException {
        List<Long> delays = new ArrayList<>();
        for (SseClient.Frame frame : browser.drain(100_000, span)) {
            if (frame.event().endsWith("-price")) {
                String data = frame.data().strip();
                long ingress = Long.parseLong(data.substring(data.lastIndexOf("\"t\":") + 4, data.length() - 1));
                delays.add(frame.receivedEpochMicros() - ingress);
            }
        }
        Collections.sort(delays);
        return delays;
    }

    private static String summary(List<Long> sorted) {
        return sorted.isEmpty() ? "none" : sorted.size() + " prices, median " + sorted.get(sorted.size() / 2) + ", max "
                + sorted.get(sorted.size() - 1);
    }

    private static double metric(CopilotApp app, String series) throws Exception {
        return MetricsIT.value(MetricsIT.scrape(app), series);
    }

    private static double metricOrNaN(CopilotApp app, String series) {
        try {
            return metric(app, series);
        } catch (Exception e) {
            return Double.NaN;
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
