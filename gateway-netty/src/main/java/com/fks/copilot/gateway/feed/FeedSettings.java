package com.fks.copilot.gateway.feed;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the live feed connects and what it subscribes.
 *
 * @param webSocketUrl {@link #REAL_TIME} unless MASSIVE_WS_URL says otherwise ({@link #DELAYED} on the cheaper plans)
 * @param apiKey       sent once per connection in the auth message
 * @param minuteBars   subscribe {@code AM} bars too (shown in the feed status and the {@code feed} check)
 * @param dataRoots    traded root → data root, e.g. {@code MHG → HG}
 * @param rollDays     calendar days before expiry that the next contract becomes the front month
 * @param firstBackoff wait before the first reconnect; doubles per failed try up to {@code maxBackoff}, with jitter
 * @param clockDelay   how far the run's CLOCK events lag the wall clock, to run with a delayed plan's trades ({@link ClockShift})
 */
public record FeedSettings(URI webSocketUrl, String apiKey, boolean minuteBars, Map<String, String> dataRoots,
                           int rollDays, Duration firstBackoff, Duration maxBackoff, Duration clockDelay, Duration warmUp) {
    public static final URI REAL_TIME = URI.create("wss://socket.massive.com/futures");
    public static final URI DELAYED = URI.create("wss://delayed.massive.com/futures");
    public static final int DEFAULT_ROLL_DAYS = 8;
    /** Massive's delayed futures plans (Starter, Developer) are 10 minutes behind. */
    public static final Duration DELAYED_PLAN_DELAY = Duration.ofMinutes(10);
    /** A week of 1-minute bars: five Globex sessions even across a weekend, what the plan's 5-minute window holds. */
    public static final Duration DEFAULT_WARM_UP = Duration.ofDays(7);

    public FeedSettings {
        Objects.requireNonNull(webSocketUrl, "webSocketUrl");
        String scheme = webSocketUrl.getScheme();
        if (!"ws".equals(scheme) && !"wss".equals(scheme)) {
            throw new IllegalArgumentException("MASSIVE_WS_URL must be ws:// or wss://, got " + webSocketUrl);
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("MASSIVE_API_KEY is not set");
        }
        dataRoots = Map.copyOf(dataRoots);
        if (firstBackoff.isNegative() || firstBackoff.isZero() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoff must start above zero and not exceed its cap");
        }
        if (warmUp.isNegative()) {
            throw new IllegalArgumentException("warm-up must not be negative, got " + warmUp);
        }
        if (clockDelay.isNegative()) {
            throw new IllegalArgumentException("clock delay must not be negative, got " + clockDelay);
        }
    }

    /**
     * Defaults: trades and minute bars, reconnect after 1 s doubling to 30 s, the clock delayed by
     * {@link #DELAYED_PLAN_DELAY} on the delayed cluster, not at all on the real-time one, and a
     * {@link #DEFAULT_WARM_UP} of history for a contract with nothing to resume from.
     */
    public static FeedSettings of(URI webSocketUrl, String apiKey, Map<String, String> dataRoots, int rollDays) {
        return new FeedSettings(webSocketUrl, apiKey, true, dataRoots, rollDays, Duration.ofSeconds(1), Duration.ofSeconds(30),
                isDelayedCluster(webSocketUrl) ? DELAYED_PLAN_DELAY : Duration.ZERO, DEFAULT_WARM_UP);
    }

    public FeedSettings withBackoff(Duration first, Duration max) {
        return new FeedSettings(webSocketUrl, apiKey, minuteBars, dataRoots, rollDays, first, max, clockDelay, warmUp);
    }

    public FeedSettings withClockDelay(Duration delay) {
        return new FeedSettings(webSocketUrl, apiKey, minuteBars, dataRoots, rollDays, firstBackoff, maxBackoff, delay, warmUp);
    }

    /**
     * How much history a contract with nothing to resume from (no journal, no database) fetches from the REST
     * aggregates before its first live trade; zero = none (the app's choice when a database warms it up instead).
     */
    public FeedSettings withWarmUp(Duration history) {
        return new FeedSettings(webSocketUrl, apiKey, minuteBars, dataRoots, rollDays, firstBackoff, maxBackoff, clockDelay, history);
    }

    /** "delayed" on Massive's delayed cluster or with a clock delay, else "real-time" (the Advanced plan's). */
    public String plan() {
        return isDelayedCluster(webSocketUrl) || !clockDelay.isZero() ? "delayed" : "real-time";
    }

    private static boolean isDelayedCluster(URI url) {
        return url.getHost() != null && url.getHost().startsWith("delayed.");
    }
}
