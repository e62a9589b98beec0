package com.fks.copilot.gateway.grok;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The full morning briefing ({@code GET /api/grok/briefing}): Grok's latest one as the app received
 * it, or the engine's detailed local one ({@code MorningBriefing}) made from its state now.
 *
 * @param source     {@code grok} or {@code local}
 * @param sourceNote how the panel names it: "Grok", "local (no xAI key)", "local (xAI timeout)"…
 * @param time       the event time it speaks for, "05:00:00 ET"
 */
public record GrokBriefing(String source, @JsonProperty("source_note") String sourceNote, String time, String text) {
    public static final String GROK = "grok";
    public static final String LOCAL = "local";

    @JsonIgnore
    public boolean local() {
        return LOCAL.equals(source);
    }
}
