package com.fks.copilot.gateway.views;

import com.fks.copilot.gateway.feed.FeedStatus;

import java.util.Locale;

/**
 * The market-data state in the dashboard header: "live · real-time · 0.4 s", "reconnecting ·
 * delayed", "auth failed · real-time", or the name of a feed that is not live ("demo").
 *
 * @param state    machine-readable state for tests and styling ({@code live}, {@code demo}, ...)
 * @param cssClass {@code feed-up} while trades can flow, {@code feed-down} otherwise
 */
public record FeedBadge(String text, String state, String cssClass, String title) {

    /** The badge of a run: its live feed's status, or, without one, the feed's name. */
    public static FeedBadge of(FeedStatus status, String feedName) {
        if (status == null) {
            return new FeedBadge(feedName, feedName.split(" ")[0], "feed-other", "market data: " + feedName);
        }
        String age = status.lastMessageAgeMillis() == null ? ""
                : String.format(Locale.ROOT, " · %.1f s", status.lastMessageAgeMillis() / 1000.0);
        boolean up = status.authenticated();
        String title = "reconnects " + status.reconnects() + ", trades " + status.trades() + ", duplicates dropped "
                + status.duplicatesDropped() + ", gap bars " + status.gapBars()
                + (status.lastError() == null ? "" : ", last error: " + status.lastError());
        return new FeedBadge(status.headline() + age, status.state().replace(' ', '-'), up ? "feed-up" : "feed-down", title);
    }
}
