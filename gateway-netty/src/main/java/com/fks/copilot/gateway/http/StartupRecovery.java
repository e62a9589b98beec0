package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How this process started: whether the last one had stopped cleanly (state opened as it was) or died
 * (maps recovered), and how many journaled events it re-applied in how long before it took new ones. When a crash
 * had left the state torn, {@code snapshot_day} names the trading day whose end-of-day snapshot it was restored from
 * and {@code snapshot_index} the journal index that snapshot reflects (the replay starts after it); both are
 * null / -1 when no snapshot was used.
 */
public record StartupRecovery(@JsonProperty("after_crash") boolean afterCrash,
                              @JsonProperty("events_replayed") long eventsReplayed,
                              @JsonProperty("duration_ms") long durationMillis,
                              @JsonProperty("snapshot_day") String snapshotDay,
                              @JsonProperty("snapshot_index") long snapshotIndex) {
    /** For servers without an engine of their own (tests of the routes alone). */
    public static final StartupRecovery NONE = new StartupRecovery(false, 0, 0, null, -1);

    /** True when the state was restored from an end-of-day snapshot. */
    public boolean fromSnapshot() {
        return snapshotDay != null;
    }
}
