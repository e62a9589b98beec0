package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.DemoPlan;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.gateway.backfill.BackfillSettings;
import com.fks.copilot.gateway.backfill.BackfillSetup;
import com.fks.copilot.gateway.massive.FakeMassive;
import com.fks.copilot.gateway.massive.FuturesContract;
import com.fks.copilot.gateway.massive.MassiveSettings;
import com.fks.copilot.journal.db.LocalPostgres;
import com.fks.copilot.journal.history.GlobexSchedule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app with a database and a Massive key: the demo day crosses 12:00 ET, the session turns
 * OFF-HOURS, the backfill runs on its own, and /backfill/status and /backfill/gaps answer from
 * the real PostgreSQL — the gap report finds the hour the fake Massive left out.
 */
class BackfillIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalPostgres postgres;
    private static FakeMassive massive;
    private static CopilotApp app;
    private static Instant hole;
    private static BackfillSetup setup;

    @BeforeAll
    static void startTheAppAcrossNoon(@TempDir Path dataDir) throws Exception {
        postgres = LocalPostgres.start();
        Instant now = Instant.now();
        hole = fullyTradedHourBefore(now.minus(Duration.ofHours(2)));
        LocalDate today = LocalDate.now();
        massive = new FakeMassive(now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(1)), 1_000)
                .listing("MGC", new FuturesContract("MGCZ6", "MGC", today.minusDays(100), today.plusDays(40)))
                .hole(hole, hole.plus(Duration.ofHours(1)));
        BackfillSettings plan = new BackfillSettings(4, 2, BackfillSettings.parseSymbols("MGC"), 500, 8, Map.of(), 30);
        setup = new BackfillSetup(postgres.freshDatabase(),
                MassiveSettings.of(massive.url(), FakeMassive.KEY, 0), plan);
        DemoPlan demo = new DemoPlan(42, TestApps.DAY, LocalTime.of(11, 58), LocalTime.of(12, 2));
        app = CopilotApp.start(new AppSettings(dataDir, "127.0.0.1", 0, RingThreading.blocking(), 4096, 60,
                new MarketSource.Demo(demo, 0)).withBackfill(setup));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        massive.close();
        postgres.close();
    }

    private static AppSettings demoMorning(Path dataDir) {
        DemoPlan demo = new DemoPlan(42, TestApps.DAY, LocalTime.of(9, 29, 30), LocalTime.of(9, 31));
        return new AppSettings(dataDir, "127.0.0.1", 0, RingThreading.blocking(), 4096, 60, new MarketSource.Demo(demo, 0));
    }

    /** The latest whole hour before {@code before} in which Globex trades every minute. */
    private static Instant fullyTradedHourBefore(Instant before) {
        Instant hour = before.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
        while (true) {
            Instant start = hour;
            boolean open = java.util.stream.IntStream.range(0, 60)
                    .allMatch(m -> GlobexSchedule.isOpen(start.plus(Duration.ofMinutes(m))));
            if (open) {
                return hour;
            }
            hour = hour.minus(Duration.ofHours(1));
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        return JSON.readTree(response.body());
    }

    private static JsonNode statusAfterTheRun() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = json(TestApps.get(app, "/backfill/status", null));
            if (status.path("last_run").path("outcome").isTextual()) {
                return status;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no backfill run finished after the session turned OFF-HOURS");
    }

    @Test
    void shouldRunWhenTheSessionTurnsOffHoursAndShowItInTheStatus() throws Exception {
        JsonNode status = statusAfterTheRun();

        assertEquals("idle", status.path("state").asText());
        assertEquals("ok", status.path("last_run").path("outcome").asText(), status.toString());
        JsonNode gold = status.path("symbols").get(0);
        assertEquals("MGC", gold.path("symbol").asText());
        assertEquals("done", gold.path("state").asText());
        assertTrue(gold.path("bars_stored").asLong() > 0, status.toString());
        assertEquals(gold.path("bars_stored").asLong(), gold.path("bars_added_last_run").asLong());
        assertTrue(gold.path("latest_bar").isTextual());
        assertTrue(gold.path("last_error").isNull());
        assertTrue(status.path("runs_enabled").asBoolean());
    }

    @Test
    void shouldReportTheMissingHourAsTheOnlyGap() throws Exception {
        statusAfterTheRun();

        HttpResponse<String> response = TestApps.get(app, "/backfill/gaps/MGC?days=4", null);

        assertEquals(200, response.statusCode());
        JsonNode report = json(response);
        assertEquals("MGC", report.path("symbol").asText());
        assertEquals(1, report.path("gaps").size(), report.toString());
        JsonNode gap = report.path("gaps").get(0);
        assertEquals(hole.toString(), gap.path("start").asText());
        assertEquals(hole.plus(Duration.ofHours(1)).toString(), gap.path("end").asText());
        assertEquals(60, gap.path("minutes").asInt());
        long expected = report.path("expected_bars").asLong();
        long actual = report.path("actual_bars").asLong();
        assertTrue(expected - actual >= 60 && expected - actual < 90, report.toString());
        assertTrue(report.path("coverage_pct").asDouble() < 100.0);
    }

    @Test
    void shouldShowWhatIsStoredAfterARestartEvenWithoutAMassiveKey(@TempDir Path otherDir) throws Exception {
        JsonNode before = statusAfterTheRun().path("symbols").get(0);
        assertTrue(before.path("bars_stored").asLong() > 0);
        BackfillSetup keyless = new BackfillSetup(setup.db(), null, setup.plan());
        try (CopilotApp restarted = CopilotApp.start(demoMorning(otherDir).withBackfill(keyless))) {
            JsonNode status = json(TestApps.get(restarted, "/backfill/status", null));
            for (int i = 0; i < 100 && status.path("symbols").get(0).path("bars_stored").isNull(); i++) {
                Thread.sleep(100);
                status = json(TestApps.get(restarted, "/backfill/status", null));
            }

            JsonNode gold = status.path("symbols").get(0);
            assertEquals(before.path("bars_stored").asLong(), gold.path("bars_stored").asLong(), status.toString());
            assertEquals(before.path("latest_bar").asText(), gold.path("latest_bar").asText());
            assertEquals("not run", gold.path("state").asText());
            assertFalse(status.path("runs_enabled").asBoolean());
            assertEquals(200, TestApps.get(restarted, "/backfill/gaps/MGC?days=4", null).statusCode());
        }
    }

    @Test
    void shouldAnswer404NamingTheSymbolFieldForAnUnknownSymbol() throws Exception {
        HttpResponse<String> response = TestApps.get(app, "/backfill/gaps/XAU", null);

        assertEquals(404, response.statusCode());
        assertEquals("symbol", json(response).path("field").asText());
    }

    @Test
    void shouldAnswer400NamingTheDaysFieldForABadDayCount() throws Exception {
        HttpResponse<String> response = TestApps.get(app, "/backfill/gaps/MGC?days=lots", null);

        assertEquals(400, response.statusCode());
        assertEquals("days", json(response).path("field").asText());
    }

    @Test
    void shouldAnswer503SayingSoWhenNoDatabaseIsConfigured(@TempDir Path otherDir) throws Exception {
        try (CopilotApp plain = TestApps.demo(otherDir, 0, 60, LocalTime.of(9, 31))) {
            for (String path : List.of("/backfill/status", "/backfill/gaps/MGC")) {
                HttpResponse<String> response = TestApps.get(plain, path, null);
                assertEquals(503, response.statusCode(), path);
                assertTrue(json(response).path("error").asText().contains("database not configured"), response.body());
            }
        }
    }
}
