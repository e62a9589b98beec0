package com.fks.copilot.gateway.monitoring;

import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.gateway.feed.FakeMassiveFeed;
import com.fks.copilot.gateway.feed.FeedSettings;
import com.fks.copilot.gateway.massive.FakeMassive;
import com.fks.copilot.gateway.massive.FuturesContract;
import com.fks.copilot.gateway.massive.MassiveSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The app on the live feed path (a fake Massive on loopback, as LiveFeedIT), after one trade: what /metrics
 * exposes only there (the last message's age; the demo has none to tell).
 */
final class MonitoredLiveFeed {
    private MonitoredLiveFeed() {
    }

    static String scrapeAfterOneTrade(Path dataDir) throws Exception {
        Instant now = Instant.now();
        try (FakeMassive rest = new FakeMassive(now.minusSeconds(3600), now.plusSeconds(3600), 500)
                .listing("MGC", new FuturesContract("MGCZ6", "MGC", null, LocalDate.now().plusDays(40)));
             FakeMassiveFeed socket = new FakeMassiveFeed(FakeMassiveFeed.KEY);
             CopilotApp app = CopilotApp.start(new AppSettings(dataDir, "127.0.0.1", 0, RingThreading.blocking(), 4096, 30,
                     new MarketSource.Massive(FeedSettings.of(socket.url(), FakeMassiveFeed.KEY, Map.of(), 8).withWarmUp(Duration.ZERO),
                             MassiveSettings.of(rest.url(), FakeMassive.KEY, 0))))) {
            MonitoredDemo.await(() -> socket.subscribedClients() == 1, "the app subscribed to the fake feed");
            socket.push("[" + FakeMassiveFeed.trade("MGCZ6", "4012.3", 1, System.currentTimeMillis(), 1) + "]");
            MonitoredDemo.await(() -> MonitoredDemo.scrape(app).contains("\nfeed_last_message_age_seconds "),
                    "the live feed reports its last message's age");
            return MonitoredDemo.scrape(app);
        }
    }
}
