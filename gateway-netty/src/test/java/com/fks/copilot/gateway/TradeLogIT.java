package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Today's trade log over real loopback HTTP (issue 20 item 4): a trade logged and closed through
 * {@code POST /trades} is a row with its P&L and R multiple; a round trip closed by broker fills on
 * {@code POST /executions} is a row too, with its account, and both are in {@code GET /trades}. MES: tick 0.25, $1.25 a tick.
 */
class TradeLogIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final MorningApp MORNING = new MorningApp();

    private static JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = TestApps.send(MORNING.app(), "POST", path, body);
        assertEquals(2, response.statusCode() / 100, response.body());
        return JSON.readTree(response.body());
    }

    private static Element panel() throws Exception {
        HttpResponse<String> response = TestApps.get(MORNING.app(), "/api/tradelog/html", "text/html");
        assertEquals(200, response.statusCode(), response.body());
        return Jsoup.parse(response.body()).selectFirst("#tradelog-panel");
    }

    @Test
    void aClosedTradeIsARowAndFillsMoveTheDayTotal() throws Exception {
        JsonNode opened = post("/trades", "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":1,\"entry\":6050.00,\"stop\":6045.00}");
        long id = opened.get("trade_id").asLong();
        assertNotNull(panel().selectFirst(".empty"), "an open trade is not in the log yet");
        // +30 ticks × $1.25 = +$37.50 against 20 ticks × $1.25 = $25.00 at risk: +1.50R
        post("/trades/" + id + "/close", "{\"exit_price\":6057.50}");
        Element row = panel().selectFirst("tr[data-trade-id=" + id + "]");
        assertNotNull(row, panel().outerHtml());
        assertEquals("MES", row.selectFirst(".symbol").text());
        assertEquals("LONG", row.selectFirst(".side").text());
        assertEquals("+$37.50", row.selectFirst(".pnl").text());
        assertEquals("+1.50R", row.selectFirst(".r").text());
        assertTrue(panel().selectFirst(".day-realized").text().startsWith("Day realized +$37.50"), panel().outerHtml());

        // MES long 2 from 6000.00 to 5975.00 by fills: −$250.00 − 4 × $0.62 = −$252.48; the day at −$214.98
        post("/executions", "{\"account\":\"Sim101\",\"executions\":["
                + "{\"execution_id\":\"tl-1\",\"order_id\":\"o-1\",\"instrument\":\"MES 12-26\",\"side\":\"BUY\",\"quantity\":2,"
                + "\"price\":6000.00,\"time\":\"2026-11-24T14:35:00Z\",\"commission\":1.24},"
                + "{\"execution_id\":\"tl-2\",\"order_id\":\"o-2\",\"instrument\":\"MES 12-26\",\"side\":\"SELL\",\"quantity\":2,"
                + "\"price\":5975.00,\"time\":\"2026-11-24T14:41:00Z\",\"commission\":1.24}]}");
        Element after = panel();
        assertTrue(after.selectFirst(".day-realized").text().startsWith("Day realized -$214.98"), after.outerHtml());
        assertEquals("Listed trades -$214.98", after.selectFirst(".total").text());
        Element trip = after.selectFirst("tr:has(td.source:contains(Sim101))");
        assertNotNull(trip, "the round trip from fills is a row: " + after.outerHtml());
        assertEquals("09:35:00 ET", trip.selectFirst(".in").text());
        assertEquals("09:41:00 ET", trip.selectFirst(".out").text());
        assertEquals("2", trip.selectFirst(".qty").text());
        assertEquals("-$252.48", trip.selectFirst(".pnl").text());

        JsonNode today = JSON.readTree(TestApps.get(MORNING.app(), "/trades", null).body()).get("trades");
        assertEquals(2, today.size(), today.toString());
        JsonNode fromFills = today.get(1).get("source").asText().equals("executions") ? today.get(1) : today.get(0);
        assertEquals("Sim101", fromFills.get("account").asText());
        assertEquals(-252.48, fromFills.get("realized_pnl").asDouble(), 0.0);

        HttpResponse<String> page = TestApps.get(MORNING.app(), "/", "text/html");
        assertEquals(200, page.statusCode());
        Element onPage = Jsoup.parse(page.body()).selectFirst("#tradelog-panel[sse-swap=tradelog-update]");
        assertNotNull(onPage, "the dashboard carries the panel, swapped by SSE");
        assertNotNull(onPage.selectFirst("tr[data-trade-id=" + id + "]"));
    }
}
