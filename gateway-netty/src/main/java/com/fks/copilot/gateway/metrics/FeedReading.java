package com.fks.copilot.gateway.metrics;

/**
 * The market source as monitoring sees it at one scrape.
 *
 * @param lastMessageAgeSeconds seconds since the source last delivered anything; NaN when unknown (before the first)
 */
public record FeedReading(boolean connected, long reconnects, long gapFillBars, double lastMessageAgeSeconds) {
    /** A run with no market source (wall clock only). */
    public static final FeedReading NONE = new FeedReading(false, 0, 0, Double.NaN);
}
