package com.fks.copilot.gateway.grok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The co-pilot against a local xAI speaking the documented protocol: Grok's answer or, on any failure, the local one. */
class GrokCopilotTest {
    private static final EngineFacts MORNING = MorningFacts.fourFocusAssets();
    private static final Function<JsonNode, String> REWRITES_THE_DRAFT = FakeXai::rewritesTheDraft;

    private FakeXai xai;
    private GrokCopilot copilot;

    @BeforeEach
    void startXai() throws Exception {
        xai = new FakeXai();
    }

    @AfterEach
    void stop() {
        if (copilot != null) {
            copilot.close();
        }
        xai.close();
    }

    private GrokCopilot copilot(String key, Duration timeout) {
        copilot = new GrokCopilot(new GrokSettings(xai.baseUrl(), FakeXai.MODEL, key, timeout), (kind, askedBy, time, summary) -> { });
        return copilot;
    }

    private GrokCopilot copilot() {
        return copilot(FakeXai.KEY, Duration.ofSeconds(5));
    }

    private static void assertCompact(String text) {
        List<String> lines = CompactSummary.lines(text);
        assertTrue(lines.size() <= 8, "at most 8 lines: " + text);
        for (AssetFacts asset : MORNING.focus()) {
            assertEquals(1, lines.stream().filter(line -> line.startsWith(asset.label() + " ")).count(),
                    "one status line for " + asset.label() + ": " + text);
        }
        assertEquals(1, lines.stream().filter(line -> line.startsWith("DO NOW: ")).count(), "one DO NOW: " + text);
    }

    @Test
    void aLiveUpdateFromGrokKeepsTheCompactForm() {
        xai.answering(REWRITES_THE_DRAFT);
        Summary summary = copilot().summarize(GrokKind.LIVE, MORNING);

        assertEquals(SummaryOrigin.GROK, summary.origin());
        assertCompact(summary.text());
        assertTrue(summary.text().endsWith("DO NOW: Grok says: trade only the first focus asset, and only inside its zone."));
        assertEquals(List.of(), xai.malformed());
    }

    @Test
    void theLiveRequestCarriesModelMessagesTemperatureAndTheCompactTokenBudget() {
        xai.answering(REWRITES_THE_DRAFT);
        copilot().summarize(GrokKind.LIVE, MORNING);

        JsonNode request = xai.requests().get(0);
        assertEquals(FakeXai.MODEL, request.get("model").asText());
        assertEquals("system", request.get("messages").get(0).get("role").asText());
        assertEquals("user", request.get("messages").get(1).get("role").asText());
        assertEquals(0.3, request.get("temperature").asDouble(), 0.0);
        assertEquals(350, request.get("max_tokens").asInt());
        String facts = request.get("messages").get(1).get("content").asText();
        assertTrue(facts.contains("1. NASDAQ (MNQ) SHORT, quality 74%, last 21450.25 (-35.50 since the open), entry 21440.00–21470.00, "
                + "stop 21510.00, TP1 21380.00, TP2 21300.00, size 3 micros"), facts);
        assertTrue(facts.contains("Risk: entries allowed; daily P&L -$120.00; open positions 1; losses in a row 0"), facts);
        assertTrue(facts.contains("No-trade verdict: clear"), facts);
        assertTrue(facts.contains("- SILVER range 31.100–31.350, long above 31.400, short below 31.050"), facts);
    }

    @Test
    void theMorningBriefingAsksForTheDetailedAnswerAndKeepsIt() {
        String briefing = "Good morning. Gold leads the plan with a long bias from 5195–5201.5.\n".repeat(12)
                + "DO NOW: Let the 09:30–10:00 range form before the first entry.";
        xai.answering(request -> briefing);
        Summary summary = copilot().summarize(GrokKind.BRIEFING, MORNING);

        assertEquals(SummaryOrigin.GROK, summary.origin(), "a briefing is detailed by design: 13 lines are fine");
        assertEquals(13, CompactSummary.lines(summary.text()).size());
        assertEquals(3000, xai.requests().get(0).get("max_tokens").asInt());
    }

    @Test
    void withoutAKeyTheSameCompactFormIsMadeLocallyAndXaiIsNeverCalled() {
        Summary summary = copilot(null, Duration.ofSeconds(5)).summarize(GrokKind.LIVE, MORNING);

        assertEquals(SummaryOrigin.LOCAL_NO_KEY, summary.origin());
        assertEquals(CompactSummary.of(MORNING), summary.text());
        assertCompact(summary.text());
        assertEquals(0, xai.requests().size());
    }

    @Test
    void aLiveAnswerThatBreaksTheCompactFormGivesTheLocalSummary() {
        xai.answering(request -> "Here is a detailed look at today's markets.\n".repeat(10) + "DO NOW: read all of the above.");
        Summary summary = copilot().summarize(GrokKind.LIVE, MORNING);

        assertEquals(SummaryOrigin.LOCAL_NOT_COMPACT, summary.origin());
        assertEquals(CompactSummary.of(MORNING), summary.text());
    }

    @Test
    void aRateLimitGivesTheLocalSummaryAndXaiIsLeftAloneUntilRetryAfter() {
        xai.answering(REWRITES_THE_DRAFT).rateLimited(120);
        GrokCopilot copilot = copilot();

        Summary first = copilot.summarize(GrokKind.LIVE, MORNING);
        Summary second = copilot.summarize(GrokKind.LIVE, MORNING);

        assertEquals(SummaryOrigin.LOCAL_RATE_LIMITED, first.origin());
        assertEquals(CompactSummary.of(MORNING), first.text());
        assertEquals(SummaryOrigin.LOCAL_RATE_LIMITED, second.origin());
        assertEquals(1, xai.requests().size(), "the second update waited out retry-after: 120 without asking");
    }

    @Test
    void anAnswerLaterThanTheTimeoutGivesTheLocalSummary() {
        xai.answering(REWRITES_THE_DRAFT).slow(Duration.ofSeconds(10));
        Summary summary = copilot(FakeXai.KEY, Duration.ofMillis(300)).summarize(GrokKind.LIVE, MORNING);

        assertEquals(SummaryOrigin.LOCAL_TIMEOUT, summary.origin());
        assertCompact(summary.text());
    }

    @Test
    void aRefusedKeyGivesTheLocalSummary() {
        xai.answering(REWRITES_THE_DRAFT);
        Summary summary = copilot("xai-wrong-key", Duration.ofSeconds(5)).summarize(GrokKind.LIVE, MORNING);

        assertEquals(SummaryOrigin.LOCAL_ERROR, summary.origin());
        assertEquals(0, xai.requests().size(), "the server answered 401");
    }

    @Test
    void aDueSummaryIsMadeOffTheCallersThreadAndHandedToTheSink() throws Exception {
        xai.answering(REWRITES_THE_DRAFT);
        BlockingQueue<String> published = new LinkedBlockingQueue<>();
        copilot = new GrokCopilot(new GrokSettings(xai.baseUrl(), FakeXai.MODEL, FakeXai.KEY, Duration.ofSeconds(5)),
                (kind, askedBy, time, summary) -> published.add(GrokKind.name(kind) + " " + askedBy + " " + time + " "
                        + summary.origin() + " " + Thread.currentThread().getName()));

        copilot.due(GrokKind.LIVE, 42, 1_764_000_900_000_000_000L, MORNING);

        String got = published.poll(10, TimeUnit.SECONDS);
        assertNotNull(got, "the summary reached the sink");
        assertEquals("LIVE 42 1764000900000000000 " + SummaryOrigin.GROK + " grok-copilot", got);
    }
}
