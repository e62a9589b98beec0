package com.fks.copilot.gateway.http;

import java.util.Set;

/**
 * A request path as the route that serves it, for metric labels: the contract in {@code /api/chart/MGC} or
 * the trade id in {@code /trades/7/close} becomes its pattern segment ({@code {symbol}}, {@code {id}}), and a path no route serves is
 * {@code other}, so a scanner walking random URLs cannot grow the label set.
 */
public final class RouteNames {
    private static final Set<String> EXACT = Set.of("/", "/health", "/metrics", "/metrics/prometheus",
            "/api/focus", "/api/no-trade", "/api/orb/html", "/api/grok/html", "/api/grok/briefing", "/api/time",
            "/api/history/html", "/api/journal/html", "/api/alerts/html", "/api/positions/html", "/api/risk/html", "/api/tradelog/html",
            "/sse/dashboard", "/feed/status", "/backfill/status", "/positions/update", "/executions", "/risk/check",
            "/risk/status", "/risk/history", "/trades", "/audit/risk", "/audit/orb", "/audit/summary", "/backtest",
            "/api/backtest/latest", "/api/suggestions/html");

    private RouteNames() {
    }

    /** The routes without a pattern segment, for label values a monitor should see as 0 before the first request. */
    public static Set<String> exact() {
        return EXACT;
    }

    public static String of(String uri) {
        String path = pathOf(uri);
        if (EXACT.contains(path)) {
            return path;
        }
        if (path.startsWith("/api/chart/")) {
            return "/api/chart/{symbol}";
        }
        if (path.startsWith("/api/focus/")) {
            return "/api/focus/{symbol}";
        }
        if (path.startsWith("/backfill/gaps/")) {
            return "/backfill/gaps/{symbol}";
        }
        if (path.startsWith("/trades/") && path.endsWith("/close")) {
            return "/trades/{id}/close";
        }
        if (path.startsWith("/static/") || path.startsWith("/webjars/")) {
            return path.substring(0, path.indexOf('/', 1)) + "/{asset}";
        }
        return "other";
    }

    private static String pathOf(String uri) {
        int end = uri.length();
        int query = uri.indexOf('?');
        int fragment = uri.indexOf('#');
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        String path = uri.substring(0, end);
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
