package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.DemoPlan;
import com.fks.copilot.gateway.app.MarketSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The NinjaTrader bridge and the risk/trade API over real loopback HTTP, on a demo morning whose
 * event time sits just after 09:29:30 ET (entries allowed). Bad input is refused whole; accepted
 * input is journaled and answered with the engine's verdict for exactly that input.
 */
class BridgeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "test-key-123";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static CopilotApp app;

    @BeforeAll
    static void start() throws Exception {
        DemoPlan plan = new DemoPlan(42, TestApps.DAY, LocalTime.of(9, 29, 30), LocalTime.of(16, 0));
        app = CopilotApp.start(new AppSettings(dir, "127.0.0.1", 0, RingThreading.blocking(), 4096, 60,
                new MarketSource.Demo(plan, 1)).withApiKey(KEY));
        while (app.health().eventsProcessed() < 1) {
            Thread.sleep(10);
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpRequest request(String path, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestApps.uri(app, path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return request.build();
    }

    private static HttpResponse<String> post(String path, String body, String key) throws Exception {
        return HTTP.send(request(path, body, key), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, body, KEY);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String fixture() throws Exception {
        return Files.readString(Path.of("..", "ninjatrader", "fixtures", "positions-update.json"));
    }

    /** An answer the C# bridge's verdict reader is proven against (ninjatrader/harness reads the same file). */
    private static JsonNode answerFixture(String name) throws Exception {
        return JSON.readTree(Files.readString(Path.of("..", "ninjatrader", "fixtures", name)));
    }

    private static void assertRefused(HttpResponse<String> response, int status, String field) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(field, json(response).get("field").asText(), response.body());
    }

    @Test
    void positionsUpdateAnswersWithTheEngineVerdictForThatUpdate() throws Exception {
        HttpResponse<String> response = post("/positions/update", fixture());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertTrue(body.get("accepted").asBoolean());
        assertTrue(body.get("journal_index").asLong() >= 0);
        assertEquals(2, body.get("open_positions").asInt(), "MGC long 2 and MNQ short 1");
        assertFalse(body.get("risk").get("can_trade").asBoolean(), "two open positions: max open trades reached");
        assertEquals("Max open trades reached", body.get("risk").get("block_reason").asText());

        String panel = TestApps.get(app, "/api/positions/html", null).body();
        assertEquals("LONG", Jsoup.parse(panel).selectFirst("tr[data-symbol=MGC] .side").text());
        assertTrue(panel.contains("5212.300"), "gold's average price as NinjaTrader sent it, unscaled");

        HttpResponse<String> flat = post("/positions/update", "{\"account\":\"Sim101\",\"positions\":[]}");
        assertTrue(json(flat).get("risk").get("can_trade").asBoolean(), flat.body());
        assertTrue(TestApps.get(app, "/api/positions/html", null).body().contains("No open positions ✓"));
    }

    @Test
    void badBridgeInputIsRefusedWithTheFieldAndNothingIsApplied() throws Exception {
        post("/positions/update", fixture());
        String before = TestApps.get(app, "/api/positions/html", null).body();
        assertRefused(post("/positions/update", "{\"account\":\"Sim101\",\"positions\":[{\"instrument\":\"GC\",\"side\":\"LONG\",\"quantity\":1,\"avg_price\":5200}]}"), 400, "positions[0].instrument");
        assertRefused(post("/positions/update", "{\"account\":\"Sim101\",\"positions\":[{\"instrument\":\"MGC\",\"side\":\"LONG\",\"quantity\":-1,\"avg_price\":5200}]}"), 400, "positions[0].quantity");
        assertRefused(post("/positions/update", "{\"account\":\"Sim101\",\"positions\":[{\"instrument\":\"MGC\",\"side\":\"LONG\",\"quantity\":1,\"avg_price\":NaN}]}"), 400, "positions[0].avg_price");
        assertRefused(post("/positions/update", "{\"positions\":[]}"), 400, "account");
        assertRefused(post("/positions/update", "{\"account\":\"Sim101\"}"), 400, "positions");
        assertRefused(post("/positions/update", "{\"account\":\"Sim101\",\"positions\":[{\"instrument\":\"MGC\",\"side\":\"LONG\",\"quantity\":1,\"avg_price\":5200},{\"instrument\":\"MES\",\"side\":\"UP\",\"quantity\":1,\"avg_price\":6000}]}"), 400, "positions[1].side");
        assertRefused(post("/positions/update", "not json"), 400, "body");
        assertEquals(before, TestApps.get(app, "/api/positions/html", null).body(),
                "the first, valid position of a refused snapshot was not applied either");
    }

    /** A snapshot whose first position is good and whose second holds {@code badSecond}: refused by {@code field}, nothing applied. */
    private static void assertSnapshotRefused(String badSecond, String field) throws Exception {
        post("/positions/update", fixture());
        String before = TestApps.get(app, "/api/positions/html", null).body();
        assertRefused(post("/positions/update", "{\"account\":\"Sim101\",\"positions\":[{\"instrument\":\"MES\",\"side\":\"LONG\","
                + "\"quantity\":3,\"avg_price\":6050.25,\"unrealized_pnl\":10.0}," + badSecond + "]}"), 400, field);
        assertEquals(before, TestApps.get(app, "/api/positions/html", null).body(), "nothing of the refused snapshot was applied");
    }

    @Test
    void notANumberAndInfinityAreRefusedByTheFieldThatHoldsThem() throws Exception {
        // what a C# or JavaScript bridge writes for a price or P&L it does not have
        assertSnapshotRefused("{\"instrument\":\"MGC\",\"side\":\"LONG\",\"quantity\":1,\"avg_price\":NaN}", "positions[1].avg_price");
        assertSnapshotRefused("{\"instrument\":\"MGC\",\"side\":\"LONG\",\"quantity\":1,\"avg_price\":5200.0,\"unrealized_pnl\":-Infinity}",
                "positions[1].unrealized_pnl");
        assertSnapshotRefused("{\"instrument\":\"MGC\",\"side\":\"LONG\",\"quantity\":NaN,\"avg_price\":5200.0}", "positions[1].quantity");
        assertRefused(post("/risk/check", "{\"symbol\":\"MGC\",\"side\":\"LONG\",\"size\":1,\"entry\":Infinity}"), 400, "entry");
    }

    @Test
    void missingFieldsOfAnOpenPositionAreRefusedByName() throws Exception {
        assertSnapshotRefused("{\"instrument\":\"MGC\",\"side\":\"LONG\",\"quantity\":1}", "positions[1].avg_price");
        assertSnapshotRefused("{\"instrument\":\"MGC\",\"side\":\"LONG\",\"avg_price\":5200.0}", "positions[1].quantity");
        assertSnapshotRefused("{\"side\":\"LONG\",\"quantity\":1,\"avg_price\":5200.0}", "positions[1].instrument");
        assertSnapshotRefused("{\"instrument\":\"MGC\",\"quantity\":1,\"avg_price\":5200.0}", "positions[1].side");
    }

    @Test
    void numbersTooLargeToHoldAreRefusedNotWrappedOrClamped() throws Exception {
        // 2^64 + 1 would wrap to a quantity of 1 if read as a long
        assertSnapshotRefused("{\"instrument\":\"MGC\",\"side\":\"LONG\",\"quantity\":18446744073709551617,\"avg_price\":5200.0}",
                "positions[1].quantity");
        // a price past fixed-point's range would be clamped to Long.MAX_VALUE
        assertSnapshotRefused("{\"instrument\":\"MGC\",\"side\":\"LONG\",\"quantity\":1,\"avg_price\":1e12}", "positions[1].avg_price");
        // P&L in cents that would overflow the panel's total
        assertSnapshotRefused("{\"instrument\":\"MGC\",\"side\":\"LONG\",\"quantity\":1,\"avg_price\":5200.0,\"unrealized_pnl\":1e300}",
                "positions[1].unrealized_pnl");
    }

    @Test
    void snapshotsPostedAtOnceAreEachJournaledAndAnsweredOnce() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String snapshot = "{\"account\":\"Sim101\",\"positions\":[{\"instrument\":\"MES\",\"side\":\"LONG\",\"quantity\":" + i
                    + ",\"avg_price\":6050.25}]}";
            answers.add(HTTP.sendAsync(request("/positions/update", snapshot, KEY), HttpResponse.BodyHandlers.ofString()));
        }
        Set<Long> journalIndexes = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), response.body());
            assertEquals(1, json(response).get("open_positions").asInt(), response.body());
            journalIndexes.add(json(response).get("journal_index").asLong());
        }
        assertEquals(40, journalIndexes.size(), "one journal entry, and one answer, per snapshot");
    }

    @Test
    void aBodyOver64KiBGets413WhileTheClientIsStillSendingIt() throws Exception {
        String before = TestApps.get(app, "/api/positions/html", null).body();
        String twoMegabytes = "{\"account\":\"Sim101\",\"positions\":[" + "{\"instrument\":\"MGC\"},".repeat(120_000) + "{}]}";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertRefused(post("/positions/update", twoMegabytes), 413, "body");
        }
        assertEquals(before, TestApps.get(app, "/api/positions/html", null).body());
        assertEquals(200, post("/positions/update", fixture()).statusCode(), "the server still takes good input afterwards");
    }

    @Test
    void theAnswerToTheContractFixtureIsTheOneTheCSharpBridgeIsTestedOn() throws Exception {
        HttpResponse<String> response = post("/positions/update", fixture());
        assertEquals(200, response.statusCode(), response.body());
        ObjectNode answer = (ObjectNode) json(response);
        ObjectNode expected = (ObjectNode) answerFixture("positions-update.answer.json");
        assertTrue(answer.remove("journal_index").asLong() >= 0, response.body());
        expected.remove("journal_index"); // the one field that differs from run to run
        assertEquals(expected, answer);
    }

    @Test
    void theAnswerWithoutTheApiKeyIsTheOneTheCSharpBridgeIsTestedOn() throws Exception {
        HttpResponse<String> response = post("/positions/update", fixture(), null);
        assertEquals(401, response.statusCode());
        assertEquals(answerFixture("positions-update.answer-401.json"), json(response));
    }

    @Test
    void missingOrWrongApiKeyIs401() throws Exception {
        assertRefused(post("/positions/update", fixture(), null), 401, "X-API-Key");
        assertRefused(post("/positions/update", fixture(), "test-key-124"), 401, "X-API-Key");
    }

    @Test
    void preflightAllows375AndBlocks380OnGold() throws Exception {
        post("/positions/update", "{\"account\":\"Sim101\",\"positions\":[]}");
        // 75 ticks x $1.00 x 5 = $375.00
        JsonNode ok = json(post("/risk/check", "{\"symbol\":\"MGC\",\"side\":\"LONG\",\"size\":5,\"entry\":5200.0,\"stop\":5192.5}"));
        assertTrue(ok.get("allowed").asBoolean(), ok.toString());
        assertEquals(375.0, ok.get("risk_dollars").asDouble(), 0.0);
        // 76 ticks x $1.00 x 5 = $380.00
        JsonNode blocked = json(post("/risk/check", "{\"symbol\":\"MGC\",\"side\":\"LONG\",\"size\":5,\"entry\":5200.0,\"stop\":5192.4}"));
        assertFalse(blocked.get("allowed").asBoolean());
        assertEquals("Risk per trade above the limit", blocked.get("reason").asText());
    }

    @Test
    void preflightRefusesNonsenseLevels() throws Exception {
        assertRefused(post("/risk/check", "{\"symbol\":\"MGC\",\"side\":\"LONG\",\"size\":1,\"entry\":5200.0,\"stop\":5205.0}"), 400, "stop");
        assertRefused(post("/risk/check", "{\"symbol\":\"MGC\",\"side\":\"LONG\",\"size\":1,\"entry\":5200.05}"), 400, "entry");
        assertRefused(post("/risk/check", "{\"symbol\":\"MGC\",\"side\":\"LONG\",\"size\":0,\"entry\":5200.0}"), 400, "size");
    }

    @Test
    void aTradeIsOpenedListedAndClosedWithDollarPnl() throws Exception {
        post("/positions/update", "{\"account\":\"Sim101\",\"positions\":[]}");
        HttpResponse<String> opened = post("/trades", "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":2,\"entry\":6050.00,\"stop\":6045.00}");
        assertEquals(201, opened.statusCode(), opened.body());
        JsonNode trade = json(opened);
        assertTrue(trade.get("risk_checked").asBoolean());
        assertFalse(trade.get("risk_blocked").asBoolean());
        assertEquals(50.0, trade.get("risk_details").get("risk_dollars").asDouble(), 0.0, "20 ticks x $1.25 x 2");
        long id = trade.get("trade_id").asLong();

        JsonNode listed = json(TestApps.get(app, "/trades", null));
        assertTrue(listed.get("trades").findValuesAsText("status").contains("OPEN"));

        JsonNode closed = json(post("/trades/" + id + "/close", "{\"exit_price\":6052.50}"));
        assertEquals(25.0, closed.get("realized_pnl").asDouble(), 0.0, "10 ticks x $1.25 x 2 = $25.00");
        assertRefused(post("/trades/" + id + "/close", "{\"exit_price\":6052.50}"), 404, "trade_id");

        JsonNode history = json(TestApps.get(app, "/risk/history?limit=50", null));
        assertTrue(history.get("events").findValuesAsText("type").contains("TRADE_CLOSED"), history.toString());
    }

    @Test
    void enforcedTradeThatBreaksTheRulesIs403AndNotOpened() throws Exception {
        post("/positions/update", "{\"account\":\"Sim101\",\"positions\":[]}");
        HttpResponse<String> refused = post("/trades?enforce_risk=true", "{\"symbol\":\"MGC\",\"side\":\"SHORT\",\"size\":5,\"entry\":5200.0,\"stop\":5210.0}");
        assertEquals(403, refused.statusCode(), refused.body());
        JsonNode body = json(refused);
        assertTrue(body.get("risk_blocked").asBoolean());
        assertTrue(body.get("trade_id").isNull());
        assertEquals("Risk per trade above the limit", body.get("risk_reason").asText());
    }

    @Test
    void riskStatusShowsTheLimits() throws Exception {
        JsonNode status = json(TestApps.get(app, "/risk/status", null));
        assertEquals(375.0, status.get("limits").get("max_risk_per_trade").asDouble(), 0.0);
        assertEquals(500.0, status.get("limits").get("max_daily_loss").asDouble(), 0.0);
        assertEquals(2, status.get("limits").get("max_open_trades").asInt());
        assertEquals("10:00", status.get("limits").get("entry_cutoff_et").asText());
        assertEquals("12:00", status.get("limits").get("session_end_et").asText());
        assertEquals("11:30", status.get("limits").get("overnight_warning_et").asText());
        assertEquals(0.5, status.get("limits").get("stack_min_r").asDouble(), 0.0);
        assertEquals(1.8, status.get("limits").get("stack_min_wave_ratio").asDouble(), 0.0);
        assertEquals(3, status.get("limits").get("circuit_breaker_losses").asInt());
        assertNotNull(status.get("can_trade"));
    }

    @Test
    void riskStatusCountsTheBridgePositionsWhoseRiskHasNoStopToBeMeasuredTo() throws Exception {
        // the fixture's two positions; no trade stops and no plan yet (the plan first runs at 09:30 ET)
        assertEquals(200, post("/positions/update", fixture()).statusCode());
        JsonNode status = json(TestApps.get(app, "/risk/status", null));
        assertEquals(2, status.get("positions_without_stop").asInt(), status.toString());
        assertTrue(status.get("warnings").toString().contains("without a known stop"), status.toString());
    }

    private static JsonNode noTrade() throws Exception {
        return json(TestApps.get(app, "/api/no-trade", "application/json"));
    }

    /** Opens MES long 2 at 6000.00 and closes it {@code ticks} ticks away: $2.50 a tick. */
    private static void mesRoundTrip(long ticks) throws Exception {
        HttpResponse<String> opened = post("/trades", "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":2,\"entry\":6000.00}");
        assertEquals(201, opened.statusCode(), opened.body());
        String exit = String.format(Locale.ROOT, "%.2f", 6000.00 + ticks * 0.25);
        HttpResponse<String> closed = post("/trades/" + json(opened).get("trade_id").asLong() + "/close", "{\"exit_price\":" + exit + "}");
        assertEquals(200, closed.statusCode(), closed.body());
    }

    @Test
    void noTradeJsonFiresTheDailyLossCheckAtMinus250AndClearsWhenTheDayRecovers() throws Exception {
        double pnl = json(TestApps.get(app, "/risk/status", null)).get("daily_pnl").asDouble();
        long ticks = (long) Math.ceil((250 + Math.max(0, pnl)) / 2.5); // enough to stand at or below -$250 today
        mesRoundTrip(-ticks);
        TestAwait.until(() -> noTrade().get("checks").get("daily_loss").get("fired").asBoolean());
        JsonNode verdict = noTrade();
        assertTrue(verdict.get("should_skip").asBoolean(), verdict.toString());
        assertEquals("CRITICAL", verdict.get("severity").asText(), verdict.toString());
        List<String> reasons = new ArrayList<>();
        verdict.get("reasons").forEach(reason -> reasons.add(reason.asText()));
        assertTrue(reasons.contains("Daily P&L at or below -$250"), verdict.toString());
        JsonNode dailyLoss = verdict.get("checks").get("daily_loss");
        assertEquals("CRITICAL", dailyLoss.get("severity").asText());
        assertTrue(dailyLoss.get("value").asDouble() <= -250.0, "the figure the check looked at: " + dailyLoss);
        assertEquals(-250.0, dailyLoss.get("limit").asDouble(), 0.0);
        assertEquals(2, verdict.get("checks").get("losing_streak").get("limit").asInt());
        assertTrue(verdict.get("checks").get("losing_streak").get("value").asInt() >= 1, "the loss just taken counts");
        assertEquals(7, verdict.get("checks").size(), "every check, fired or not: " + verdict.get("checks"));

        mesRoundTrip(ticks); // the day is back where it was
        TestAwait.until(() -> !noTrade().get("checks").get("daily_loss").get("fired").asBoolean());
        JsonNode cleared = noTrade();
        cleared.get("reasons").forEach(reason -> assertFalse(reason.asText().contains("-$250"), cleared.toString()));
    }

    @Test
    void positionsReachTheDashboardOverSse() throws Exception {
        try (SseClient sse = new SseClient(app, "/sse/dashboard")) {
            sse.drain(1_000, Duration.ofMillis(300));
            post("/positions/update", fixture());
            SseClient.Frame frame = sse.next("positions-update", Duration.ofSeconds(5));
            assertNotNull(frame);
            assertNotNull(Jsoup.parse(frame.data()).selectFirst("tr[data-symbol=MNQ]"));
            assertNotNull(sse.next("risk-update", Duration.ofSeconds(5)));
        }
    }
}
