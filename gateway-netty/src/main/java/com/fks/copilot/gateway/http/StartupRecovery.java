package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How this process started: whether the last one had stopped cleanly (state opened as it was) or died
 * (maps recovered), and how many journaled events it re-applied in how long before it took new ones.
 */
public record StartupRecovery(@JsonProperty("after_crash") boolean afterCrash,
                              @JsonProperty("events_replayed") long eventsReplayed,
                              @JsonProperty("duration_ms") long durationMillis) {
    /** For servers without an engine of their own (tests of the routes alone). */
    public static final StartupRecovery NONE = new StartupRecovery(false, 0, 0);
}
