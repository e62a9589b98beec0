package com.fks.copilot.gateway.monitoring;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The metric-name extraction the dashboard and alert checks rely on, on the shapes they use. */
class PromQlNamesTest {
    @Test
    void takesMetricNamesAndLeavesFunctionsLabelsDurationsAndNumbers() {
        assertEquals(Set.of("http_request_duration_seconds_bucket"), PromQlNames.in(
                "histogram_quantile(0.99, sum by (le, route) (rate(http_request_duration_seconds_bucket{route=~\"/x.*\"}[$__rate_interval])))"));
        assertEquals(Set.of("feed_connected", "session_active"),
                PromQlNames.in("feed_connected == 0 and on(job, instance) session_active == 1"));
        assertEquals(Set.of("engine_last_refresh_epoch_seconds"), PromQlNames.in("time() - engine_last_refresh_epoch_seconds > 120"));
        assertEquals(Set.of("up"), PromQlNames.in("up{job=\"copilot\"} == 0"));
        assertEquals(Set.of("ring_events_total"), PromQlNames.in("sum without (type) (increase(ring_events_total[1h] offset 1d)) > 1e3"));
        assertEquals(Set.of("a", "b"), PromQlNames.in("a / ignoring(x) group_left(y) b"));
    }

    @Test
    void aHistogramsSeriesBelongToItsFamily() {
        assertEquals("engine_apply_duration_seconds", PromQlNames.family("engine_apply_duration_seconds_bucket"));
        assertEquals("jvm_gc_collection_seconds", PromQlNames.family("jvm_gc_collection_seconds_sum"));
        assertEquals("ring_events_total", PromQlNames.family("ring_events_total"));
    }
}
