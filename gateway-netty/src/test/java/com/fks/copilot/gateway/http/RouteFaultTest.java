package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.gateway.bridge.RingRequests;
import com.fks.copilot.gateway.bridge.RiskHistory;
import com.fks.copilot.gateway.sse.AlertLog;
import com.fks.copilot.gateway.sse.SseHub;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.Views;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RouteFaultTest {

    @Test
    void aRouteThatFailsAnswers500JsonInsteadOfHangingUp(@TempDir Path dir) throws Exception {
        RiskRules rules = RiskRules.defaults();
        Supplier<Health> broken = () -> {
            throw new IllegalStateException("a bug in a route");
        };
        try (EngineStateStore store = EngineStateStore.open(dir);
             HttpServer server = new HttpServer().start("127.0.0.1", 0, new HttpRoutes(new DashboardState(store), new SseHub(),
                     new Views(), broken, new RingRequests(), new RiskHistory(rules), new AlertLog(rules), rules,
                     RouteServices.none()), EdgeSettings.defaults().withRateLimits(RateLimitSettings.off()))) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(500, answer.statusCode());
            assertEquals(500, new ObjectMapper().readTree(answer.body()).get("status").asInt());
        }
    }
}
