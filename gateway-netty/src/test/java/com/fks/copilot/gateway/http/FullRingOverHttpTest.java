package com.fks.copilot.gateway.http;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.output.DerivedEventSink;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.ring.EngineHandler;
import com.fks.copilot.engine.ring.EngineRing;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.engine.ring.RingTopology;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.gateway.bridge.HeldJournal;
import com.fks.copilot.gateway.bridge.RingRequests;
import com.fks.copilot.gateway.bridge.RiskHistory;
import com.fks.copilot.gateway.sse.AlertLog;
import com.fks.copilot.gateway.sse.SseHub;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.Views;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 14, item 7 over real loopback HTTP: with the engine's ring full (its journal stage held), a
 * risk check is answered 503 JSON with {@code Retry-After: 1} at once, nothing of it enters the ring,
 * and the same connection — the same event loop — goes on answering.
 */
class FullRingOverHttpTest {
    private static final String CHECK = "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":1,\"entry\":6050.00,\"stop\":6045.00}";

    @Test
    void aRiskCheckMeetingAFullRingIs503RetryAfter1AndTheLoopKeepsServing(@TempDir Path dir) throws Exception {
        HeldJournal heldJournal = new HeldJournal();
        RiskRules rules = RiskRules.defaults();
        Health health = new Health("UP", -1, 0, 0, "UNKNOWN", "—", 0, 0, 0, "test", HistoryHealth.off(), null);
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            RingRequests requests = new RingRequests();
            EngineRing ring = new EngineRing(8, RingThreading.blocking().with(RingTopology.STAGES), null, heldJournal,
                    new EngineHandler(new Engine(store, DerivedEventSink.DISCARD)), List.of(requests)).start();
            requests.attach(ring);
            HttpRoutes routes = new HttpRoutes(new DashboardState(store), new SseHub(), new Views(), () -> health, requests,
                    new RiskHistory(rules), new AlertLog(rules), rules, RouteServices.none());
            try (HttpServer server = new HttpServer().start("127.0.0.1", 0, routes,
                    EdgeSettings.defaults().withRateLimits(RateLimitSettings.off()));
                 Socket connection = RawHttp.connect(server.port())) {
                for (int i = 0; i < 8; i++) {
                    requests.submitOrRefuse(event -> event.type = EventType.RISK_CHECK); // every slot taken
                }

                RawHttp.send(connection, "POST /risk/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + CHECK.length() + "\r\n\r\n" + CHECK);
                RawHttp.Answer refused = RawHttp.read(connection);
                RawHttp.send(connection, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
                RawHttp.Answer stillServing = RawHttp.read(connection);

                assertEquals(503, refused.status(), refused.body());
                assertEquals("1", refused.header("Retry-After"), refused.headers().toString());
                assertEquals(503, refused.json().get("status").asInt());
                assertEquals(200, stillServing.status(), stillServing.body());
            } finally {
                assertEquals(8, heldJournal.releaseAndClose(ring, 8), "the refused check never entered the ring");
            }
        }
    }
}
