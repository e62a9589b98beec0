package com.fks.copilot.gateway.grok;

import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.output.DerivedEventSink;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The last {@link #CAPACITY} summaries, newest first, for the Grok panel. Filled by the dashboard
 * stage as summaries pass the ring, and at start from the output journal's GROK_UPDATE events (as a
 * {@link DerivedEventSink}), so a restart shows the same panel. Thread-safe.
 */
public final class GrokHistory implements DerivedEventSink {
    /** Enough for a morning: the briefing and two hours of 15-minute updates. */
    public static final int CAPACITY = 10;
    private final Deque<GrokEntry> entries = new ArrayDeque<>(CAPACITY);

    public synchronized void add(GrokEntry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeLast();
        }
        entries.addFirst(entry);
    }

    /** Output-journal replay at start: keeps each GROK_UPDATE. */
    @Override
    public void emit(DerivedEvent event) {
        if (event.type == DerivedEvent.GROK_UPDATE) {
            add(new GrokEntry(event.sourceIndex, (byte) event.code, event.origin, event.timeNanos, event.text()));
        }
    }

    /** Newest first. */
    public synchronized List<GrokEntry> entries() {
        return new ArrayList<>(entries);
    }
}
