package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.feed.FeedSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.net.URI;
import java.time.Duration;

/** How the live feed connects and which contracts feed which micro: options of 'run' and 'feed'. */
final class FeedOptions {
    @Option(names = "--ws-url", defaultValue = "${env:MASSIVE_WS_URL:-wss://socket.massive.com/futures}",
            description = "Massive futures WebSocket (default: $MASSIVE_WS_URL or ${DEFAULT-VALUE}; "
                    + "wss://delayed.massive.com/futures on a delayed plan).")
    URI webSocketUrl;

    @CommandLine.Mixin
    FrontMonthOptions frontMonths = new FrontMonthOptions();

    @Option(names = "--clock-delay-minutes", defaultValue = "${env:FEED_CLOCK_DELAY_MINUTES:-auto}",
            description = "Run session time this many minutes behind the wall clock, with a delayed plan's trades "
                    + "(default: $FEED_CLOCK_DELAY_MINUTES or auto = 10 on the delayed cluster, else 0).")
    String clockDelayMinutes;

    @Option(names = "--warm-up-days", defaultValue = "${env:FEED_WARM_UP_DAYS:-7}",
            description = "Without a database: days of 1-minute bars fetched from the REST aggregates for a contract with "
                    + "nothing journaled, before its first live trade (default: $FEED_WARM_UP_DAYS or ${DEFAULT-VALUE}; 0 = none).")
    int warmUpDays;

    FeedSettings settings(String apiKey) {
        if (warmUpDays < 0 || warmUpDays > 30) {
            throw new IllegalArgumentException("--warm-up-days must be 0 to 30, got " + warmUpDays);
        }
        FeedSettings settings = FeedSettings.of(webSocketUrl, apiKey, frontMonths.dataRoots(), frontMonths.rollDays)
                .withWarmUp(Duration.ofDays(warmUpDays));
        if (clockDelayMinutes == null || clockDelayMinutes.isBlank() || clockDelayMinutes.trim().equals("auto")) {
            return settings;
        }
        try {
            return settings.withClockDelay(Duration.ofMinutes(Long.parseLong(clockDelayMinutes.trim())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--clock-delay-minutes must be a whole number or auto, got '"
                    + clockDelayMinutes + "'");
        }
    }
}
