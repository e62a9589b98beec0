package com.fks.copilot.gateway.metrics;

import com.fks.copilot.engine.ring.JournalHealth;
import com.fks.copilot.engine.ring.LatencyBuckets;
import com.fks.copilot.engine.ring.RingStats;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.gateway.sse.SseHub;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.journal.drain.DrainLag;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Where the scrape-time families read from: the engine stage's counts, the ring, the dashboard
 * publisher's latencies, the SSE hub, the engine's maps, the journals, the drain and the feed.
 *
 * @param drainLag null when no history database is configured (then no drain or Postgres families)
 * @param journal  whether the input journal takes appends, and how many failed
 */
public record MetricSources(RingStats ring, LongSupplier ringCapacity, LongSupplier ringFailures, LatencyBuckets publishLatency, SseHub hub,
                            DashboardState state, RiskRules rules, LongSupplier inputIndex, LongSupplier outputIndex,
                            Supplier<List<DrainLag>> drainLag, Supplier<FeedReading> feed, JournalHealth journal) {
}
