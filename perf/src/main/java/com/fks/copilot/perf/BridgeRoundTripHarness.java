package com.fks.copilot.perf;

import com.fks.copilot.gateway.io.ScratchDir;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.gateway.http.RateLimitSettings;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * NinjaTrader bridge round trip over loopback HTTP: {@code POST /positions/update} until the answer
 * carrying the engine's verdict arrives (edge validation, ring, journal, engine, answer stage), one
 * request at a time on a kept-alive connection, like the bridge. {@code GET /health} (a map read, no
 * ring) on the same connection is the in-run baseline. Bounded: stops after the given counts.
 *
 * <p>Usage: {@code BridgeRoundTripHarness [requests=10000] [warmup=3000] [wait-strategy=auto]}
 */
public final class BridgeRoundTripHarness {
    private static final String SNAPSHOT = "{\"account\":\"Sim101\",\"positions\":[{\"instrument\":\"MGC\",\"side\":\"LONG\","
            + "\"quantity\":%d,\"avg_price\":5212.3,\"unrealized_pnl\":%d.0}]}";

    private BridgeRoundTripHarness() {
    }

    public static void main(String[] args) throws Exception {
        JvmFlags.requireApplied();
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        String waitStrategy = args.length > 2 ? args[2] : "auto";
        try (ScratchDir dir = ScratchDir.create("bridge-rtt");
             CopilotApp app = CopilotApp.start(new AppSettings(dir.path(), "127.0.0.1", 0, RingThreading.named(waitStrategy),
                4096, 60, new MarketSource.WallClockOnly()).withRateLimits(RateLimitSettings.off()))) { // a load: the limits would refuse it
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI bridge = URI.create("http://127.0.0.1:" + app.port() + "/positions/update");
            URI health = URI.create("http://127.0.0.1:" + app.port() + "/health");
            measure(http, bridge, health, warmup);
            Histogram[] result = measure(http, bridge, health, requests);
            System.out.printf("bridge round trip, %d requests, wait strategy %s (µs)%n", requests, waitStrategy);
            print("GET /health (baseline)", result[1]);
            print("POST /positions/update", result[0]);
        }
    }

    private static Histogram[] measure(HttpClient http, URI bridge, URI health, int count) throws Exception {
        Histogram post = new Histogram(3_600_000_000_000L, 3);
        Histogram get = new Histogram(3_600_000_000_000L, 3);
        HttpRequest healthRequest = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < count; i++) {
            HttpRequest update = HttpRequest.newBuilder(bridge).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(String.format(SNAPSHOT, 1 + i % 2, i % 100))).build();
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(update, HttpResponse.BodyHandlers.ofString());
            post.recordValue(System.nanoTime() - start);
            if (answer.statusCode() != 200 || !answer.body().contains("\"can_trade\"")) {
                throw new IllegalStateException("bridge answered " + answer.statusCode() + ": " + answer.body());
            }
            start = System.nanoTime();
            http.send(healthRequest, HttpResponse.BodyHandlers.discarding());
            get.recordValue(System.nanoTime() - start);
        }
        return new Histogram[] {post, get};
    }

    private static void print(String label, Histogram h) {
        System.out.printf("%-26s p50 %8.1f  p90 %8.1f  p99 %8.1f  p99.9 %8.1f  max %9.1f  (n=%d)%n", label,
                h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(90) / 1e3, h.getValueAtPercentile(99) / 1e3,
                h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3, h.getTotalCount());
    }
}
