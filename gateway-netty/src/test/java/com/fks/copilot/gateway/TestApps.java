package com.fks.copilot.gateway;

import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.DemoPlan;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.gateway.http.RateLimitSettings;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.UnaryOperator;
import java.util.function.UnaryOperator;

/** Starts the real app (ring, journals, maps, Netty) on a free loopback port over a temp data dir. */
public final class TestApps {
    public static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestApps() {
    }

    /** The demo morning from 09:29:30 ET at {@code speed} (0 = as fast as possible). */
    public static CopilotApp demo(Path dataDir, double speed, int heartbeatSeconds) throws InterruptedException {
        return demo(dataDir, speed, heartbeatSeconds, LocalTime.of(16, 0));
    }

    /** The demo day from 09:29:30 ET to {@code end}. */
    public static CopilotApp demo(Path dataDir, double speed, int heartbeatSeconds, LocalTime end) throws InterruptedException {
        return demo(dataDir, speed, heartbeatSeconds, LocalTime.of(9, 29, 30), end);
    }

    /** The demo morning from 09:29:30 ET on a given port (0 = any free one), for restarts on the same address. */
    public static CopilotApp demoOnPort(Path dataDir, double speed, int port) throws InterruptedException {
        DemoPlan plan = new DemoPlan(42, DAY, LocalTime.of(9, 29, 30), LocalTime.of(16, 0));
        return CopilotApp.start(new AppSettings(dataDir, "127.0.0.1", port, RingThreading.blocking(), 4096,
                30, new MarketSource.Demo(plan, speed)));
    }

    /** The demo morning from 09:29:30 ET in real time, with {@code change} made to its settings (a key, other limits). */
    public static CopilotApp demo(Path dataDir, UnaryOperator<AppSettings> change) throws InterruptedException {
        DemoPlan plan = new DemoPlan(42, DAY, LocalTime.of(9, 29, 30), LocalTime.of(16, 0));
        return CopilotApp.start(change.apply(new AppSettings(dataDir, "127.0.0.1", 0, RingThreading.blocking(), 4096,
                60, new MarketSource.Demo(plan, 1))));
    }

    /** The demo day from {@code start} to {@code end} ET. */
    public static CopilotApp demo(Path dataDir, double speed, int heartbeatSeconds, LocalTime start, LocalTime end)
            throws InterruptedException {
        return demo(dataDir, speed, heartbeatSeconds, start, end, UnaryOperator.identity());
    }

    /** As above, with the settings changed by {@code tune} (e.g. rate limits off for a test about something else). */
    public static CopilotApp demo(Path dataDir, double speed, int heartbeatSeconds, LocalTime start, LocalTime end,
                                  UnaryOperator<AppSettings> tune) throws InterruptedException {
        DemoPlan plan = new DemoPlan(42, DAY, start, end);
        return CopilotApp.start(tune.apply(new AppSettings(dataDir, "127.0.0.1", 0, RingThreading.blocking(), 4096,
                heartbeatSeconds, new MarketSource.Demo(plan, speed))));
    }

    /** The demo {@code date}'s window {@code start}–{@code end} ET after {@code historyDays} prior trading days, at {@code speed}. */
    public static CopilotApp demoWithHistory(Path dataDir, LocalDate date, int historyDays, double speed, LocalTime start,
                                             LocalTime end) throws InterruptedException {
        return demoWithHistory(dataDir, date, historyDays, speed, start, end, UnaryOperator.identity());
    }

    /** As above, with the settings changed by {@code tune}. */
    public static CopilotApp demoWithHistory(Path dataDir, LocalDate date, int historyDays, double speed, LocalTime start,
                                             LocalTime end, UnaryOperator<AppSettings> tune) throws InterruptedException {
        DemoPlan plan = new DemoPlan(42, date, start, end, historyDays);
        return CopilotApp.start(tune.apply(new AppSettings(dataDir, "127.0.0.1", 0, RingThreading.blocking(), 4096, 60,
                new MarketSource.Demo(plan, speed))));
    }

    /**
     * The demo morning from 09:29:30 ET (entries allowed) with rate limits off, once it has taken its first event:
     * for tests that send many mutations in a few seconds while proving something else.
     */
    public static CopilotApp morningWithoutRateLimits(Path dataDir) throws InterruptedException {
        CopilotApp app = demo(dataDir, 1, 60, LocalTime.of(9, 29, 30), LocalTime.of(16, 0), TestApps::withoutRateLimits);
        while (app.health().eventsProcessed() < 1) {
            Thread.sleep(10);
        }
        return app;
    }

    /** Rate limits off: for tests whose requests would meet them while proving something else. */
    public static AppSettings withoutRateLimits(AppSettings settings) {
        return settings.withRateLimits(RateLimitSettings.off());
    }

    public static HttpResponse<String> get(CopilotApp app, String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(app, path)).timeout(Duration.ofSeconds(10));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> send(CopilotApp app, String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(app, path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The latest OFF-HOURS backtest's JSON once the app has journaled one: its worker ends in seconds, and no event
     * tells a test when, so it is polled (two minutes at most).
     */
    public static String awaitBacktest(CopilotApp app) throws Exception {
        for (int i = 0; i < 1_200; i++) {
            HttpResponse<String> answer = get(app, "/api/backtest/latest", "application/json");
            if (answer.statusCode() == 200) {
                return answer.body();
            }
            if (answer.statusCode() != 404) {
                throw new AssertionError("GET /api/backtest/latest answered " + answer.statusCode() + ": " + answer.body());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no OFF-HOURS backtest was journaled within two minutes");
    }

    public static URI uri(CopilotApp app, String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }
}
