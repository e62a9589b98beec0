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
import java.time.LocalTime;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo morning in real time with a real PostgreSQL, so every family /metrics can expose is there (the drain
 * and postgres_up only exist with a database), as Prometheus would scrape it.
 */
final class MonitoredDemo implements AutoCloseable {
    private final LocalPostgres postgres;
    private final CopilotApp app;

    private MonitoredDemo(LocalPostgres postgres, CopilotApp app) {
        this.postgres = postgres;
        this.app = app;
    }

    static MonitoredDemo start(Path dataDir) throws Exception {
        LocalPostgres postgres = LocalPostgres.start();
        try {
            DemoPlan plan = new DemoPlan(42, TestApps.DAY, LocalTime.of(9, 29, 30), LocalTime.of(16, 0));
            // scraped every second here: the per-client rate limits are not what these tests are about
            CopilotApp app = CopilotApp.start(TestApps.withoutRateLimits(new AppSettings(dataDir, "127.0.0.1", 0,
                    RingThreading.blocking(), 4096, 60, new MarketSource.Demo(plan, 1)).withDatabase(postgres.settings())));
            return new MonitoredDemo(postgres, app);
        } catch (Exception | Error e) {
            postgres.close();
            throw e;
        }
    }

    CopilotApp app() {
        return app;
    }

    /** Until the demo has played past the open and the drain has written to PostgreSQL, so the families are all there. */
    void awaitEverySeries() throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (app.health().eventsProcessed() < 100 || app.drain().lag().get(0).drainedEvents() < 1) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the demo did not get going within 60 s: " + app.health());
            }
            Thread.sleep(50);
        }
    }

    /** GET /metrics as Prometheus 2.42 asks for it (text format 0.0.4). */
    String scrape() throws Exception {
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

    @Override
    public void close() throws Exception {
        try {
            app.close();
        } finally {
            postgres.close();
        }
    }
}
