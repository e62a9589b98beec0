package com.fks.copilot.gateway.grok;

import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.SseClient;
import com.fks.copilot.gateway.TestApps;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.DemoPlan;
import com.fks.copilot.gateway.app.MarketSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grok's answer reaches an open dashboard over SSE as {@code grok-update}. The dashboard opens once a
 * short full-speed morning (one due moment, 09:45 ET) has been played, and the fake xAI holds its
 * answer until then: a socket reading a full-speed replay from the start can fall behind it, and the
 * hub rightly drops a client that stops draining, which would prove nothing either way.
 */
class GrokSseIT {

    @Test
    void theDashboardHearsGroksAnswerOverSse(@TempDir Path dir) throws Exception {
        CountDownLatch dashboardOpen = new CountDownLatch(1);
        try (FakeXai xai = new FakeXai().answering(request -> {
            awaitQuietly(dashboardOpen);
            return FakeXai.rewritesTheDraft(request);
        })) {
            DemoPlan plan = new DemoPlan(42, TestApps.DAY, LocalTime.of(9, 40), LocalTime.of(9, 47));
            AppSettings settings = new AppSettings(dir, "127.0.0.1", 0, RingThreading.blocking(), 4096, 60,
                    new MarketSource.Demo(plan, 0)).withGrok(new GrokSettings(xai.baseUrl(), FakeXai.MODEL, FakeXai.KEY,
                    Duration.ofSeconds(5)));
            try (CopilotApp app = CopilotApp.start(settings)) {
                app.awaitFeedFinished();
                try (SseClient dashboard = new SseClient(app, "/sse/dashboard")) {
                    dashboardOpen.countDown();
                    SseClient.Frame frame = dashboard.next("grok-update", Duration.ofSeconds(15));
                    while (frame != null && !frame.data().contains("Grok says")) {
                        frame = dashboard.next("grok-update", Duration.ofSeconds(15)); // the local summary and "asking Grok" come first
                    }
                    assertNotNull(frame, "Grok's answer as a grok-update frame");
                    assertNotNull(Jsoup.parse(frame.data()).selectFirst("#grok-panel[sse-swap=grok-update]"), frame.data());
                    assertTrue(Jsoup.parse(frame.data()).text().contains("09:45"), frame.data());
                }
            }
        }
    }

    /** Holds an xAI answer (within the client's 5 s timeout) until {@code latch} opens. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(4, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
