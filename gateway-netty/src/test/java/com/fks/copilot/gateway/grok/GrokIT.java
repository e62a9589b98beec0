package com.fks.copilot.gateway.grok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.copilot.AssetFacts;
import com.fks.copilot.engine.copilot.CompactSummary;
import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.TestApps;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.DemoPlan;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.replay.OutputJournalReader;
import com.fks.copilot.journal.replay.Replay;
import com.fks.copilot.journal.replay.ReplayReport;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A demo morning 07:00–09:50 ET at full speed with Grok switched on against a local xAI: the
 * schedule asks every 15 minutes of event time, Grok's compact answers enter the ring, reach the
 * output journal, SSE {@code grok-update} and the panel, and a replay of the day reproduces them.
 */
class GrokIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static FakeXai xai;
    static CopilotApp app;
    static ReplayReport live;

    @BeforeAll
    static void playTheMorning() throws Exception {
        xai = new FakeXai().answering(FakeXai::rewritesTheDraft);
        DemoPlan plan = new DemoPlan(42, TestApps.DAY, LocalTime.of(7, 0), LocalTime.of(9, 50));
        AppSettings settings = new AppSettings(dir, "127.0.0.1", 0, RingThreading.blocking(), 4096, 60,
                new MarketSource.Demo(plan, 0)).withGrok(new GrokSettings(xai.baseUrl(), FakeXai.MODEL, FakeXai.KEY,
                Duration.ofSeconds(5)));
        app = CopilotApp.start(settings);
        app.awaitFeedFinished();
        awaitGrokAt("09:45:00 ET");
        live = app.drainAndReport();
    }

    /** Grok answers off the ring, after the engine's local summary: wait until Grok's answer for {@code time} leads the panel. */
    private static void awaitGrokAt(String time) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Document panel = panel();
            Element latest = panel.selectFirst(".grok-latest .grok-time");
            if (latest != null && latest.text().equals(time) && panel.selectFirst(".grok-latest .grok-source").text().equals("Grok")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no summary for " + time + ": " + panel());
    }

    private static Document panel() throws Exception {
        return Jsoup.parse(TestApps.get(app, "/api/grok/html", null).body());
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        xai.close();
    }

    /** Labels of the day's focus assets as {@code app}'s dashboard plan has them, best first. */
    static List<String> focusLabels(CopilotApp app) throws Exception {
        List<String> labels = new ArrayList<>();
        for (JsonNode card : JSON.readTree(TestApps.get(app, "/api/focus", "application/json").body())) {
            if (card.path("plan").path("focus_asset").asBoolean()) {
                labels.add(AssetFacts.labelOf(Instruments.bySymbol(card.get("symbol").asText()).orElseThrow()));
            }
        }
        return labels;
    }

    @Test
    void theLatestPanelIsGrokCompactUpdateWithALinePerFocusAssetAndDoNow() throws Exception {
        Document panel = panel();
        Element section = panel.selectFirst("#grok-panel");
        assertEquals("grok", section.attr("data-source"));
        assertEquals("Live update", panel.selectFirst(".grok-latest .grok-title").text());
        List<String> lines = CompactSummary.lines(panel.selectFirst(".grok-latest .grok-text").wholeText());
        List<String> focus = focusLabels(app);
        assertEquals(4, focus.size(), "four focus assets by 09:45");
        assertTrue(lines.size() <= 8, String.join("\n", lines));
        for (String label : focus) {
            assertEquals(1, lines.stream().filter(line -> line.startsWith(label + " ")).count(), label + " in " + lines);
        }
        assertEquals(List.of("DO NOW: Grok says: trade only the first focus asset, and only inside its zone."),
                lines.stream().filter(line -> line.startsWith("DO NOW")).toList());
    }

    @Test
    void olderUpdatesAreCollapsedUnderTheLatest() throws Exception {
        Document panel = panel();
        Element history = panel.selectFirst("details.grok-history");
        assertNotNull(history, "older updates sit in a closed <details>");
        assertTrue(!history.hasAttr("open"));
        List<String> times = history.select(".grok-entry time").eachText();
        assertEquals("09:30:00 ET", times.get(0), "newest first: " + times);
        assertTrue(times.size() <= GrokHistory.CAPACITY - 1, "the history is bounded: " + times);
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i).compareTo(times.get(i - 1)) < 0, "newest first: " + times);
        }
    }

    @Test
    void everyQuarterHourOfEventTimeIsJournaledWithTheEnginesLocalSummaryAndGrokAnswers() {
        List<String> due = new ArrayList<>();
        List<String> local = new ArrayList<>();
        List<String> grok = new ArrayList<>();
        try (SingleChronicleQueue output = Journals.open(Journals.outputDir(dir))) {
            OutputJournalReader.readAll(output, event -> {
                String time = com.fks.copilot.gateway.views.MarketTime.of(event.timeNanos);
                if (event.type == DerivedEvent.GROK_DUE) {
                    due.add(time);
                } else if (event.type == DerivedEvent.GROK_UPDATE) {
                    (SummaryOrigin.isLocal(event.origin) ? local : grok).add(time + " " + GrokKind.name((byte) event.code));
                }
            });
        }
        List<String> quarters = List.of("07:00:00 ET", "07:15:00 ET", "07:30:00 ET", "07:45:00 ET", "08:00:00 ET", "08:15:00 ET",
                "08:30:00 ET", "08:45:00 ET", "09:00:00 ET", "09:15:00 ET", "09:30:00 ET", "09:45:00 ET");
        assertEquals(quarters, due);
        assertEquals(quarters.stream().map(time -> time + " LIVE").toList(), local, "the engine's own summary at every due moment");
        assertTrue(grok.contains("09:45:00 ET LIVE"), grok.toString());
        assertTrue(grok.size() >= 3, "a burst at full speed may drop the oldest waiting calls, never the newest: " + grok);
        assertEquals(List.of(), xai.malformed(), "every request had the documented shape");
    }

    @Test
    void replayingTheRecordedMorningReproducesTheSummariesExactly(@TempDir Path replayDir) {
        ReplayReport replay = Replay.run(dir, replayDir);
        assertTrue(replay.eventsByType().getOrDefault("GROK_SUMMARY", 0L) >= 3, replay.eventsByType().toString());
        assertEquals(live.output(), replay.output(), "output journal bytes, GROK_UPDATEs included");
        assertEquals(live.stateDigest(), replay.stateDigest());
    }
}
