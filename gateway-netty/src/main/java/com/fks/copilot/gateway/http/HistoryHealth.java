package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fks.copilot.journal.drain.DrainLag;

import java.util.List;

/** The Postgres drain as {@code /health} shows it: off, or each journal's lag in events and seconds. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryHealth(boolean enabled, String database, List<Drain> drains) {

    public record Drain(String journal, boolean connected,
                        @JsonProperty("lag_events") long lagEvents,
                        @JsonProperty("lag_seconds") double lagSeconds,
                        @JsonProperty("drained_events") long drainedEvents,
                        @JsonProperty("last_error") String lastError) {
    }

    public static HistoryHealth off() {
        return new HistoryHealth(false, null, null);
    }

    public static HistoryHealth of(String redactedUrl, List<DrainLag> lags) {
        return new HistoryHealth(true, redactedUrl, lags.stream().map(l -> new Drain(l.queue(), l.connected(),
                l.lagEvents(), Math.round(l.lagSeconds() * 10) / 10.0, l.drainedEvents(), l.lastError())).toList());
    }
}
