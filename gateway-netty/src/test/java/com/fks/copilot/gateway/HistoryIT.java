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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app with a history database: a demo morning drains into a real PostgreSQL, /health shows the
 * drain, the audit API filters what was stored, and {@code copilot db verify} checks it.
 */
class HistoryIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** What an external tool posts for the audit trail (TASK-705's POST /audit/risk and /audit/orb). */
    private static final String EXTERNAL_RISK = "{\"event_type\":\"block\",\"time\":\"" + TestApps.DAY + "T15:00:00Z\","
            + "\"symbol\":\"MES\",\"side\":\"SHORT\",\"blocked\":true,\"reason\":\"third loss\",\"daily_pnl\":-310.5,"
            + "\"open_trades\":1,\"account_size\":50000,\"risk_pct\":0.75,\"session\":\"ACTIVE\","
            + "\"metadata\":{\"tool\":\"journal-sync\",\"ticket\":7}}";
    private static final String EXTERNAL_ORB = "{\"symbol\":\"MNQ\",\"time\":\"" + TestApps.DAY + "T15:05:00Z\","
            + "\"status\":\"BREAKOUT\",\"or_high\":21010.25,\"or_low\":20980.5,\"atr_value\":12.5,"
            + "\"long_trigger\":21016.5,\"short_trigger\":20974.25,\"breakout\":true,\"direction\":\"LONG\","
            + "\"trigger_price\":21018.0,\"bar_count\":30,\"session\":\"ACTIVE\",\"metadata\":{\"tool\":\"scanner\"}}";

    @TempDir
    static Path dir;
    private static LocalPostgres postgres;
    private static CopilotApp app;

    @BeforeAll
    static void runAMorningWithPostgres() throws Exception {
        postgres = LocalPostgres.start();
        DemoPlan plan = new DemoPlan(42, TestApps.DAY, LocalTime.of(9, 25), LocalTime.of(10, 35));
        app = CopilotApp.start(new AppSettings(dir, "127.0.0.1", 0, RingThreading.blocking(), 4096, 60,
                new MarketSource.Demo(plan, 0)).withDatabase(postgres.settings()));
        app.awaitFeedFinished();
        post("/risk/check", "{\"symbol\":\"MGC\",\"side\":\"LONG\",\"size\":5,\"entry\":5200.0,\"stop\":5192.4}");
        assertEquals(202, post("/audit/risk", EXTERNAL_RISK).statusCode());
        assertEquals(202, post("/audit/orb", EXTERNAL_ORB).statusCode());
        logTheDaysTrades();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!app.drain().caughtUp() || app.drain().lag().get(0).drainedEvents() == 0) {
            assertTrue(System.nanoTime() < deadline, "drain caught up: " + app.drain().lag());
            Thread.sleep(20);
        }
    }

    /** A journaled MES trade (+$37.50) and a Sim101 MGC round trip from fills (−$11.24) on the demo day. */
    private static void logTheDaysTrades() throws Exception {
        HttpResponse<String> opened = post("/trades", "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":1,\"entry\":6050.00,\"stop\":6045.00}");
        assertEquals(201, opened.statusCode(), opened.body());
        long id = JSON.readTree(opened.body()).get("trade_id").asLong();
        // 30 ticks × $1.25 = +$37.50
        assertEquals(200, post("/trades/" + id + "/close", "{\"exit_price\":6057.50}").statusCode());
        // 10 ticks × $1.00 against = −$10.00 − 2 × $0.62 = −$11.24
        HttpResponse<String> fills = post("/executions", "{\"account\":\"Sim101\",\"executions\":["
                + "{\"execution_id\":\"h-1\",\"order_id\":\"o-1\",\"instrument\":\"MGC 02-27\",\"side\":\"BUY\",\"quantity\":1,"
                + "\"price\":5200.0,\"time\":\"" + TestApps.DAY + "T15:20:00Z\",\"commission\":0.62},"
                + "{\"execution_id\":\"h-2\",\"order_id\":\"o-2\",\"instrument\":\"MGC 02-27\",\"side\":\"SELL\",\"quantity\":1,"
                + "\"price\":5199.0,\"time\":\"" + TestApps.DAY + "T15:24:00Z\",\"commission\":0.62}]}");
        assertEquals(200, fills.statusCode(), fills.body());
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        postgres.close();
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = TestApps.get(app, path, null);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthShowsBothDrainsCaughtUp() throws Exception {
        JsonNode history = get("/health").get("history");
        assertTrue(history.get("enabled").asBoolean(), history.toString());
        for (JsonNode drain : history.get("drains")) {
            assertTrue(drain.get("connected").asBoolean(), history.toString());
            assertEquals(0, drain.get("lag_events").asLong(), history.toString());
            assertTrue(drain.get("drained_events").asLong() > 0, history.toString());
        }
    }

    @Test
    void dashboardHeaderSaysHistoryIsInSync() throws Exception {
        String html = TestApps.get(app, "/api/history/html", null).body();
        assertEquals("ok", org.jsoup.Jsoup.parse(html).selectFirst("#history").attr("data-level"), html);
        assertTrue(html.contains("✓ in sync"), html);
    }

    @Test
    void orbAuditFiltersBySymbolNewestFirst() throws Exception {
        JsonNode events = get("/audit/orb?symbol=MGC&limit=5").get("events");
        assertEquals(5, events.size(), "limit 5 of the morning's MGC evaluations");
        long previous = Long.MAX_VALUE;
        for (JsonNode event : events) {
            assertEquals("MGC", event.get("symbol").asText());
            assertTrue(event.get("journal_index").asLong() <= previous, "newest first");
            previous = event.get("journal_index").asLong();
        }
    }

    @Test
    void orbAuditBreakoutOnlyReturnsBreakouts() throws Exception {
        JsonNode events = get("/audit/orb?breakout_only=true").get("events");
        assertTrue(events.size() > 0, "the demo morning breaks out somewhere after 10:00");
        for (JsonNode event : events) {
            assertTrue(event.get("breakout").asBoolean());
            assertTrue(event.get("direction").asText().matches("LONG|SHORT"), event.toString());
        }
    }

    @Test
    void riskAuditFiltersByEventTypeWithTheBlockReason() throws Exception {
        JsonNode events = get("/audit/risk?event_type=RISK_CHECKED").get("events");
        assertEquals(1, events.size(), events.toString());
        JsonNode check = events.get(0);
        assertEquals("MGC", check.get("symbol").asText());
        assertTrue(check.get("blocked").asBoolean());
        assertTrue(check.get("reason").asText().contains("Risk per trade above the limit"),
                "76 ticks x $1.00 x 5 = $380 > $375: " + check);
        assertEquals(380.0, check.get("risk_dollars").asDouble(), 0.0);
    }

    @Test
    void aDaysTradesComeBackFromTheHistoryWithBothKindsAndTheDailyJournal() throws Exception {
        JsonNode day = get("/trades?date=" + TestApps.DAY);
        assertEquals(TestApps.DAY.toString(), day.get("date").asText());
        JsonNode trades = day.get("trades");
        assertEquals(2, trades.size(), day.toString());
        // oldest close first: the round trip closed at 10:24 ET, the journaled trade when the morning had ended
        JsonNode trip = trades.get(0);
        JsonNode journaled = trades.get(1);
        assertEquals("journal", journaled.get("source").asText());
        assertEquals("MES", journaled.get("symbol").asText());
        assertEquals(37.50, journaled.get("realized_pnl").asDouble(), 0.0);
        assertEquals("executions", trip.get("source").asText());
        assertEquals("Sim101", trip.get("account").asText());
        assertEquals(5200.0, trip.get("entry").asDouble(), 0.0);
        assertEquals(5199.0, trip.get("exit").asDouble(), 0.0);
        assertEquals(-11.24, trip.get("realized_pnl").asDouble(), 0.0);
        assertEquals(TestApps.DAY + "T15:20:00Z", trip.get("opened_at").asText());
        JsonNode journal = day.get("journal");
        assertEquals(37.50 - 11.24, journal.get("realized_pnl").asDouble(), 1e-9);
        assertEquals(2, journal.get("trades_closed").asInt());
        assertEquals(1, journal.get("wins").asInt());
        assertEquals(1, journal.get("losses").asInt());
    }

    @Test
    void aDayWithoutTradesIsAnEmptyListAndABadDateIs400() throws Exception {
        JsonNode day = get("/trades?date=" + TestApps.DAY.minusDays(1));
        assertEquals(0, day.get("trades").size());
        assertTrue(day.get("journal").isNull(), day.toString());
        HttpResponse<String> bad = TestApps.get(app, "/trades?date=2026-02-30", null);
        assertEquals(400, bad.statusCode());
        assertEquals("date", JSON.readTree(bad.body()).get("field").asText(), bad.body());
    }

    @Test
    void sinceInTheFutureFindsNothing() throws Exception {
        assertEquals(0, get("/audit/orb?since=2030-01-01T00:00:00Z").get("events").size());
    }

    @Test
    void summaryCountsTheDayBySymbolAndType() throws Exception {
        JsonNode summary = get("/audit/summary?date=" + TestApps.DAY);
        long orb = 0;
        for (JsonNode count : summary.get("orb")) {
            orb += count.get("count").asLong();
        }
        assertTrue(orb > 0);
        assertEquals(orb, summary.get("orb_evaluations").asLong());
        assertEquals(get("/audit/orb?limit=1000").get("events").size(), orb, "every stored evaluation is on that day");
        assertTrue(summary.get("blocked").asLong() >= 1, "the $380 check was blocked");
    }

    private static JsonNode external(String path) throws Exception {
        JsonNode found = null;
        for (JsonNode event : get(path + "?limit=1000").get("events")) {
            if (event.get("source").asText().equals("external")) {
                assertEquals(null, found, "one external record: " + event);
                found = event;
            }
        }
        assertTrue(found != null, "the posted record is in " + path);
        return found;
    }

    @Test
    void aPostedRiskRecordIsJournaledAndDrainedAsAnExternalRowWithEveryColumn() throws Exception {
        JsonNode risk = external("/audit/risk");
        assertEquals("block", risk.get("event_type").asText());
        assertEquals("MES", risk.get("symbol").asText());
        assertEquals("SHORT", risk.get("side").asText());
        assertTrue(risk.get("blocked").asBoolean());
        assertEquals(-310.5, risk.get("daily_pnl").asDouble(), 0.0);
        assertEquals(1, risk.get("open_trades").asInt());
        assertEquals(50000, risk.get("account_size").asDouble(), 0.0);
        assertEquals(0.75, risk.get("risk_pct").asDouble(), 0.0);
        assertEquals("ACTIVE", risk.get("session").asText());
        assertEquals(JSON.readTree("{\"tool\":\"journal-sync\",\"ticket\":7}"), JSON.readTree(risk.get("metadata_json").asText()));
        assertEquals(-1, risk.get("ordinal").asInt(), "keyed by its input-journal index alone");
    }

    @Test
    void aPostedOrbRecordIsJournaledAndDrainedAsAnExternalRowWithEveryColumn() throws Exception {
        JsonNode orb = external("/audit/orb");
        assertEquals("MNQ", orb.get("symbol").asText());
        assertEquals("BREAKOUT", orb.get("status").asText());
        assertTrue(orb.get("breakout").asBoolean());
        assertEquals("LONG", orb.get("direction").asText());
        assertEquals(21018.0, orb.get("breakout_price").asDouble(), 0.0);
        assertEquals(12.5, orb.get("atr_value").asDouble(), 0.0);
        assertEquals(30, orb.get("bar_count").asInt());
        assertEquals("ACTIVE", orb.get("session").asText());
    }

    @Test
    void sourceExternalListsOnlyThePostedRecords() throws Exception {
        JsonNode risk = get("/audit/risk?source=external").get("events");
        assertEquals(1, risk.size(), risk.toString());
        assertEquals("block", risk.get(0).get("event_type").asText());
        JsonNode orb = get("/audit/orb?source=external").get("events");
        assertEquals(1, orb.size(), orb.toString());
        assertEquals("MNQ", orb.get(0).get("symbol").asText());
    }

    @Test
    void summaryCountsThePostedRecordsAsExternal() throws Exception {
        JsonNode summary = get("/audit/summary?date=" + TestApps.DAY);
        assertEquals(1, summary.get("external_risk_events").asLong(), summary.toString());
        assertEquals(1, summary.get("external_orb_events").asLong(), summary.toString());
    }

    @Test
    void theEngineRiskEventsCarryOpenTradesAccountSizeAndSession() throws Exception {
        JsonNode check = get("/audit/risk?event_type=RISK_CHECKED").get("events").get(0);
        assertEquals("engine", check.get("source").asText());
        assertEquals(50000, check.get("account_size").asDouble(), 0.0);
        assertEquals(0.76, check.get("risk_pct").asDouble(), 0.0, "$380 of $50,000");
        assertEquals("ACTIVE", check.get("session").asText());
        assertTrue(check.get("open_trades").asInt() >= 0, check.toString());
    }

    @Test
    void anAuditRecordThatDoesNotValidateIs400NamingTheField() throws Exception {
        for (String[] bad : new String[][] {
                {"/audit/risk", "{\"event_type\":\"block\",\"blokced\":true}", "blokced"},
                {"/audit/risk", "{\"event_type\":\"block\",\"open_trades\":\"two\"}", "open_trades"},
                {"/audit/risk", "{\"reason\":\"no type\"}", "event_type"},
                {"/audit/risk", "{\"event_type\":\"block\",\"metadata\":[1,2]}", "metadata"},
                {"/audit/orb", "{\"or_high\":21010.25}", "symbol"},
                {"/audit/orb", "{\"symbol\":\"MNQ\",\"breakout\":\"yes\"}", "breakout"},
                {"/audit/orb", "{\"symbol\":\"MNQ\",\"atr_value\":-1}", "atr_value"}}) {
            HttpResponse<String> refused = post(bad[0], bad[1]);
            assertEquals(400, refused.statusCode(), bad[1] + ": " + refused.body());
            assertEquals(bad[2], JSON.readTree(refused.body()).get("field").asText(), refused.body());
        }
    }

    @Test
    void dbVerifyPassesOnTheDrainedMorningAndFailsWhileATickRowIsMissing() throws Exception {
        StringWriter fresh = new StringWriter();
        assertEquals(0, verify(fresh), "freshly drained: " + fresh);
        try (Database database = Database.open(postgres.settings(), "tamper", 1);
             Connection connection = database.dataSource().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE saved_tick AS SELECT * FROM ticks WHERE journal_index = (SELECT max(journal_index) FROM ticks)");
            sql.execute("DELETE FROM ticks WHERE journal_index IN (SELECT journal_index FROM saved_tick)");
            connection.commit();
            StringWriter out = new StringWriter();
            assertEquals(1, verify(out), "a tick row missing");
            assertTrue(out.toString().contains("DIFFERENT"), out.toString());

            sql.execute("INSERT INTO ticks SELECT * FROM saved_tick");
            sql.execute("DROP TABLE saved_tick");
            connection.commit();
            assertEquals(0, verify(new StringWriter()), "the row is back");
        }
    }

    private static int verify(StringWriter out) {
        CommandLine command = new CommandLine(new CopilotCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(out));
        return command.execute("db", "verify", "--data-dir", dir.toString(), "--db-url", postgres.jdbcUrl(),
                "--db-user", "postgres");
    }
}
