package com.fks.copilot.gateway;

import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.DemoPlan;
import com.fks.copilot.gateway.app.MarketSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /metrics} on a running demo: the families the operator's dashboard and alerts read, live. */
class MetricsIT {
    /** Issue 15's list (the database families are proven with a real Postgres in HistoryOutageIT). */
    private static final List<String> FAMILIES = List.of("http_requests_total", "http_request_duration_seconds",
            "sse_connections_active", "sse_events_total", "sse_clients_dropped_total", "ring_events_total",
            "ring_failures_total", "ring_remaining_capacity", "engine_apply_duration_seconds",
            "engine_publish_duration_seconds", "journal_input_index", "journal_output_index", "journal_append_failing",
            "journal_append_failures_total", "feed_connected",
            "feed_reconnects_total", "feed_gap_fill_bars_total", "risk_checks_total", "orb_detections_total",
            "no_trade_alerts_total", "focus_quality", "positions_open", "daily_pnl_dollars",
            "engine_last_refresh_epoch_seconds", "session_active", "rate_limited_total",
            "recovery_after_crash", "recovery_events_replayed", "recovery_duration_seconds", "recovery_from_snapshot",
            "jvm_memory_used_bytes", "jvm_threads_current", "process_cpu_seconds_total");
    private static final String CHECK = "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":1,\"entry\":6050.00,\"stop\":6045.00}";

    @Test
    void everyFamilyOfTheOperatorsDashboardIsExposed(@TempDir Path dir) throws Exception {
        DemoPlan plan = new DemoPlan(42, TestApps.DAY, LocalTime.of(9, 29, 30), LocalTime.of(11, 0), 1); // a prior day: a plan at the open
        try (CopilotApp app = CopilotApp.start(TestApps.withoutRateLimits(new AppSettings(dir, "127.0.0.1", 0,
                RingThreading.blocking(), 4096, 60, new MarketSource.Demo(plan, 1))))) {
            TestAwait.until(() -> scrape(app).contains("focus_quality{symbol="), "a plan with quality scores");
            String text = scrape(app);
            for (String family : FAMILIES) {
                assertTrue(text.contains("# TYPE " + family + " "), family + " missing from\n" + text);
            }
            assertFalse(text.contains("postgres_up"), "no database configured, so no Postgres family to alarm on");
        }
    }

    @Test
    void theEngineCountsRiseWhileTheDemoPlays(@TempDir Path dir) throws Exception {
        try (CopilotApp app = TestApps.demo(dir, 60, 60, LocalTime.of(9, 29, 30), LocalTime.of(11, 0), TestApps::withoutRateLimits)) {
            TestAwait.until(() -> value(scrape(app), "ring_events_total{type=\"TICK\"}") > 0, "ticks applied");
            double first = value(scrape(app), "ring_events_total{type=\"TICK\"}");
            TestAwait.until(() -> value(scrape(app), "ring_events_total{type=\"TICK\"}") > first, "more ticks applied");
            String text = scrape(app);
            assertEquals(1, value(text, "feed_connected"), "the demo is playing");
            assertTrue(value(text, "engine_apply_duration_seconds_count") > 0, text);
            assertTrue(value(text, "engine_publish_duration_seconds_count") > 0, "live prices were queued for browsers");
            assertTrue(value(text, "sse_events_total{event=\"mgc-price\"}") > 0, text);
        }
    }

    @Test
    void aRiskCheckIsCountedByItsResult(@TempDir Path dir) throws Exception {
        try (CopilotApp app = TestApps.demo(dir, 1, 60, LocalTime.of(9, 29, 30), LocalTime.of(11, 0), TestApps::withoutRateLimits)) {
            double before = total(scrape(app), "risk_checks_total{");
            assertEquals(200, TestApps.send(app, "POST", "/risk/check", CHECK).statusCode());
            TestAwait.until(() -> total(scrape(app), "risk_checks_total{") == before + 1, "one check counted");
        }
    }

    @Test
    void routesAreLabelledByPatternNotByRawPath(@TempDir Path dir) throws Exception {
        try (CopilotApp app = TestApps.demo(dir, 1, 60, LocalTime.of(9, 29, 30), LocalTime.of(11, 0), TestApps::withoutRateLimits)) {
            assertEquals(200, TestApps.get(app, "/api/chart/MGC", null).statusCode());
            assertEquals(404, TestApps.get(app, "/no/such/page", null).statusCode());
            String text = scrape(app);
            assertTrue(text.contains("http_requests_total{method=\"GET\",route=\"/api/chart/{symbol}\",status=\"200\"} 1.0"), text);
            assertTrue(text.contains("http_requests_total{method=\"GET\",route=\"other\",status=\"404\"} 1.0"), text);
            assertFalse(text.contains("MGC\",status"), "no raw path in a label");
        }
    }

    @Test
    void aRateLimitedRequestIsCountedForItsRoute(@TempDir Path dir) throws Exception {
        try (CopilotApp app = TestApps.demo(dir, UnaryOperator.identity())) {
            int refused = 0;
            for (int i = 0; i < 61 && refused == 0; i++) { // health checks: 60 a minute per client
                refused += TestApps.get(app, "/health", null).statusCode() == 429 ? 1 : 0;
            }
            assertEquals(1, refused);
            String[] text = new String[1];
            TestAwait.until(() -> { // the scrape is a health check too: its bucket refills a token a second
                HttpResponse<String> answer = metricsAnswer(app);
                text[0] = answer.body();
                return answer.statusCode() == 200;
            }, "the scrape has a token again");
            assertEquals(1, value(text[0], "rate_limited_total{route=\"/health\"}"), text[0]);
        }
    }

    @Test
    void theSeedsPathAndOpenMetricsAnswerToo(@TempDir Path dir) throws Exception {
        try (CopilotApp app = TestApps.demo(dir, 1, 60, LocalTime.of(9, 29, 30), LocalTime.of(11, 0), TestApps::withoutRateLimits)) {
            HttpResponse<String> seed = TestApps.get(app, "/metrics/prometheus", null);
            assertEquals(200, seed.statusCode());
            assertTrue(seed.headers().firstValue("content-type").orElse("").startsWith("text/plain; version=0.0.4"), seed.headers().toString());
            HttpResponse<String> open = TestApps.get(app, "/metrics", "application/openmetrics-text; version=1.0.0");
            assertTrue(open.headers().firstValue("content-type").orElse("").startsWith("application/openmetrics-text"));
            assertTrue(open.body().endsWith("# EOF\n"), "OpenMetrics ends with # EOF");
        }
    }

    private static HttpResponse<String> metricsAnswer(CopilotApp app) throws Exception {
        return TestApps.get(app, "/metrics", null);
    }

    static String scrape(CopilotApp app) throws Exception {
        HttpResponse<String> response = metricsAnswer(app);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The value of one series ({@code name{labels}} as written), or -1 when absent. */
    static double value(String text, String series) {
        for (String line : text.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1));
            }
        }
        return -1;
    }

    private static double total(String text, String prefix) {
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(prefix)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
