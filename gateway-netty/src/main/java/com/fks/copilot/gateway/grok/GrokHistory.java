package com.fks.copilot.gateway.grok;

import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.output.DerivedEventSink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last {@link #CAPACITY} summaries, newest first, for the Grok panel: one per moment the
 * schedule made a summary due, Grok's answer replacing the engine's local one for the same moment.
 * Listens to the output journal (GROK_UPDATE), live and at start, so a restart shows the same
 * panel. Thread-safe.
 */
public final class GrokHistory implements DerivedEventSink {
    /** Enough for a morning: the briefing and two hours of 15-minute updates. */
    public static final int CAPACITY = 10;
    private final List<GrokEntry> entries = new ArrayList<>(CAPACITY + 1);
    /** The latest morning briefing, kept after it leaves {@link #entries} (a morning of updates pushes it out). */
    private GrokEntry briefing;

    /** Engine thread (live) or the starting thread (journal read). */
    @Override
    public void emit(DerivedEvent event) {
        if (event.type == DerivedEvent.GROK_UPDATE) {
            add(new GrokEntry(event.askedBy, (byte) event.code, event.origin, event.timeNanos, event.text()));
        }
    }

    public synchronized void add(GrokEntry entry) {
        if (entry.kind() == GrokKind.BRIEFING && (briefing == null || entry.askedBy() >= briefing.askedBy())) {
            briefing = entry;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).askedBy() == entry.askedBy()) {
                entries.set(i, entry);
                return;
            }
        }
        entries.add(0, entry);
        if (entries.size() > CAPACITY) {
            entries.remove(CAPACITY);
        }
    }

    /** The latest morning briefing: Grok's answer once it replaced the engine's local one for that moment. */
    public synchronized Optional<GrokEntry> latestBriefing() {
        return Optional.ofNullable(briefing);
    }

    /** Newest first. */
    public synchronized List<GrokEntry> entries() {
        return List.copyOf(entries);
    }
}
