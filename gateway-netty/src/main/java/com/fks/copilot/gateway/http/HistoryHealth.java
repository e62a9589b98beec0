package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fks.copilot.gateway.views.HistoryStatus;
import com.fks.copilot.journal.drain.DrainLag;

import java.util.List;
import java.util.Locale;

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

    /** The header's one-line status of the drain. */
    public HistoryStatus headerStatus() {
        if (!enabled) {
            return new HistoryStatus("off", "off", "no history database configured (--db-url)");
        }
        long waiting = 0;
        double seconds = 0;
        String error = null;
        boolean connected = true;
        for (Drain drain : drains) {
            waiting += drain.lagEvents();
            seconds = Math.max(seconds, drain.lagSeconds());
            connected &= drain.connected();
            error = error != null ? error : drain.lastError();
        }
        if (!connected) {
            return new HistoryStatus("down", String.format(Locale.ROOT, "⚠ Postgres unreachable, %,d events waiting", waiting),
                    error == null ? database : error);
        }
        if (waiting > 0) {
            return new HistoryStatus("behind", String.format(Locale.ROOT, "⏳ %,d events behind (%.0f s)", waiting, seconds),
                    database);
        }
        return new HistoryStatus("ok", "✓ in sync", database);
    }
}
