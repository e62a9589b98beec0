package com.fks.copilot.gateway.metrics;

import com.fks.copilot.gateway.http.HttpObserver;
import com.fks.copilot.gateway.http.RouteNames;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** The seed's HTTP families (TASK-704) and the rate limits' refusals, labelled by route pattern, never raw path. */
final class HttpMetrics implements HttpObserver {
    private static final double[] SECONDS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private final Counter requests;
    private final Histogram duration;
    private final Counter rateLimited;

    HttpMetrics(PrometheusRegistry registry) {
        requests = Counter.builder().name("http_requests_total").help("HTTP requests answered, by method, route and status")
                .labelNames("method", "route", "status").withoutExemplars().register(registry);
        duration = Histogram.builder().name("http_request_duration_seconds")
                .help("Time from a request's head read to its response written (to the head, for a stream)")
                .labelNames("method", "route").classicOnly().classicUpperBounds(SECONDS).withoutExemplars().register(registry);
        rateLimited = Counter.builder().name("rate_limited_total").help("Requests refused by the per-client rate limits (429)")
                .labelNames("route").withoutExemplars().register(registry);
        for (String route : RouteNames.exact()) {
            rateLimited.labelValues(route); // a refusal's series exists at 0 before it, so increase() sees the first
        }
    }

    @Override
    public void answered(String method, String route, int status, long nanos) {
        requests.labelValues(method, route, Integer.toString(status)).inc();
        duration.labelValues(method, route).observe(nanos / 1e9);
    }

    @Override
    public void rateLimited(String route) {
        rateLimited.labelValues(route).inc();
    }
}
