package com.fks.copilot.gateway.http;

import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.gateway.bridge.RingRequests;
import com.fks.copilot.gateway.bridge.RiskHistory;
import com.fks.copilot.gateway.sse.AlertLog;
import com.fks.copilot.gateway.sse.SseHub;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.Views;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real routes on a real server over loopback for each test ({@code @RegisterExtension}), with
 * state maps in a temp dir and no engine behind the ring: input the edge refuses is answered before
 * anything would reach the ring.
 */
final class LoopbackRoutes implements BeforeEachCallback, AfterEachCallback {
    private Path dir;
    private EngineStateStore store;
    private HttpServer server;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException, InterruptedException {
        dir = Files.createTempDirectory("loopback-routes");
        store = EngineStateStore.open(dir);
        Health health = new Health("UP", -1, 0, 0, "UNKNOWN", "—", 0, 0, 0, "test", HistoryHealth.off(), null);
        RiskRules rules = RiskRules.defaults();
        server = new HttpServer().start("127.0.0.1", 0, new HttpRoutes(new DashboardState(store), new SseHub(), new Views(),
                () -> health, new RingRequests(), new RiskHistory(rules), new AlertLog(rules), rules, RouteServices.none()));
    }

    int port() {
        return server.port();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        server.close();
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
