package com.fks.copilot.gateway.http;

/**
 * What the HTTP edge refuses before any route (README: Security).
 *
 * @param maxConnections connections open at once; one more is answered 503 and closed
 * @param idleSeconds    a connection with no byte either way this long is closed (an SSE stream's
 *                       heartbeats keep it, and it leaves the timer)
 * @param requestSeconds a request must arrive whole within this many seconds of its first byte (a
 *                       header trickled byte by byte is never idle)
 * @param apiKey         every mutation must carry it as {@code X-API-Key}; null or blank = no check
 * @param rateLimits     the per-client rate limits
 */
public record EdgeSettings(int maxConnections, int idleSeconds, int requestSeconds, String apiKey,
                           RateLimitSettings rateLimits) {
    public static final int MAX_CONNECTIONS = 1_024;
    public static final int IDLE_SECONDS = 60;
    public static final int REQUEST_SECONDS = 10;

    /** The caps above, no API key, the default rate limits. */
    public static EdgeSettings defaults() {
        return new EdgeSettings(MAX_CONNECTIONS, IDLE_SECONDS, REQUEST_SECONDS, null, RateLimitSettings.defaults());
    }

    public EdgeSettings withApiKey(String key) {
        return new EdgeSettings(maxConnections, idleSeconds, requestSeconds, key, rateLimits);
    }

    public EdgeSettings withRateLimits(RateLimitSettings limits) {
        return new EdgeSettings(maxConnections, idleSeconds, requestSeconds, apiKey, limits);
    }

    public EdgeSettings withConnections(int max, int idle, int request) {
        return new EdgeSettings(max, idle, request, apiKey, rateLimits);
    }

    boolean checksApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }
}
