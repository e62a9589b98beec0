package com.fks.copilot.gateway.metrics;

import com.fks.copilot.engine.ring.LatencyBuckets;
import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.Exemplars;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;

import java.util.List;

/**
 * A ring thread's {@link LatencyBuckets} as a Prometheus histogram, read at scrape time: the thread
 * that records never touches the Prometheus client.
 */
final class LatencyHistogram implements Collector {
    private final MetricMetadata metadata;
    private final LatencyBuckets buckets;
    private final double[] upperBounds;

    LatencyHistogram(String name, String help, LatencyBuckets buckets) {
        this.metadata = new MetricMetadata(name, help);
        this.buckets = buckets;
        double[] finite = LatencyBuckets.boundsSeconds();
        this.upperBounds = java.util.Arrays.copyOf(finite, finite.length + 1);
        this.upperBounds[finite.length] = Double.POSITIVE_INFINITY;
    }

    @Override
    public MetricSnapshot collect() {
        ClassicHistogramBuckets classic = ClassicHistogramBuckets.of(upperBounds, buckets.counts());
        return new HistogramSnapshot(metadata, List.of(new HistogramSnapshot.HistogramDataPointSnapshot(
                classic, buckets.sumSeconds(), Labels.EMPTY, Exemplars.EMPTY, 0L)));
    }

    @Override
    public String getPrometheusName() {
        return metadata.getPrometheusName();
    }
}
