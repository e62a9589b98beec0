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
 * @param allowedHosts   names answered to in {@code Host} besides the loopback names and the bind address
 */
public record EdgeSettings(int maxConnections, int idleSeconds, int requestSeconds, String apiKey,
                           RateLimitSettings rateLimits, java.util.List<String> allowedHosts) {

    public EdgeSettings {
        allowedHosts = java.util.List.copyOf(allowedHosts);
    }

    public static final int MAX_CONNECTIONS = 1_024;
    public static final int IDLE_SECONDS = 60;
    public static final int REQUEST_SECONDS = 10;

    /** The caps above, no API key, the default rate limits. */
    public static EdgeSettings defaults() {
        return new EdgeSettings(MAX_CONNECTIONS, IDLE_SECONDS, REQUEST_SECONDS, null, RateLimitSettings.defaults(), java.util.List.of());
    }

    public EdgeSettings withApiKey(String key) {
        return new EdgeSettings(maxConnections, idleSeconds, requestSeconds, key, rateLimits, allowedHosts);
    }

    public EdgeSettings withRateLimits(RateLimitSettings limits) {
        return new EdgeSettings(maxConnections, idleSeconds, requestSeconds, apiKey, limits, allowedHosts);
    }

    public EdgeSettings withConnections(int max, int idle, int request) {
        return new EdgeSettings(max, idle, request, apiKey, rateLimits, allowedHosts);
    }

    /** Also answer to these names (a LAN name, a hosts-file alias) in {@code Host}. */
    public EdgeSettings withAllowedHosts(java.util.List<String> names) {
        return new EdgeSettings(maxConnections, idleSeconds, requestSeconds, apiKey, rateLimits, names);
    }

    public boolean checksApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }
}
