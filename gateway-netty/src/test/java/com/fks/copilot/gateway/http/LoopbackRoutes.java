package com.fks.copilot.gateway.http;

import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.gateway.bridge.RingRequests;
import com.fks.copilot.gateway.bridge.RiskHistory;
import com.fks.copilot.gateway.sse.AlertLog;
import com.fks.copilot.gateway.sse.SseHub;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.Views;

import java.nio.file.Path;

/**
 * The real routes on a real server over loopback, with state maps in a temp dir and no engine behind
 * the ring: input the edge refuses is answered before anything would reach the ring.
 */
final class LoopbackRoutes implements AutoCloseable {
    private final EngineStateStore store;
    private final HttpServer server;

    LoopbackRoutes(Path dir) throws InterruptedException {
        store = EngineStateStore.open(dir);
        Health health = new Health("UP", -1, 0, 0, "UNKNOWN", "—", 0, 0, 0, "test", HistoryHealth.off(), null);
        RiskRules rules = RiskRules.defaults();
        server = new HttpServer().start("127.0.0.1", 0, new HttpRoutes(new DashboardState(store), new SseHub(), new Views(),
                () -> health, new RingRequests(), new RiskHistory(rules), new AlertLog(rules), rules, null, RouteServices.none()));
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
