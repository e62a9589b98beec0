package com.fks.copilot.gateway.grok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.TestApps;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.DemoPlan;
import com.fks.copilot.gateway.app.MarketSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/grok/briefing} over real loopback HTTP. Without an xAI key: a demo morning
 * 07:00–10:05 ET at full speed gives the engine's detailed local briefing, as HTML and as JSON,
 * the same bytes on every read, and the same again when the recorded day is replayed into a fresh
 * app. With a key: Grok's morning briefing, in full. The co-pilot panel carries the toggle that
 * fetches it.
 */
class GrokBriefingIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Twelve lines: more than a live update may have, so only the briefing's own path keeps them all. */
    private static final String GROK_BRIEFING = IntStream.rangeClosed(1, 11)
            .mapToObj(i -> "Grok briefing line " + i + ": gold and the indexes, level by level.")
            .collect(Collectors.joining("\n")) + "\nDO NOW: Wait for the 09:30 ET open and the first range.";
    @TempDir
    static Path dir;
    static CopilotApp replayed;
    static String liveHtml;
    static String liveHtmlAgain;
    static String liveJson;
    static String liveJsonAgain;
    static List<String> focusLabels;

    @BeforeAll
    static void recordTheMorningThenReplayIt() throws Exception {
        Path recorded = dir.resolve("recorded");
        try (CopilotApp live = TestApps.demo(recorded, 0, 60, LocalTime.of(7, 0), LocalTime.of(10, 5))) {
            live.awaitFeedFinished();
            live.drainAndReport();
            liveHtml = ok(TestApps.get(live, "/api/grok/briefing", null)).body();
            liveJson = ok(TestApps.get(live, "/api/grok/briefing", "application/json")).body();
            liveHtmlAgain = ok(TestApps.get(live, "/api/grok/briefing", "text/html")).body();
            liveJsonAgain = ok(TestApps.get(live, "/api/grok/briefing", "application/json")).body();
            focusLabels = GrokIT.focusLabels(live);
        }
        replayed = CopilotApp.start(new AppSettings(dir.resolve("replayed"), "127.0.0.1", 0, RingThreading.blocking(), 4096, 60,
                new MarketSource.Recorded(recorded, 0)));
        replayed.awaitFeedFinished();
        replayed.drainAndReport();
    }

    @AfterAll
    static void stop() {
        if (replayed != null) {
            replayed.close();
        }
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    @Test
    void withoutAKeyTheHtmlIsTheDetailedLocalBriefingOfTheEngineState() {
        Element briefing = Jsoup.parse(liveHtml).selectFirst("#grok-briefing");
        assertNotNull(briefing, liveHtml);
        assertEquals("local", briefing.attr("data-source"));
        assertEquals("local (no xAI key)", briefing.selectFirst(".grok-source").text());
        assertEquals("10:04:59 ET", briefing.selectFirst(".grok-time").text(), "the engine's event time, not the wall clock");
        String text = briefing.selectFirst(".grok-text").wholeText();
        assertTrue(text.startsWith("MORNING BRIEFING 10:04:59 ET (ACTIVE)\n"), text);
        assertEquals(4, focusLabels.size(), "four focus assets by 10:05: " + focusLabels);
        for (int rank = 1; rank <= focusLabels.size(); rank++) {
            String heading = rank + ". " + focusLabels.get(rank - 1) + " (";
            assertTrue(text.contains("\n" + heading), heading + " in\n" + text);
        }
        assertTrue(text.split("\n").length > 8, "the full briefing, not the compact 8 lines:\n" + text);
        for (String part : List.of("   Plan: ", " at risk", "   Reading: wave ratio ", "\nNO TRADE: ", "\nRISK: ",
                "\nOPENING RANGE (09:30–10:00 ET)\n- ", "\nTODAY (ET)\n08:30 economic data",
                "\n09:30 cash open: the opening range starts (passed)\n",
                "\n10:00 opening range closes, breakout triggers set; entry cutoff: no new entries (passed)\n",
                "\n12:00 end of the active session: no new trades\n", "\nDO NOW: ")) {
            assertTrue(text.contains(part), part + " in\n" + text);
        }
    }

    @Test
    void jsonCarriesTheSameBriefingAsTheHtml() throws Exception {
        JsonNode json = JSON.readTree(liveJson);
        assertEquals("local", json.get("source").asText());
        assertEquals("local (no xAI key)", json.get("source_note").asText());
        assertEquals("10:04:59 ET", json.get("time").asText());
        assertEquals(Jsoup.parse(liveHtml).selectFirst("#grok-briefing .grok-text").wholeText(), json.get("text").asText());
        assertEquals(4, json.size(), "source, source_note, time, text: " + json);
    }

    @Test
    void twoReadsOfTheSameStateAreIdenticalByteForByte() {
        assertEquals(liveHtml, liveHtmlAgain);
        assertEquals(liveJson, liveJsonAgain);
    }

    @Test
    void theRecordedDayReplayedIntoAFreshAppReadsTheSameBriefing() throws Exception {
        assertEquals(liveHtml, ok(TestApps.get(replayed, "/api/grok/briefing", null)).body());
        assertEquals(liveJson, ok(TestApps.get(replayed, "/api/grok/briefing", "application/json")).body());
    }

    /** As every route that answers both: JSON only when asked for without HTML; any other Accept gets HTML, never a 406. */
    @Test
    void anyOtherAcceptGetsTheHtmlAsTheRestOfTheApp() throws Exception {
        for (String accept : List.of("text/html", "*/*", "image/png", "application/json, text/html", "text/plain")) {
            HttpResponse<String> response = ok(TestApps.get(replayed, "/api/grok/briefing", accept));
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), accept);
            assertEquals(liveHtml, response.body(), accept);
        }
        assertTrue(ok(TestApps.get(replayed, "/api/grok/briefing", "application/json; charset=utf-8")).headers()
                .firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void itIsAGetOnlyAReadThatChangesNothing() throws Exception {
        HttpResponse<String> post = TestApps.send(replayed, "POST", "/api/grok/briefing", "{}");
        assertEquals(405, post.statusCode(), post.body());
        assertEquals("GET", post.headers().firstValue("Allow").orElse(""));
        assertEquals(liveHtml, ok(TestApps.get(replayed, "/api/grok/briefing", null)).body(), "nothing changed");
    }

    /** The panel arrives by SSE as a whole; its toggle fetches the briefing on the event app.js raises when it opens. */
    @Test
    void theCoPilotPanelCarriesAClosedToggleThatFetchesTheBriefing() throws Exception {
        Document panel = Jsoup.parse(ok(TestApps.get(replayed, "/api/grok/html", null)).body());
        Element toggle = panel.selectFirst("#grok-panel details.grok-briefing");
        assertNotNull(toggle, panel.outerHtml());
        assertFalse(toggle.hasAttr("open"), "closed until the trader opens it");
        assertEquals("Full morning briefing", toggle.selectFirst("summary").text());
        Element body = toggle.selectFirst(".grok-briefing-body");
        assertEquals("/api/grok/briefing", body.attr("hx-get"));
        assertEquals("innerHTML", body.attr("hx-swap"));
        String event = body.attr("hx-trigger");
        assertEquals("grok-briefing-open", event);
        String script = ok(TestApps.get(replayed, "/static/app.js", null)).body();
        assertTrue(script.contains("'" + event + "'") && script.contains("details.grok-briefing"),
                "app.js raises " + event + " when the toggle opens, and reopens it after a swap");
    }

    /** With a key, Grok's PRE-MARKET briefing (04:58 ET here) is served in full, all twelve lines. */
    @Test
    void withAKeyTheFullTextOfGrokMorningBriefingIsServed() throws Exception {
        try (FakeXai xai = new FakeXai().answering(request -> request.get("max_tokens").asInt() == GrokPrompt.BRIEFING_MAX_TOKENS
                ? GROK_BRIEFING : FakeXai.rewritesTheDraft(request))) {
            DemoPlan plan = new DemoPlan(42, TestApps.DAY, LocalTime.of(4, 58), LocalTime.of(5, 1));
            try (CopilotApp app = CopilotApp.start(new AppSettings(dir.resolve("with-key"), "127.0.0.1", 0,
                    RingThreading.blocking(), 4096, 60, new MarketSource.Demo(plan, 0))
                    .withGrok(new GrokSettings(xai.baseUrl(), FakeXai.MODEL, FakeXai.KEY, Duration.ofSeconds(5))))) {
                app.awaitFeedFinished();
                JsonNode json = awaitGrokBriefing(app);
                assertEquals("Grok", json.get("source_note").asText());
                assertEquals("04:58:00 ET", json.get("time").asText());
                assertEquals(GROK_BRIEFING, json.get("text").asText());
                Element html = Jsoup.parse(ok(TestApps.get(app, "/api/grok/briefing", null)).body()).selectFirst("#grok-briefing");
                assertEquals("grok", html.attr("data-source"));
                assertEquals(GROK_BRIEFING, html.selectFirst(".grok-text").wholeText());
                assertEquals(1, xai.requests().stream().filter(request -> request.get("max_tokens").asInt()
                        == GrokPrompt.BRIEFING_MAX_TOKENS).count(), "one briefing asked for");
            }
        }
    }

    private static JsonNode awaitGrokBriefing(CopilotApp app) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode json = null;
        while (System.nanoTime() < deadline) {
            json = JSON.readTree(ok(TestApps.get(app, "/api/grok/briefing", "application/json")).body());
            if (json.get("source").asText().equals("grok")) {
                return json;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Grok's briefing never reached /api/grok/briefing: " + json);
    }
}
