package com.fks.copilot.gateway.backfill;

import com.fks.copilot.engine.feed.FeedSink;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.journal.history.HistoricalBar;
import com.fks.copilot.journal.history.HistoricalBarStore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Warms the engine's bar histories (and so its indicators) from the stored 1-minute bars at start,
 * for contracts whose history is empty. The bars go into the ring as trades — open, high, low and
 * close a few milliseconds apart inside their minute, the volume on the close — so they are
 * journaled like any market data and a replay of the day warms up identically. Must run before the
 * live feed starts: the engine builds bars from trades in time order.
 */
public final class StoredBarsWarmup {
    /** The longest window: five days of 5-minute bars, built by the engine from these 1-minute bars. */
    public static final Duration LOOKBACK = Duration.ofDays(5);
    private static final long STEP_NANOS = 1_000_000;
    private static final BigDecimal SCALE = BigDecimal.valueOf(Prices.SCALE);

    private final HistoricalBarStore store;
    private final FeedSink ring;
    private final long[] lastTickNanos = new long[Instruments.count()];

    public StoredBarsWarmup(HistoricalBarStore store, FeedSink ring) {
        this.store = store;
        this.ring = ring;
    }

    /**
     * Publishes the stored bars of [now − lookback, now) of every contract {@code needsWarmup}
     * accepts; returns how many bars went in.
     */
    public int publish(Instant now, Duration lookback, IntPredicate needsWarmup) throws SQLException {
        int published = 0;
        for (Instrument instrument : Instruments.all()) {
            if (needsWarmup.test(instrument.index())) {
                List<HistoricalBar> bars = store.bars(instrument.symbol(), now.minus(lookback), now);
                for (HistoricalBar bar : bars) {
                    publish(instrument.index(), bar);
                }
                published += bars.size();
            }
        }
        return published;
    }

    private void publish(int instrument, HistoricalBar bar) {
        long start = bar.barTime().getEpochSecond() * 1_000_000_000L + bar.barTime().getNano();
        ring.tick(instrument, fixed(bar.open()), 0, start, 0);
        ring.tick(instrument, fixed(bar.high()), 0, start + STEP_NANOS, 0);
        ring.tick(instrument, fixed(bar.low()), 0, start + 2 * STEP_NANOS, 0);
        ring.tick(instrument, fixed(bar.close()), bar.volume(), start + 3 * STEP_NANOS, 0);
        lastTickNanos[instrument] = start + 3 * STEP_NANOS;
    }

    /** Exchange time of the last trade published per contract (0 = none): where a live feed's gap fill starts. */
    public long[] lastTickNanos() {
        return lastTickNanos.clone();
    }

    /** The quoted price as the engine's fixed point, exactly (never scaled by a contract size). */
    static long fixed(BigDecimal points) {
        return points.multiply(SCALE).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
