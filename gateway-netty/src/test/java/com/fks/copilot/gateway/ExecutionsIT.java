package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules fire from real fills (issue 20, item 3): a losing morning reaches the engine only as the
 * NinjaTrader bridge's {@code POST /executions}, over real loopback HTTP, with no {@code POST /trades}. It
 * sees the −$250 NO TRADE line, then the $500 daily-loss block on {@code /risk/check} and in the bridge
 * answer, then the 3-losses circuit breaker (its fills riding along with a positions push). Commission $0.62 a contract a side. MES: tick 0.25, $1.25 a
 * tick; MGC: 0.10, $1.00; MNQ: 0.25, $0.50 (MARKET.md).
 */
class ExecutionsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MES_CHECK = "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":1,\"entry\":6000.00,\"stop\":5995.00}";
    /** Round trip 1, MES long 2 from 6000.00 to 5975.00: −100 ticks × $1.25 × 2 = −$250.00 − 4 × $0.62 = −$252.48. */
    private static final String LOSS_1 = report(
            fill("mes-1", "ord-1", "MES 12-26", "BUY", 2, "6000.00", "2026-11-24T14:35:00Z", "1.24"),
            fill("mes-2", "ord-2", "MES 12-26", "SELL", 2, "5975.00", "2026-11-24T14:41:00Z", "1.24"));
    /**
     * Round trip 2, MGC long 2 in two partial fills of one order at 5200.0, out at 5187.5: −125 ticks × $1.00 × 2
     * = −$250.00 − 4 × $0.62 = −$252.48; the day at −$504.96, past the $500 limit.
     */
    private static final String LOSS_2 = report(
            fill("mgc-1", "ord-3", "MGC 02-27", "BUY", 1, "5200.0", "2026-11-24T15:02:00Z", "0.62"),
            fill("mgc-2", "ord-3", "MGC 02-27", "BUY", 1, "5200.0", "2026-11-24T15:02:01Z", "0.62"),
            fill("mgc-3", "ord-4", "MGC", "SELL", 2, "5187.5", "2026-11-24T15:10:00Z", "1.24"));
    /**
     * Round trip 3, MNQ short 1 at 21000.00 bought back through zero with 2 at 21010.00: −40 ticks × $0.50 × 1 =
     * −$20.00 − $0.62 − $0.62 (half of the 2-lot's $1.24) = −$21.24, the third loss in a row; long 1 left open.
     */
    private static final String LOSS_3 = report(
            fill("mnq-1", "ord-5", "MNQ 12-26", "SELL", 1, "21000.00", "2026-11-24T15:20:00Z", "0.62"),
            fill("mnq-2", "ord-6", "MNQ 12-26", "BUY", 2, "21010.00", "2026-11-24T15:25:00Z", "1.24"));

    // a morning of fills plus checks in seconds would meet the 20-mutations-a-minute limit, which is not what this tests
    @RegisterExtension
    static final MorningApp MORNING = new MorningApp();

    private static String fill(String id, String order, String instrument, String side, int quantity, String price,
                               String time, String commission) {
        return "{\"execution_id\":\"" + id + "\",\"order_id\":\"" + order + "\",\"instrument\":\"" + instrument
                + "\",\"side\":\"" + side + "\",\"quantity\":" + quantity + ",\"price\":" + price + ",\"time\":\"" + time
                + "\",\"commission\":" + commission + "}";
    }

    private static String report(String... fills) {
        return "{\"account\":\"Sim101\",\"executions\":[" + String.join(",", fills) + "]}";
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static JsonNode post(String path, String body) throws Exception {
        return ok(TestApps.send(MORNING.app(), "POST", path, body));
    }

    private static JsonNode get(String path) throws Exception {
        return ok(TestApps.get(MORNING.app(), path, "application/json"));
    }

    @Test
    void aLosingMorningOfFillsTripsNoTradeThenTheDailyLossBlockThenTheCircuitBreaker() throws Exception {
        JsonNode first = post("/executions", LOSS_1);
        assertEquals(2, first.get("accepted").asInt(), first.toString());
        assertEquals(0, first.get("duplicates").asInt());
        assertEquals(-252.48, first.get("risk").get("daily_pnl").asDouble(), 1e-9, first.toString());
        JsonNode noTrade = get("/api/no-trade");
        assertTrue(noTrade.get("checks").get("daily_loss").get("fired").asBoolean(), "−$252.48 ≤ −$250: " + noTrade);
        assertTrue(noTrade.get("should_skip").asBoolean(), noTrade.toString());
        JsonNode stillAllowed = post("/risk/check", MES_CHECK);
        assertFalse(String.valueOf(stillAllowed.get("reason")).contains("Max daily loss"), "−$252.48 is not −$500 yet: " + stillAllowed);

        JsonNode second = post("/executions", LOSS_2);
        assertEquals(3, second.get("accepted").asInt(), second.toString());
        assertEquals(-504.96, second.get("risk").get("daily_pnl").asDouble(), 1e-9, second.toString());
        assertFalse(second.get("risk").get("can_trade").asBoolean(), second.toString());
        assertTrue(second.get("risk").get("block_reason").asText().contains("Max daily loss reached"), second.toString());
        JsonNode blocked = post("/risk/check", MES_CHECK);
        assertFalse(blocked.get("allowed").asBoolean(), blocked.toString());
        assertTrue(blocked.get("reason").asText().contains("Max daily loss reached"), blocked.toString());
        JsonNode bridge = post("/positions/update", "{\"account\":\"Sim101\",\"positions\":[]}");
        assertFalse(bridge.get("risk").get("can_trade").asBoolean(), "the bridge answer says so too: " + bridge);
        assertTrue(bridge.get("risk").get("block_reason").asText().contains("Max daily loss reached"), bridge.toString());
        assertFalse(blocked.get("reason").asText().contains("Circuit breaker"), "two losses, not three: " + blocked);

        // the third round trip rides along with a positions push, as the bridge may send it: the MNQ long 1 left open
        JsonNode third = post("/positions/update", LOSS_3.replace("\"executions\"", "\"positions\":[{\"instrument\":\"MNQ 12-26\","
                + "\"side\":\"LONG\",\"quantity\":1,\"avg_price\":21010.00}],\"executions\""));
        assertEquals(2, third.get("executions").get("accepted").asInt(), third.toString());
        assertEquals(1, third.get("open_positions").asInt(), third.toString());
        assertTrue(third.get("risk").get("block_reason").asText().contains("Circuit breaker: 3 losing trades in a row"),
                third.toString());
        JsonNode status = get("/risk/status");
        assertEquals(-526.20, status.get("daily_pnl").asDouble(), 1e-9, "−$252.48 − $252.48 − $21.24: " + status);
        assertEquals(3, status.get("consecutive_losses").asInt(), status.toString());
        assertEquals(4, status.get("trades_today").asInt(), "three round trips opened from flat, and the long 1 left by the reversal: " + status);
        JsonNode finalCheck = post("/risk/check", MES_CHECK);
        assertTrue(finalCheck.get("reason").asText().contains("Circuit breaker"), finalCheck.toString());

        // NinjaTrader re-sends the morning after a reconnect: every fill is a duplicate and nothing moves
        JsonNode resent = post("/executions", LOSS_1);
        assertEquals(0, resent.get("accepted").asInt(), resent.toString());
        assertEquals(2, resent.get("duplicates").asInt(), resent.toString());
        assertEquals(-526.20, get("/risk/status").get("daily_pnl").asDouble(), 1e-9);

        // NinjaTrader's own realized P&L rides with the positions push: within $1 of ours is no mismatch
        post("/positions/update", "{\"account\":\"Sim101\",\"positions\":[],\"realized_pnl\":-526.00}");
        JsonNode agreed = get("/risk/status");
        assertEquals(-526.00, agreed.get("ninjatrader_realized_pnl").asDouble(), 1e-9, agreed.toString());
        assertFalse(agreed.get("realized_pnl_mismatch").asBoolean(), agreed.toString());
        // more than $1 apart: the status and the risk panel say so, and the rules keep ours
        post("/positions/update", "{\"account\":\"Sim101\",\"positions\":[],\"realized_pnl\":-540.10}");
        JsonNode apart = get("/risk/status");
        assertTrue(apart.get("realized_pnl_mismatch").asBoolean(), apart.toString());
        assertEquals(-540.10, apart.get("ninjatrader_realized_pnl").asDouble(), 1e-9, apart.toString());
        assertEquals(-526.20, apart.get("daily_pnl").asDouble(), 1e-9, "ours is what the rules use: " + apart);
        HttpResponse<String> panel = TestApps.get(MORNING.app(), "/api/risk/html", "text/html");
        assertEquals(200, panel.statusCode());
        assertTrue(panel.body().contains("NinjaTrader reports -$540.10 realized"), panel.body());
        HttpResponse<String> bad = TestApps.send(MORNING.app(), "POST", "/positions/update",
                "{\"account\":\"Sim101\",\"positions\":[],\"realized_pnl\":\"-5\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("realized_pnl"), bad.body());
    }

    @Test
    void aMalformedExecutionIsRefusedWholeAndNamesTheField() throws Exception {
        HttpResponse<String> refused = TestApps.send(MORNING.app(), "POST", "/executions",
                report(fill("bad-1", "o", "MGC 02-27", "LONG", 1, "5200.0", "2026-11-24T15:02:00Z", "0.62")));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("executions[0].side"), refused.body());
    }
}
