package com.fks.copilot.gateway.feed;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A snapshot of the live feed, for {@code /health} and the dashboard header.
 *
 * @param lastMessageAgeMillis wall milliseconds since the last frame; null before the first
 * @param duplicatesDropped    trades whose {@code q} was not above the last one published for the ticker
 * @param gapBars              missed minutes published from REST aggregates after reconnects
 */
public record FeedStatus(String plan, String state, boolean connected, boolean authenticated,
                         @JsonProperty("last_message_age_ms") Long lastMessageAgeMillis,
                         long reconnects, long trades,
                         @JsonProperty("duplicates_dropped") long duplicatesDropped,
                         @JsonProperty("unknown_symbols") long unknownSymbols,
                         @JsonProperty("malformed_frames") long malformedFrames,
                         @JsonProperty("gap_fills") long gapFills,
                         @JsonProperty("gap_bars") long gapBars,
                         @JsonProperty("last_error") String lastError,
                         List<Contract> contracts) {

    /** One route of the front-month mapping. */
    public record Contract(String symbol, @JsonProperty("data_symbol") String dataSymbol,
                           @JsonProperty("roll_date") String rollDate) {
    }

    /** The header's words: "live · real-time", "reconnecting · delayed", ... */
    public String headline() {
        return state + " · " + plan;
    }
}
