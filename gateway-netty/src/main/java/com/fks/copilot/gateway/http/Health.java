package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fks.copilot.gateway.feed.FeedStatus;

/**
 * The {@code GET /health} answer.
 *
 * @param feedStatus the live Massive feed's connection and counters; absent on runs without it (demo, no key)
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
                     @JsonProperty("feed_status") @JsonInclude(JsonInclude.Include.NON_NULL) FeedStatus feedStatus) {
}
