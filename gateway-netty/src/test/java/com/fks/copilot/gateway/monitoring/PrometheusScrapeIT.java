package com.fks.copilot.gateway.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real Prometheus (the Debian package's binary) scrapes a running demo every second: the scrape succeeds,
 * the ring's event counter rises between two queries, the feed reads connected, the alert rules evaluate
 * without error on the real series; and promtool finds nothing to lint in what /metrics serves.
 */
class PrometheusScrapeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    @TempDir
    static Path appDir;
    private static MonitoredDemo demo;

    @BeforeAll
    static void startTheDemo() throws Exception {
        demo = MonitoredDemo.start(appDir);
    }

    @AfterAll
    static void stopTheDemo() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void prometheusScrapesTheRunningDemo(@TempDir Path dir) throws Exception {
        Path prometheus = Tool.PROMETHEUS.path();
        Files.copy(MonitoringFiles.alerts(), dir.resolve("alerts.yml"));
        Files.writeString(dir.resolve("prometheus.yml"), """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files: [alerts.yml]
                scrape_configs:
                  - job_name: copilot
                    metrics_path: /metrics
                    static_configs:
                      - targets: ["127.0.0.1:%d"]
                """.formatted(demo.app().port()));
        int port = freePort();
        Path log = dir.resolve("prometheus.log");
        Process server = new ProcessBuilder(prometheus.toString(), "--config.file=" + dir.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + dir.resolve("tsdb"), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            await(() -> get(base.resolve("/-/ready")).statusCode() == 200, "Prometheus ready", log);
            await(() -> value(base, "up{job=\"copilot\"}") == 1, "the app scraped (up == 1)", log);

            double first = value(base, "sum(ring_events_total)");
            await(() -> value(base, "sum(ring_events_total)") > first, "ring_events_total rises above " + first, log);
            assertEquals(1, value(base, "feed_connected"), "the demo feed is playing");

            await(() -> rulesEvaluated(base), "every alert rule evaluated", log);
            for (JsonNode group : query(base, "/api/v1/rules").get("groups")) {
                for (JsonNode rule : group.get("rules")) {
                    assertEquals("ok", rule.get("health").asText(), rule.toString());
                }
            }
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void promtoolFindsNothingToLintInTheScrape(@TempDir Path dir) throws Exception {
        Tool.Result lint = Tool.PROMTOOL.run(dir, demo.scrape(), "check", "metrics");
        assertEquals(0, lint.exit(), "promtool check metrics:\n" + lint.output());
        assertEquals("", lint.output().strip(), "promtool check metrics lints /metrics");
    }

    private static boolean rulesEvaluated(URI base) throws Exception {
        for (JsonNode group : query(base, "/api/v1/rules").get("groups")) {
            for (JsonNode rule : group.get("rules")) {
                if (rule.get("lastEvaluation").asText().startsWith("0001-")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The single value of an instant query (the first series when there are several); NaN when it has none. */
    private static double value(URI base, String promQl) throws Exception {
        JsonNode result = query(base, "/api/v1/query?query=" + URLEncoder.encode(promQl, StandardCharsets.UTF_8)).get("result");
        return result.isEmpty() ? Double.NaN : result.get(0).get("value").get(1).asDouble();
    }

    private static JsonNode query(URI base, String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(base.resolve(pathAndQuery));
        assertEquals(200, response.statusCode(), pathAndQuery + ": " + response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("success", body.get("status").asText(), response.body());
        return body.get("data");
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void await(Callable<Boolean> condition, String what, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (IOException notYet) {
                // Prometheus not listening yet
            }
            if (System.nanoTime() > deadline) {
                List<String> lines = Files.readAllLines(log);
                fail("timed out waiting until " + what + "; Prometheus's log ends:\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
            }
            Thread.sleep(200);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
