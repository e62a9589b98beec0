package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The push the C# bridge builds with executions and NinjaTrader's realized P&L
 * ({@code ninjatrader/fixtures/positions-executions.json}, the harness's output) is taken by the real server over
 * loopback HTTP: both fills journaled, ours and NinjaTrader's realized P&L agree, a re-send is all duplicates.
 */
class BridgeExecutionsFixtureIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final MorningApp MORNING = new MorningApp();

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void theBridgesPushWithExecutionsIsAcceptedAndItsRealizedPnlAgreesWithOurs() throws Exception {
        String push = Files.readString(Path.of("..", "ninjatrader", "fixtures", "positions-executions.json"));
        JsonNode first = ok(TestApps.send(MORNING.app(), "POST", "/positions/update", push));
        assertEquals(2, first.get("executions").get("accepted").asInt(), first.toString());
        assertEquals(1, first.get("open_positions").asInt(), "the MGC long 1 left open: " + first);
        JsonNode status = ok(TestApps.get(MORNING.app(), "/risk/status", "application/json"));
        // MGC bought 2 at 5212.3, sold 1 at 5215.8: 35 ticks x $1.00 - $0.62 (half the opening $1.24) - $0.62 = $33.76
        assertEquals(33.76, status.get("daily_pnl").asDouble(), 1e-9, status.toString());
        assertEquals(33.76, status.get("ninjatrader_realized_pnl").asDouble(), 1e-9, status.toString());
        assertFalse(status.get("realized_pnl_mismatch").asBoolean(), status.toString());

        JsonNode resent = ok(TestApps.send(MORNING.app(), "POST", "/positions/update", push));
        assertEquals(0, resent.get("executions").get("accepted").asInt(), resent.toString());
        assertEquals(2, resent.get("executions").get("duplicates").asInt(), "the bridge re-sends until a 200: " + resent);
    }
}
