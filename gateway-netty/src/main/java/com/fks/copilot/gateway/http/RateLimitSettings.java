package com.fks.copilot.gateway.http;

import java.net.InetAddress;
import java.util.Set;

/**
 * The per-client rate limits, each "so many a minute" for one {@link RequestKind}: a client may
 * spend them all at once, then gets one back every 60/N seconds (a bucket of N, refilled evenly).
 *
 * @param on             false = no request is counted
 * @param trustedProxies connections from these addresses are counted by their {@code X-Forwarded-For}
 *                       client instead of their own address
 */
public record RateLimitSettings(boolean on, int healthPerMinute, int dashboardPerMinute, int readsPerMinute,
                                int mutationsPerMinute, int bridgePerMinute, int heavyPerMinute,
                                Set<InetAddress> trustedProxies) {
    /** The seed's (TASK-703): health 60, API reads 30, mutations 20, heavy actions 5 a minute. */
    public static final int HEALTH = 60;
    public static final int READS = 30;
    public static final int MUTATIONS = 20;
    public static final int HEAVY = 5;
    /**
     * A dashboard tab polls 62 times a minute ({@code /feed/status} every 2 s, {@code /api/journal/html} every 3 s, {@code /api/history/html}
     * every 5 s) and a reload asks for ~20 things at once (page, files, panels, six charts, stream):
     * 600 leaves room for a dozen tabs, or a reload every few seconds, on top of the polls.
     */
    public static final int DASHBOARD = 600;
    /**
     * The bridge pushes a snapshot on every position change (from the strategy's and the account's
     * events, so two per fill) and a heartbeat every 5 s by default (1 s at its fastest): 120 a minute
     * is a push every 0.5 s sustained, with bursts of up to 120 when fills come in at once.
     */
    public static final int BRIDGE = 120;

    public RateLimitSettings {
        for (int perMinute : new int[] {healthPerMinute, dashboardPerMinute, readsPerMinute, mutationsPerMinute,
                bridgePerMinute, heavyPerMinute}) {
            if (perMinute < 1) {
                throw new IllegalArgumentException("a rate limit must be at least 1 a minute: " + perMinute);
            }
        }
        trustedProxies = Set.copyOf(trustedProxies);
    }

    /** The defaults above, no trusted proxy. */
    public static RateLimitSettings defaults() {
        return new RateLimitSettings(true, HEALTH, DASHBOARD, READS, MUTATIONS, BRIDGE, HEAVY, Set.of());
    }

    /** Nothing is counted. */
    public static RateLimitSettings off() {
        return defaults().withOn(false);
    }

    public RateLimitSettings withOn(boolean limited) {
        return new RateLimitSettings(limited, healthPerMinute, dashboardPerMinute, readsPerMinute, mutationsPerMinute,
                bridgePerMinute, heavyPerMinute, trustedProxies);
    }

    public RateLimitSettings withTrustedProxies(Set<InetAddress> proxies) {
        return new RateLimitSettings(on, healthPerMinute, dashboardPerMinute, readsPerMinute, mutationsPerMinute,
                bridgePerMinute, heavyPerMinute, proxies);
    }

    /** Requests of {@code kind} a client may make in a minute. */
    public int perMinute(RequestKind kind) {
        return switch (kind) {
            case HEALTH -> healthPerMinute;
            case DASHBOARD -> dashboardPerMinute;
            case API_READ -> readsPerMinute;
            case MUTATION -> mutationsPerMinute;
            case BRIDGE_PUSH -> bridgePerMinute;
            case HEAVY_ACTION -> heavyPerMinute;
        };
    }
}
