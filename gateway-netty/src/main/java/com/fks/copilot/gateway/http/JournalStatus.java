package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fks.copilot.engine.ring.JournalHealth;

import java.time.Instant;

/**
 * The input journal as {@code /health} shows it. While {@code writing} is false (a full disk) the feed is
 * paused and mutations are answered 503; it comes back by itself once the disk has room.
 *
 * @param failingSince   when the current failure began; null while writing
 * @param lastError      what the last failed append threw, kept after recovery; null if none ever failed
 * @param failedAppends  appends that failed since start
 * @param refusedInputs  inputs not journaled since start (failed appends and mutations refused at the edge)
 * @param derivedLost    derived events (alerts, risk decisions) the output journal could not take since start;
 *                       their inputs are journaled, so a replay of the day derives them again
 */
public record JournalStatus(boolean writing,
                            @JsonProperty("failing_since") String failingSince,
                            @JsonProperty("last_error") String lastError,
                            @JsonProperty("failed_appends") long failedAppends,
                            @JsonProperty("refused_inputs") long refusedInputs,
                            @JsonProperty("derived_not_journaled") long derivedLost) {

    public static final JournalStatus WRITING = new JournalStatus(true, null, null, 0, 0, 0);

    public static JournalStatus of(JournalHealth health) {
        long since = health.failingSinceMillis();
        return new JournalStatus(!health.failing(), since == 0 ? null : Instant.ofEpochMilli(since).toString(),
                health.lastError(), health.failures(), health.refused(), health.derivedLost());
    }
}
