package com.fks.copilot.gateway.grok;

import com.fks.copilot.engine.copilot.CompactSummary;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.TestApps;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.DemoPlan;
import com.fks.copilot.gateway.app.MarketSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When Grok cannot answer, the panel still speaks: the engine's local compact summary, marked as local and why. */
class GrokFallbackIT {

    /** A demo from 07:00 to 07:35 ET (live updates due at 07:00, 07:15, 07:30) talking to {@code xai}. */
    private static CopilotApp morning(Path dir, FakeXai xai, String key, Duration timeout) throws InterruptedException {
        DemoPlan plan = new DemoPlan(42, TestApps.DAY, LocalTime.of(7, 0), LocalTime.of(7, 35));
        return CopilotApp.start(new AppSettings(dir, "127.0.0.1", 0, RingThreading.blocking(), 4096, 60,
                new MarketSource.Demo(plan, 0)).withGrok(new GrokSettings(xai.baseUrl(), FakeXai.MODEL, key, timeout)));
    }

    /** The panel once its latest summary speaks for {@code time} with {@code source} (the reason arrives after the summary). */
    private static Document panelAt(CopilotApp app, String time, String source) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Document panel;
        do {
            panel = Jsoup.parse(TestApps.get(app, "/api/grok/html", null).body());
            Element latest = panel.selectFirst(".grok-latest .grok-time");
            if (latest != null && latest.text().equals(time) && panel.selectFirst(".grok-latest .grok-source").text().equals(source)) {
                return panel;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no summary for " + time + ": " + panel);
    }

    /** The engine's local compact form: before the plan exists, the no-plan line and a DO NOW. */
    private static void assertLocalCompact(Document panel) {
        assertEquals("local", panel.selectFirst("#grok-panel").attr("data-source"));
        List<String> lines = CompactSummary.lines(panel.selectFirst(".grok-latest .grok-text").wholeText());
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("No focus assets yet: the daily plan needs 30 five-minute bars.", lines.get(0));
        assertTrue(lines.get(1).startsWith("DO NOW: "), lines.toString());
    }

    @Test
    void aRateLimitedXaiGivesLocalUpdatesAndIsNotAskedAgainBeforeRetryAfter(@TempDir Path dir) throws Exception {
        try (FakeXai xai = new FakeXai().answering(FakeXai::rewritesTheDraft).rateLimited(600);
             CopilotApp app = morning(dir, xai, FakeXai.KEY, Duration.ofSeconds(5))) {
            app.awaitFeedFinished();
            assertLocalCompact(panelAt(app, "07:30:00 ET", "local (xAI rate limit)"));
            assertEquals(1, xai.requests().size(), "07:15 and 07:30 waited out retry-after: 600 without asking");
        }
    }

    @Test
    void anXaiSlowerThanTheTimeoutGivesLocalUpdates(@TempDir Path dir) throws Exception {
        try (FakeXai xai = new FakeXai().answering(FakeXai::rewritesTheDraft).slow(Duration.ofSeconds(20));
             CopilotApp app = morning(dir, xai, FakeXai.KEY, Duration.ofMillis(200))) {
            app.awaitFeedFinished();
            assertLocalCompact(panelAt(app, "07:30:00 ET", "local (xAI timeout)"));
        }
    }

    @Test
    void withoutAKeyTheUpdatesAreMadeLocally(@TempDir Path dir) throws Exception {
        try (FakeXai xai = new FakeXai().answering(FakeXai::rewritesTheDraft);
             CopilotApp app = morning(dir, xai, null, Duration.ofSeconds(5))) {
            app.awaitFeedFinished();
            assertLocalCompact(panelAt(app, "07:30:00 ET", "local (no xAI key)"));
            assertEquals(0, xai.requests().size());
        }
    }

    @Test
    void beforeAnyScheduledUpdateThePanelShowsALocalSummaryOfNow(@TempDir Path dir) throws Exception {
        try (CopilotApp app = TestApps.demo(dir, 0, 60, LocalTime.of(12, 30), LocalTime.of(12, 35))) {
            app.awaitFeedFinished();
            Document panel = Jsoup.parse(TestApps.get(app, "/api/grok/html", null).body());

            assertEquals("local", panel.selectFirst("#grok-panel").attr("data-source"));
            assertEquals("local, now (no update scheduled yet)", panel.selectFirst(".grok-latest .grok-source").text());
            List<String> lines = CompactSummary.lines(panel.selectFirst(".grok-latest .grok-text").wholeText());
            assertTrue(lines.get(lines.size() - 1).startsWith("DO NOW: "), lines.toString());
        }
    }
}
