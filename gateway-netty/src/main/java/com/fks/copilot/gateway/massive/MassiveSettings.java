package com.fks.copilot.gateway.massive;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Massive's REST API and how politely.
 *
 * @param restUrl           base URL, {@code https://api.massive.com} unless a proxy or a test server stands in
 * @param apiKey            sent as {@code Authorization: Bearer}, never in a URL (so it never reaches a log)
 * @param requestsPerMinute spacing of requests (the free tier allows 5); 0 = no spacing
 * @param maxAttempts       tries per request when Massive answers 429 or 5xx, or the connection fails
 * @param firstBackoff      wait after the first failed try; doubles per try up to {@code maxBackoff}
 */
public record MassiveSettings(URI restUrl, String apiKey, int requestsPerMinute, int maxAttempts,
                              Duration firstBackoff, Duration maxBackoff) {
    public static final URI DEFAULT_REST_URL = URI.create("https://api.massive.com");

    public MassiveSettings {
        Objects.requireNonNull(restUrl, "restUrl");
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("MASSIVE_API_KEY is not set");
        }
        if (requestsPerMinute < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("requestsPerMinute must be ≥ 0 and maxAttempts ≥ 1");
        }
    }

    /** Defaults for the paid plans: no spacing, 6 tries, backoff from 1 s up to 60 s. */
    public static MassiveSettings of(URI restUrl, String apiKey, int requestsPerMinute) {
        return new MassiveSettings(restUrl, apiKey, requestsPerMinute, 6, Duration.ofSeconds(1), Duration.ofSeconds(60));
    }
}
