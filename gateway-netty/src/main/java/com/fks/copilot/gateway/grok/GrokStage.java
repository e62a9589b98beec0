package com.fks.copilot.gateway.grok;

import com.fks.copilot.engine.copilot.CompactSummary;
import com.fks.copilot.engine.copilot.EngineFacts;
import com.fks.copilot.engine.copilot.MorningBriefing;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;
import com.fks.copilot.gateway.bridge.RingRequests;
import com.fks.copilot.gateway.sse.SseHub;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The co-pilot's part of the dashboard stage (its ring thread, after the engine). A CLOCK the
 * engine's schedule marked due: the engine has journaled its local summary, so the panel goes out
 * as SSE {@code grok-update} and Grok is asked off the ring with the facts as of that event. A
 * GROK_SUMMARY the engine applied (Grok's answer): out again. Grok's answers enter the ring as
 * GROK_SUMMARY input events, journaled before anything shows them. Also renders
 * {@code GET /api/grok/html} and {@code GET /api/grok/briefing} (any thread).
 */
public final class GrokStage implements GrokReplies, AutoCloseable {
    public static final String SSE_EVENT = "grok-update";
    /** Why-not reasons kept for the panel, per due moment; older ones read plain "local". */
    private static final int OUTCOMES_KEPT = 32;

    private final RingRequests ring;
    private final EngineFactsReader facts;
    private final GrokHistory history;
    private final GrokViews views;
    private final SseHub hub;
    private final Map<Long, GrokOutcome> outcomes = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, GrokOutcome> eldest) {
            return size() > OUTCOMES_KEPT;
        }
    };
    private final GrokCopilot copilot;
    /** Renders the panel and reads the facts for Grok, in the order the ring saw the due moments. */
    private final ExecutorService panel = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "grok-panel");
        thread.setDaemon(true);
        return thread;
    });

    public GrokStage(GrokSettings settings, RingRequests ring, EngineFactsReader facts, GrokHistory history, GrokViews views,
                     SseHub hub) {
        this.ring = ring;
        this.facts = facts;
        this.history = history;
        this.views = views;
        this.hub = hub;
        this.copilot = new GrokCopilot(settings, this);
    }

    /**
     * Ring thread: only events the engine has applied ({@code journalIndex} set) count. The panel is
     * rendered and Grok asked on this stage's own thread, so the ring thread's work stays bounded.
     */
    public void onEvent(EngineEvent event) {
        if (event.journalIndex < 0) {
            return;
        }
        if (event.grokDue != GrokKind.NONE) {
            byte kind = event.grokDue;
            long askedBy = event.journalIndex;
            long timeNanos = event.eventTimeNanos;
            panel.execute(() -> {
                hub.publish(SSE_EVENT, html());
                if (copilot.hasKey()) {
                    copilot.due(kind, askedBy, timeNanos, facts.read(timeNanos));
                }
            });
        } else if (event.type == EventType.GROK_SUMMARY) {
            panel.execute(() -> hub.publish(SSE_EVENT, html()));
        }
    }

    @Override
    public void answered(byte kind, long askedBy, long timeNanos, String text) {
        record(askedBy, GrokOutcome.ANSWERED);
        ring.submit(event -> event.setSummary(kind, SummaryOrigin.GROK, askedBy, timeNanos, text));
    }

    /** The panel's reason changes ("asking Grok…" → "xAI timeout"); no engine event does, so nothing enters the ring. */
    @Override
    public void unanswered(long askedBy, GrokOutcome outcome) {
        record(askedBy, outcome);
        if (outcome != GrokOutcome.NO_KEY) {
            hub.publish(SSE_EVENT, html());
        }
    }

    private synchronized void record(long askedBy, GrokOutcome outcome) {
        outcomes.put(askedBy, outcome);
    }

    private synchronized GrokOutcome outcome(long askedBy) {
        return outcomes.get(askedBy);
    }

    /** The panel: the history, or before the first due summary, the engine facts now in the compact form. */
    public String html() {
        List<GrokEntry> entries = history.entries();
        if (entries.isEmpty()) {
            EngineFacts now = facts.readNow();
            return views.panel(GrokPanel.now(now.timeNanos(), CompactSummary.of(now)));
        }
        long latest = entries.get(0).askedBy();
        return views.panel(GrokPanel.of(entries, entry -> localSource(entry, entry.askedBy() == latest)));
    }

    /**
     * The full morning briefing: with a key, Grok's latest once it answered one; otherwise (no key,
     * no briefing yet, Grok did not answer it) the engine's detailed local one of its state now, at
     * the engine's event time, so the same state reads the same text.
     */
    public GrokBriefing briefing() {
        GrokEntry latest = history.latestBriefing().orElse(null);
        if (copilot.hasKey() && latest != null && !SummaryOrigin.isLocal(latest.origin())) {
            return new GrokBriefing(GrokBriefing.GROK, SummaryOrigin.label(latest.origin()), GrokPanel.time(latest.timeNanos()),
                    latest.text());
        }
        EngineFacts now = facts.readNow();
        String source = copilot.hasKey() && latest == null ? "local (no Grok briefing yet)" : localSource(latest, false);
        return new GrokBriefing(GrokBriefing.LOCAL, source, now.marketTime(), MorningBriefing.of(now, facts.rules()));
    }

    public String briefingHtml() {
        return views.briefing(briefing());
    }

    private String localSource(GrokEntry entry, boolean latest) {
        if (!copilot.hasKey()) {
            return "local (" + GrokOutcome.NO_KEY.label() + ")";
        }
        GrokOutcome outcome = outcome(entry.askedBy());
        if (outcome == null) {
            return latest ? "local (asking Grok…)" : "local";
        }
        return "local (" + outcome.label() + ")";
    }

    @Override
    public void close() {
        panel.shutdownNow();
        copilot.close();
    }
}
