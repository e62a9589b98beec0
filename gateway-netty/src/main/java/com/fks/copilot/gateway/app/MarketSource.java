package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.feed.FeedSettings;
import com.fks.copilot.gateway.massive.MassiveSettings;

/** Where market inputs come from; chosen at start, one per run. */
public sealed interface MarketSource {

    /** The deterministic demo day, played at {@code speed} (1 = real time, 0 = as fast as possible). */
    record Demo(DemoPlan plan, double speed) implements MarketSource {
    }

    /**
     * A recorded journal played back from the input journal under {@code dataDir}, paced by its event time at
     * {@code speed} (1 = as it happened, 10, 60; 0 = as fast as possible), into a fresh data dir. With a
     * {@code day} (null = all of it) the journal's earlier days are played unpaced and not streamed, that day
     * paced, and nothing after it.
     */
    record Recorded(java.nio.file.Path dataDir, double speed, java.time.LocalDate day) implements MarketSource {
        public Recorded(java.nio.file.Path dataDir, double speed) {
            this(dataDir, speed, null);
        }
    }

    /** No market feed; the wall clock drives session time (live mode without MASSIVE_API_KEY). */
    record WallClockOnly() implements MarketSource {
    }

    /**
     * Massive.com's live feed (WebSocket, REST for front months and gap fill), with the wall clock for time.
     *
     * @param warmUpTrades synthetic trades the hot path runs on scratch state before the feed opens
     *                     ({@link HotPathWarmup}); 0 = none
     */
    record Massive(FeedSettings feed, MassiveSettings rest, int warmUpTrades) implements MarketSource {
        /** Without the warm-up (tests). */
        public Massive(FeedSettings feed, MassiveSettings rest) {
            this(feed, rest, 0);
        }
    }
}
