package com.fks.copilot.gateway.monitoring;

import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.TestApps;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.DemoPlan;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.journal.db.LocalPostgres;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo morning in real time after one prior trading day, with a real PostgreSQL: every family /metrics can
 * expose on the demo is there (the drain and postgres_up only exist with a database, focus_quality once the
 * plans are made, the HTTP families once a request was answered), as Prometheus would scrape it.
 */
final class MonitoredDemo implements AutoCloseable {
    /** Series that appear only once something happened; {@link #start} waits for them. */
    private static final List<String> LATE_SERIES = List.of("focus_quality{", "http_requests_total{", "drain_lag_seconds{");
    private final LocalPostgres postgres;
    private final CopilotApp app;

    private MonitoredDemo(LocalPostgres postgres, CopilotApp app) {
        this.postgres = postgres;
        this.app = app;
    }

    /** Starts it and returns once every family is exposed. */
    static MonitoredDemo start(Path dataDir) throws Exception {
        LocalPostgres postgres = LocalPostgres.start();
        MonitoredDemo demo = null;
        try {
            DemoPlan plan = new DemoPlan(42, TestApps.DAY, LocalTime.of(9, 29, 30), LocalTime.of(16, 0), 1);
            // scraped every second here: the per-client rate limits are not what these tests are about
            demo = new MonitoredDemo(postgres, CopilotApp.start(TestApps.withoutRateLimits(new AppSettings(dataDir,
                    "127.0.0.1", 0, RingThreading.blocking(), 4096, 60, new MarketSource.Demo(plan, 1))
                    .withDatabase(postgres.settings()))));
            TestApps.get(demo.app, "/health", null);
            MonitoredDemo started = demo;
            await(() -> LATE_SERIES.stream().allMatch(started.scrape()::contains), "the demo exposes " + LATE_SERIES);
            return demo;
        } catch (Exception | Error e) {
            if (demo != null) {
                demo.close();
            } else {
                postgres.close();
            }
            throw e;
        }
    }

    CopilotApp app() {
        return app;
    }

    String scrape() throws Exception {
        return scrape(app);
    }

    /** GET /metrics as Prometheus 2.42 asks for it (text format 0.0.4). */
    static String scrape(CopilotApp app) throws Exception {
        HttpResponse<String> response = TestApps.get(app, "/metrics", "text/plain;version=0.0.4;q=1,*/*;q=0.1");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /**
     * Every name a query may use for what {@code text} exposes: the sample names, the families in # TYPE lines,
     * and each histogram's or summary's family.
     */
    static Set<String> exposedNames(String text) {
        Set<String> names = new TreeSet<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                names.add(line.split(" ")[2]);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                String name = line.split("[{ ]", 2)[0];
                names.add(name);
                names.add(PromQlNames.family(name));
            }
        }
        return names;
    }

    /** Polls {@code condition} every 50 ms for up to 90 s. */
    static void await(Callable<Boolean> condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            app.close();
        } finally {
            postgres.close();
        }
    }
}
