package com.fks.copilot.gateway.grok;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;
import com.fks.copilot.gateway.sse.SseHub;

/**
 * The co-pilot's part of the dashboard stage (runs on its ring thread, after the engine). A CLOCK
 * the engine's schedule marked due: reads the engine facts now and hands them to the
 * {@link GrokCopilot} without waiting. A GROK_SUMMARY the engine applied: into the history, and out
 * as SSE {@code grok-update}. Also answers {@code GET /api/grok/html} (any thread).
 */
public final class GrokStage {
    public static final String SSE_EVENT = "grok-update";
    private final GrokCopilot copilot;
    private final EngineFactsReader facts;
    private final GrokHistory history;
    private final GrokViews views;
    private final SseHub hub;

    public GrokStage(GrokCopilot copilot, EngineFactsReader facts, GrokHistory history, GrokViews views, SseHub hub) {
        this.copilot = copilot;
        this.facts = facts;
        this.history = history;
        this.views = views;
        this.hub = hub;
    }

    /** Ring thread: only events the engine has applied ({@code journalIndex} set) count. */
    public void onEvent(EngineEvent event) {
        if (event.journalIndex < 0) {
            return;
        }
        if (event.grokDue != GrokKind.NONE) {
            copilot.due(event.grokDue, event.journalIndex, event.eventTimeNanos, facts.read(event.eventTimeNanos));
        } else if (event.type == EventType.GROK_SUMMARY) {
            history.add(new GrokEntry(event.journalIndex, event.summaryKind, event.summaryOrigin, event.eventTimeNanos,
                    event.summaryText()));
            hub.publish(SSE_EVENT, html());
        }
    }

    /** The panel: the history, or before the first scheduled summary, a local one of the state now. */
    public String html() {
        return views.panel(GrokPanel.of(history.entries(), () -> {
            EngineFacts now = facts.readNow();
            return new GrokEntry(-1, GrokKind.LIVE, SummaryOrigin.LOCAL_NO_KEY, now.timeNanos(), CompactSummary.of(now));
        }));
    }
}
