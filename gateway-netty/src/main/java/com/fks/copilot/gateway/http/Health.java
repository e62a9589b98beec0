package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fks.copilot.gateway.feed.FeedStatus;

/**
 * The {@code GET /health} answer.
 *
 * @param feedStatus the live Massive feed's connection and counters; absent on runs without it (demo, no key)
 * @param recovery   how this process started: after a clean stop or a crash, and the events it re-applied
 * @param journal    whether the input journal is being written (false on a full disk: inputs paused)
 */
public record Health(String status,
                     @JsonProperty("journal_index") long journalIndex,
                     @JsonProperty("events_processed") long eventsProcessed,
                     @JsonProperty("uptime_seconds") long uptimeSeconds,
                     @JsonProperty("session_mode") String sessionMode,
                     @JsonProperty("market_time") String marketTime,
                     @JsonProperty("sse_clients") int sseClients,
                     @JsonProperty("sse_dropped") long sseDropped,
                     @JsonProperty("ring_failures") long ringFailures,
                     String feed,
                     HistoryHealth history,
                     @JsonProperty("feed_status") @JsonInclude(JsonInclude.Include.NON_NULL) FeedStatus feedStatus,
                     StartupRecovery recovery,
                     JournalStatus journal,
                     @JsonProperty("data_dir") @JsonInclude(JsonInclude.Include.NON_NULL) DataDirStatus dataDir) {

    /** Without a recovery of its own (a server of routes alone, in tests). */
    public Health(String status, long journalIndex, long eventsProcessed, long uptimeSeconds, String sessionMode,
                  String marketTime, int sseClients, long sseDropped, long ringFailures, String feed, HistoryHealth history,
                  FeedStatus feedStatus) {
        this(status, journalIndex, eventsProcessed, uptimeSeconds, sessionMode, marketTime, sseClients, sseDropped,
                ringFailures, feed, history, feedStatus, StartupRecovery.NONE, JournalStatus.WRITING, null);
    }
}
