package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.ring.JournalHealth;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.gateway.bridge.RingRequests;
import com.fks.copilot.gateway.bridge.RiskHistory;
import com.fks.copilot.gateway.sse.AlertLog;
import com.fks.copilot.gateway.sse.SseHub;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.FocusPlans;
import com.fks.copilot.gateway.views.Views;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fks.copilot.gateway.views.OptimiserSuggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Routing in an {@link EmbeddedChannel}: no sockets, real state maps. */
class HttpRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private EngineStateStore store;
    private EmbeddedChannel channel;

    @BeforeEach
    void open() {
        store = EngineStateStore.open(dir);
        Health health = new Health("UP", -1, 0, 0, "UNKNOWN", "—", 0, 0, 0, "test", HistoryHealth.off(), null);
        channel = new EmbeddedChannel(new HttpRoutes(new DashboardState(store), new SseHub(), new Views(), () -> health,
                new RingRequests(), new RiskHistory(RiskRules.defaults()), new AlertLog(RiskRules.defaults()), RiskRules.defaults(), RouteServices.none()));
    }

    @AfterEach
    void close() {
        channel.finishAndReleaseAll();
        store.close();
    }

    private FullHttpResponse request(HttpMethod method, String uri) {
        channel.writeInbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, uri));
        return channel.readOutbound();
    }

    /** Replaces the routes under test with a demo's, served from {@code services}. */
    private void routesOfADemo(RouteServices services) {
        channel.finishAndReleaseAll();
        Health health = new Health("UP", -1, 0, 0, "UNKNOWN", "—", 0, 0, 0, "demo", HistoryHealth.off(), null);
        channel = new EmbeddedChannel(new HttpRoutes(new DashboardState(store), new SseHub(), new Views(), () -> health,
                new RingRequests(), new RiskHistory(RiskRules.defaults()), new AlertLog(RiskRules.defaults()), RiskRules.defaults(),
                services));
    }

    @Test
    void whileADemoPlaysItsPriorDaysAStateChangeIs503WithRetryAfterAndReadsAreAnswered() throws Exception {
        RouteServices none = RouteServices.none();
        routesOfADemo(new RouteServices(none.audit(), none.queries(), none.backfill(), none.grok(), () -> true, MetricsScrape.NONE));

        FullHttpResponse post = request(HttpMethod.POST, "/trades");
        assertEquals(503, post.status().code());
        assertEquals("2", post.headers().get("Retry-After"));
        assertTrue(JSON.readTree(post.content().toString(StandardCharsets.UTF_8)).get("error").asText()
                .contains("prior trading days"));
        post.release();
        FullHttpResponse read = request(HttpMethod.GET, "/health");
        assertEquals(200, read.status().code());
        read.release();
    }

    @Test
    void whileTheJournalCannotBeWrittenAMutationIs503AtTheEdgeAndTheHeaderRaisesTheAlarm() throws Exception {
        RouteServices none = RouteServices.none();
        JournalHealth journal = new JournalHealth();
        journal.appendFailed(new InternalError("a fault occurred in a recent unsafe memory access operation"), 1_764_000_000_000L);
        routesOfADemo(new RouteServices(none.audit(), none.queries(), none.backfill(), none.grok(), () -> false, MetricsScrape.NONE,
                journal)); // a request reaching the unattached ring would be a 500

        FullHttpResponse post = request(HttpMethod.POST, "/risk/check");
        assertEquals(503, post.status().code());
        assertEquals("5", post.headers().get("Retry-After"));
        assertTrue(JSON.readTree(post.content().toString(StandardCharsets.UTF_8)).get("error").asText()
                .contains("input journal could not be written (disk full?)"));
        post.release();
        assertEquals(2, journal.refused(), "the failed append and the refused request");
        String html = journalBadge();
        assertTrue(html.contains("NOT WRITING") && html.contains("role=\"alert\""), html);
    }

    @Test
    void theHeaderSaysTheJournalIsWritingWhileItIs() {
        String html = journalBadge();
        assertTrue(html.contains("✓ writing") && html.contains("hx-trigger=\"every 3s\""), html);
    }

    private String journalBadge() {
        FullHttpResponse badge = request(HttpMethod.GET, "/api/journal/html");
        try {
            return badge.content().toString(StandardCharsets.UTF_8);
        } finally {
            badge.release();
        }
    }

    @Test
    void beforeAnyOffHoursRunTheLatestBacktestIs404JsonAndThePageSaysWhenOneRuns() throws Exception {
        FullHttpResponse latest = request(HttpMethod.GET, "/api/backtest/latest");
        assertEquals(404, latest.status().code());
        assertTrue(JSON.readTree(latest.content().toString(StandardCharsets.UTF_8)).get("error").asText().contains("OFF-HOURS"));
        latest.release();
        FullHttpResponse page = request(HttpMethod.GET, "/backtest");
        assertEquals(200, page.status().code());
        assertTrue(page.content().toString(StandardCharsets.UTF_8).contains("id=\"backtest-none\""));
        page.release();
    }

    @Test
    void theDashboardShowsWhatTheOptimiserLastSuggested() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("latest.json"), "{\"from\": \"2026-10-05\", \"to\":"
                + " \"2026-11-27\", \"trading_days\": 40, \"in_sample_days\": 20, \"out_of_sample_days\": 5,"
                + " \"suggestions\": [{\"text\": \"MGC: ORB 0.5×ATR — out-of-sample PF 1.40 over 20 days, 31 trades\"}]}");
        RouteServices none = RouteServices.none();
        routesOfADemo(new RouteServices(none.audit(), none.queries(), none.backfill(), none.grok(), () -> false,
                MetricsScrape.NONE, none.journal(), none.backtests(), new OptimiserSuggestions(file)));

        FullHttpResponse panel = request(HttpMethod.GET, "/api/suggestions/html");
        assertEquals(200, panel.status().code());
        String html = panel.content().toString(StandardCharsets.UTF_8);
        panel.release();
        assertTrue(html.contains("MGC: ORB 0.5×ATR — out-of-sample PF 1.40 over 20 days, 31 trades"), html);
        assertTrue(html.contains("the live rules do not change"), html);
    }

    @Test
    void theBacktestPageChangesNothingSoAPostIs405() {
        FullHttpResponse post = request(HttpMethod.POST, "/backtest");
        assertEquals(405, post.status().code());
        post.release();
    }

    @Test
    void queryStringDoesNotChangeTheRoute() {
        FullHttpResponse response = request(HttpMethod.GET, "/health?verbose=1");
        assertEquals(200, response.status().code());
        response.release();
    }

    @Test
    void deleteOnTheDashboardIs405NamingTheAllowedMethod() throws Exception {
        FullHttpResponse response = request(HttpMethod.DELETE, "/");
        assertEquals(405, response.status().code());
        JsonNode body = JSON.readTree(response.content().toString(StandardCharsets.UTF_8));
        assertEquals("GET", body.get("allowed").asText());
        response.release();
    }

    @Test
    void headerSaysHistoryIsOffWithoutADatabase() {
        FullHttpResponse response = request(HttpMethod.GET, "/api/history/html");
        String html = response.content().toString(StandardCharsets.UTF_8);
        assertEquals(200, response.status().code());
        assertEquals("off", Jsoup.parse(html).selectFirst("#history").attr("data-level"), html);
        response.release();
    }

    @Test
    void auditWithoutAHistoryDatabaseIs503NamingTheSetting() throws Exception {
        FullHttpResponse response = request(HttpMethod.GET, "/audit/risk");
        assertEquals(503, response.status().code());
        assertEquals("db_url", JSON.readTree(response.content().toString(StandardCharsets.UTF_8)).get("field").asText());
    }

    @Test
    void auditFilterThatDoesNotParseIs400NamingIt() throws Exception {
        for (String[] bad : new String[][] {{"/audit/risk?limit=0", "limit"}, {"/audit/risk?symbol=GC", "symbol"},
                {"/audit/risk?event_type=BOOM", "event_type"}, {"/audit/orb?breakout_only=maybe", "breakout_only"},
                {"/audit/orb?since=yesterday", "since"}, {"/audit/risk?source=tool", "source"}, {"/audit/summary?date=24/11/2026", "date"}}) {
            FullHttpResponse response = request(HttpMethod.GET, bad[0]);
            assertEquals(400, response.status().code(), bad[0]);
            assertEquals(bad[1], JSON.readTree(response.content().toString(StandardCharsets.UTF_8)).get("field").asText(), bad[0]);
            response.release();
        }
    }

    @Test
    void pathTraversalOutOfTheStaticFolderIs404() {
        FullHttpResponse response = request(HttpMethod.GET, "/static/../copilot-jvm.flags");
        assertEquals(404, response.status().code());
        response.release();
    }

    @Test
    void cardsBeforeAnyTradeShowADashNotAZeroPrice() {
        FullHttpResponse response = request(HttpMethod.GET, "/api/focus");
        String html = response.content().toString(StandardCharsets.UTF_8);
        assertTrue(html.contains("data-symbol=\"MGC\""));
        assertTrue(html.contains(">—<"), "no price yet is shown as a dash");
        response.release();
    }

    @Test
    void focusJsonFlagsAPlanWhoseOneContractRisksMoreThan375() throws Exception {
        // MES P 5000.00 stop 4900.00: 400 ticks × $1.25 = $500; the original still plans max(1, floor(375 / 500)) = 1
        store.writeFocus(FocusPlans.mesOneContractAt500());
        store.writeFocus(FocusPlans.longPlan(Instruments.MGC, 5200, 5195)); // 7 contracts × $50 = $350

        JsonNode mes = focusJson("MES").get("plan");

        assertEquals(1, mes.get("position_size").asInt());
        assertEquals(500.0, mes.get("risk_dollars").asDouble());
        assertTrue(mes.get("exceeds_trade_risk").asBoolean());
        assertEquals("1 MES risks $500.00 > $375.00", mes.get("trade_risk_note").asText());
        JsonNode gold = focusJson("MGC").get("plan");
        assertFalse(gold.get("exceeds_trade_risk").asBoolean());
        assertTrue(gold.get("trade_risk_note").isNull());
    }

    private JsonNode focusJson(String symbol) throws Exception {
        DefaultFullHttpRequest get = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/focus/" + symbol);
        get.headers().set(HttpHeaderNames.ACCEPT, "application/json");
        channel.writeInbound(get);
        FullHttpResponse response = channel.readOutbound();
        try {
            return JSON.readTree(response.content().toString(StandardCharsets.UTF_8));
        } finally {
            response.release();
        }
    }
}
