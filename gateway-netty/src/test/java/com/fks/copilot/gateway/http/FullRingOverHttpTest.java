package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                 Socket connection = new Socket("127.0.0.1", server.port())) {
                for (int i = 0; i < 8; i++) {
                    requests.submitOrRefuse(event -> event.type = EventType.RISK_CHECK); // every slot taken
                }
                connection.setSoTimeout(5_000);

                String refused = exchange(connection, "POST /risk/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + CHECK.length() + "\r\n\r\n" + CHECK);
                String stillServing = exchange(connection, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

                assertTrue(refused.startsWith("HTTP/1.1 503"), refused);
                assertTrue(refused.contains("retry-after: 1"), refused);
                assertEquals(503, new ObjectMapper().readTree(refused.substring(refused.indexOf("\r\n\r\n") + 4)).get("status").asInt());
                assertTrue(stillServing.startsWith("HTTP/1.1 200"), stillServing);
            } finally {
                assertEquals(8, heldJournal.releaseAndClose(ring, 8), "the refused check never entered the ring");
            }
        }
    }

    /** Writes one request on the kept-alive connection and reads its whole answer (headers lower-cased). */
    private static String exchange(Socket connection, String request) throws IOException {
        connection.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        InputStream in = connection.getInputStream();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int length = -1;
        int headEnd = -1;
        while (headEnd < 0 || seen.size() < headEnd + length) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            seen.write(b);
            String text = seen.toString(StandardCharsets.US_ASCII);
            if (headEnd < 0 && text.endsWith("\r\n\r\n")) {
                headEnd = text.length();
                String lower = text.toLowerCase(java.util.Locale.ROOT);
                int at = lower.indexOf("content-length:");
                length = Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).trim());
            }
        }
        String answer = seen.toString(StandardCharsets.UTF_8);
        int head = answer.indexOf("\r\n\r\n");
        return answer.substring(0, head).toLowerCase(java.util.Locale.ROOT).replace("http/1.1", "HTTP/1.1") + answer.substring(head);
    }
}
