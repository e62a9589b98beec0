package com.fks.copilot.gateway.http;

import io.netty.handler.codec.http.HttpMethod;

/**
 * Which per-client rate limit a request counts against, told from its method and path alone. The
 * dashboard page, its files and the fragments it polls are a kind of their own, so that API clients'
 * tight limits never throttle the trader's screen; the NinjaTrader bridge's pushes (positions, executions) are one
 * too, with a limit that fits their cadence. Classifying allocates nothing (it runs on every request).
 */
public enum RequestKind {
    /** {@code GET /health} and the monitoring scrape ({@code /metrics}, {@code /metrics/prometheus}): a scraper every 5 s fits. */
    HEALTH("health checks"),
    /** The page, {@code /static/…}, webjars, the fragments and charts it fetches (the co-pilot's full briefing too), its stream; the backtest page. */
    DASHBOARD("dashboard requests"),
    /** Any other read (GET, HEAD, anything that is not a mutation). */
    API_READ("API reads"),
    /** POST, PUT, PATCH or DELETE, unless one of the two below. */
    MUTATION("mutations"),
    /** {@code POST /positions/update} and {@code POST /executions} from the NinjaTrader bridge. */
    BRIDGE_PUSH("bridge pushes"),
    /** A mutation whose path names a backfill, an analysis, a backtest or a refresh. */
    HEAVY_ACTION("heavy actions");

    /** {@code values().length} without the copy {@code values()} makes. */
    static final int COUNT = 6;
    private static final String[] HEAVY_WORDS = {"backfill", "analyze", "backtest", "refresh"};

    /** How a refusal names the kind: "at most 20 mutations a minute". */
    final String label;

    RequestKind(String label) {
        this.label = label;
    }

    /** The kind of a request for {@code uri} (path and query, as on the request line). */
    public static RequestKind of(HttpMethod method, String uri) {
        int end = uri.indexOf('?');
        end = end < 0 ? uri.length() : end;
        if (CrossSiteGuard.changesState(method)) {
            if (isPath(uri, end, "/positions/update") || isPath(uri, end, "/executions")) {
                return BRIDGE_PUSH;
            }
            return namesHeavyWork(uri, end) ? HEAVY_ACTION : MUTATION;
        }
        if (isPath(uri, end, "/health") || isPath(uri, end, "/metrics") || isPath(uri, end, "/metrics/prometheus")) {
            return HEALTH;
        }
        return isDashboard(uri, end) ? DASHBOARD : API_READ;
    }

    /**
     * What {@code static/dashboard.jte} and its scripts request: the page, its files, fragments, charts, stream,
     * and the full briefing the co-pilot panel's toggle fetches (a script on this machine polling an API read
     * must not use up the trader's reads); the backtest page and the run its charts are drawn from.
     */
    private static boolean isDashboard(String uri, int end) {
        return isPath(uri, end, "/") || isUnder(uri, end, "/static/") || isUnder(uri, end, "/webjars/")
                || isUnder(uri, end, "/api/chart/") || isPath(uri, end, "/sse/dashboard") || isPath(uri, end, "/feed/status")
                || isPath(uri, end, "/api/time") || isPath(uri, end, "/api/grok/briefing") || isFragment(uri, end)
                || isPath(uri, end, "/backtest") || isPath(uri, end, "/api/backtest/latest");
    }

    /** {@code /api/<panel>/html}: a panel htmx fetches or polls. */
    private static boolean isFragment(String uri, int end) {
        return end > "/api//html".length() && uri.startsWith("/api/") && uri.startsWith("/html", end - "/html".length());
    }

    private static boolean namesHeavyWork(String uri, int end) {
        for (String word : HEAVY_WORDS) {
            for (int at = 0; at + word.length() <= end; at++) {
                if (uri.regionMatches(true, at, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPath(String uri, int end, String path) {
        return end == path.length() && uri.startsWith(path);
    }

    private static boolean isUnder(String uri, int end, String prefix) {
        return end > prefix.length() && uri.startsWith(prefix);
    }
}
