package com.fks.copilot.gateway.http;

import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which limit each request counts against, from its method and path. */
class RequestKindTest {

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "GET, /health, HEALTH",
            "GET, /health?verbose=1, HEALTH",
            "GET, /metrics, HEALTH",
            "GET, /metrics/prometheus, HEALTH",
            "GET, /, DASHBOARD",
            "GET, /static/app.js, DASHBOARD",
            "GET, /static/favicon.svg, DASHBOARD",
            "GET, /webjars/htmx.org/2.0.10/dist/htmx.min.js, DASHBOARD",
            "GET, /api/history/html, DASHBOARD",
            "GET, /api/positions/html, DASHBOARD",
            "GET, /api/chart/MGC, DASHBOARD",
            "GET, /sse/dashboard, DASHBOARD",
            "GET, /feed/status, DASHBOARD",
            "GET, /api/time, DASHBOARD",
            "GET, /api/grok/html, DASHBOARD",
            "GET, /api/grok/briefing, DASHBOARD",
            "GET, /api/grok/briefingx, API_READ",
            "GET, /backtest, DASHBOARD",
            "GET, /api/backtest/latest, DASHBOARD",
            "POST, /backtest, HEAVY_ACTION",
            "GET, /risk/status, API_READ",
            "GET, /risk/history?limit=50, API_READ",
            "GET, /trades, API_READ",
            "GET, /api/focus, API_READ",
            "GET, /api/focus/MGC, API_READ",
            "GET, /backfill/status, API_READ",
            "GET, /api/html, API_READ",
            "GET, /healthz, API_READ",
            "HEAD, /risk/status, API_READ",
            "POST, /trades, MUTATION",
            "POST, /trades/12/close, MUTATION",
            "POST, /risk/check, MUTATION",
            "PUT, /trades, MUTATION",
            "PATCH, /trades/12, MUTATION",
            "DELETE, /trades/12, MUTATION",
            "POST, /health, MUTATION",
            "POST, /, MUTATION",
            "POST, /positions/update, BRIDGE_PUSH",
            "POST, /positions/update?account=Sim101, BRIDGE_PUSH",
            "PUT, /positions/update, BRIDGE_PUSH",
            "POST, /executions, BRIDGE_PUSH",
            "POST, /executionsx, MUTATION",
            "POST, /backfill/run, HEAVY_ACTION",
            "POST, /api/analyze, HEAVY_ACTION",
            "POST, /backtest/orb, HEAVY_ACTION",
            "POST, /data/force_refresh, HEAVY_ACTION",
            "DELETE, /Backfill/MGC, HEAVY_ACTION",
            "POST, /trades?refresh=1, MUTATION",
    })
    void eachRequestCountsAgainstTheLimitOfItsKind(String method, String uri, RequestKind kind) {
        assertEquals(kind, RequestKind.of(HttpMethod.valueOf(method), uri));
    }

    @Test
    void eachClientHasABucketForEveryKind() {
        assertEquals(RequestKind.values().length, RequestKind.COUNT);
    }
}
