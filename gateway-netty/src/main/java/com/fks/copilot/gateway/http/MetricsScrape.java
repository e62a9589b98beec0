package com.fks.copilot.gateway.http;

/** The monitoring scrape behind {@code GET /metrics}: the text the {@code Accept} header asks for. */
public interface MetricsScrape {
    /** No metrics on this server: the route answers 404. */
    MetricsScrape NONE = accept -> null;

    /** The exposition for {@code accept} (Prometheus text 0.0.4 unless OpenMetrics is asked for); null = none. */
    Scraped scrape(String accept);

    record Scraped(String contentType, byte[] body) {
    }
}
