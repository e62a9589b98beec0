package com.fks.copilot.gateway.grok;

import java.util.List;

/**
 * The Grok panel: the latest summary with its time and source, older ones collapsed beneath it.
 *
 * @param pending true when nothing has been scheduled yet and {@code latest} was made just now, locally
 */
public record GrokPanel(GrokEntry latest, List<GrokEntry> older, boolean pending) {

    /** From the history; when it is empty, {@code now} (a local summary of the current state) stands in. */
    public static GrokPanel of(List<GrokEntry> newestFirst, java.util.function.Supplier<GrokEntry> now) {
        if (newestFirst.isEmpty()) {
            return new GrokPanel(now.get(), List.of(), true);
        }
        return new GrokPanel(newestFirst.get(0), newestFirst.subList(1, newestFirst.size()), false);
    }
}
