package com.fks.copilot.gateway.grok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fks.copilot.engine.copilot.AssetFacts;
import com.fks.copilot.engine.copilot.CompactSummary;
import com.fks.copilot.engine.copilot.EngineFacts;
import com.fks.copilot.engine.copilot.MorningFacts;
import com.fks.copilot.engine.event.GrokKind;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The co-pilot against a local xAI speaking the documented protocol: Grok's usable answer, or why the local one stands. */
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

    /** Replies as text, in arrival order, with the thread that delivered them. */
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

    private GrokCopilot copilot(String key, Duration timeout) {
        copilot = new GrokCopilot(new GrokSettings(xai.baseUrl(), FakeXai.MODEL, key, timeout), new GrokReplies() {
            @Override
            public void answered(byte kind, long askedBy, long timeNanos, String text) {
                replies.add("answered " + GrokKind.name(kind) + " " + askedBy + " " + timeNanos + " on " + Thread.currentThread().getName());
            }

            @Override
            public void unanswered(long askedBy, GrokOutcome outcome) {
                replies.add("unanswered " + askedBy + " " + outcome + " on " + Thread.currentThread().getName());
            }
        });
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
        GrokReply reply = copilot().ask(GrokKind.LIVE, MORNING);

        assertEquals(GrokOutcome.ANSWERED, reply.outcome());
        assertCompact(reply.text());
        assertTrue(reply.text().endsWith("DO NOW: Grok says: trade only the first focus asset, and only inside its zone."));
        assertEquals(List.of(), xai.malformed());
    }

    @Test
    void theLiveRequestCarriesModelMessagesTemperatureAndTheCompactTokenBudget() {
        xai.answering(REWRITES_THE_DRAFT);
        copilot().ask(GrokKind.LIVE, MORNING);

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
        GrokReply reply = copilot().ask(GrokKind.BRIEFING, MORNING);

        assertEquals(GrokOutcome.ANSWERED, reply.outcome(), "a briefing is detailed by design: 13 lines are fine");
        assertEquals(13, CompactSummary.lines(reply.text()).size());
        assertEquals(3000, xai.requests().get(0).get("max_tokens").asInt());
    }

    @Test
    void withoutAKeyGrokIsNeverAskedAndTheLocalSummaryStands() throws Exception {
        copilot(null, Duration.ofSeconds(5)).due(GrokKind.LIVE, 42, MORNING.timeNanos(), MORNING);

        assertEquals("unanswered 42 NO_KEY on main", replies.poll(5, TimeUnit.SECONDS));
        assertEquals(0, xai.requests().size());
    }

    @Test
    void aLiveAnswerThatBreaksTheCompactFormIsNotUsed() {
        xai.answering(request -> "Here is a detailed look at today's markets.\n".repeat(10) + "DO NOW: read all of the above.");
        assertEquals(new GrokReply(GrokOutcome.NOT_COMPACT, null), copilot().ask(GrokKind.LIVE, MORNING));
    }

    @Test
    void aRateLimitIsNotUsedAndXaiIsLeftAloneUntilRetryAfter() {
        xai.answering(REWRITES_THE_DRAFT).rateLimited(120);
        GrokCopilot copilot = copilot();

        GrokReply first = copilot.ask(GrokKind.LIVE, MORNING);
        GrokReply second = copilot.ask(GrokKind.LIVE, MORNING);

        assertEquals(new GrokReply(GrokOutcome.RATE_LIMITED, null), first);
        assertEquals(new GrokReply(GrokOutcome.RATE_LIMITED, null), second);
        assertEquals(1, xai.requests().size(), "the second update waited out retry-after: 120 without asking");
    }

    @Test
    void anAnswerLaterThanTheTimeoutIsNotWaitedFor() {
        xai.answering(REWRITES_THE_DRAFT).slow(Duration.ofSeconds(10));
        assertEquals(new GrokReply(GrokOutcome.TIMEOUT, null), copilot(FakeXai.KEY, Duration.ofMillis(300)).ask(GrokKind.LIVE, MORNING));
    }

    @Test
    void aRefusedKeyIsAnError() {
        xai.answering(REWRITES_THE_DRAFT);
        assertEquals(new GrokReply(GrokOutcome.ERROR, null), copilot("xai-wrong-key", Duration.ofSeconds(5)).ask(GrokKind.LIVE, MORNING));
        assertEquals(0, xai.requests().size(), "the server answered 401");
    }

    @Test
    void aDueSummaryIsAskedOffTheCallersThreadAndTheAnswerHandedOn() throws Exception {
        xai.answering(REWRITES_THE_DRAFT);
        copilot().due(GrokKind.LIVE, 42, 1_764_000_900_000_000_000L, MORNING);

        assertEquals("answered LIVE 42 1764000900000000000 on grok-copilot", replies.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void aFailedDueSummaryIsReportedWithItsReason() throws Exception {
        xai.answering(REWRITES_THE_DRAFT).rateLimited(30);
        copilot().due(GrokKind.LIVE, 43, 1_764_000_900_000_000_000L, MORNING);

        assertEquals("unanswered 43 RATE_LIMITED on grok-copilot", replies.poll(10, TimeUnit.SECONDS));
    }
}
