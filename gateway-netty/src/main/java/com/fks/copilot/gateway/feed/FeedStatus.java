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
                         List<Contract> contracts,
                         @JsonProperty("warm_up") WarmUp warmUp) {

    /**
     * The history a run without a database or journal fetches from the REST aggregates before its contracts'
     * first live trades: {@code state} none (not needed), loading, done or failed (after its retries; the plan
     * then builds from live bars), per contract and in 1-minute bars.
     */
    public record WarmUp(String state, @JsonProperty("contracts_total") int contractsTotal,
                         @JsonProperty("contracts_done") int contractsDone, long bars,
                         @JsonProperty("last_error") String lastError) {
    }

    /** One route of the front-month mapping. */
    public record Contract(String symbol, @JsonProperty("data_symbol") String dataSymbol,
                           @JsonProperty("roll_date") String rollDate) {
    }

    /** The header's words: "live · real-time", "reconnecting · delayed", ... */
    public String headline() {
        String history = switch (warmUp.state()) {
            case "loading" -> " · loading history " + warmUp.contractsDone() + "/" + warmUp.contractsTotal();
            case "failed" -> " · history not loaded";
            default -> "";
        };
        return state + " · " + plan + history;
    }
}
