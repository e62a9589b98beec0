package com.fks.copilot.perf;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.feed.FeedSink;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;

/**
 * A deterministic tick stream for measurements: the six contracts in turn, each alternating
 * between two prices one tick apart (so every tick changes state), one contract per trade,
 * event time advancing a fixed step per tick and source sequences counting up from a first value.
 * {@link #next()} advances; the accessors describe the current tick. Allocation-free; one thread.
 */
public final class SyntheticTicks {
    private static final long DAY_NANOS = 86_400_000_000_000L;
    private static final double[] START_PRICE = {5212.3, 21450.0, 6055.0, 68.45, 31.520, 4.5120};

    private final long[] lowPrice = new long[Instruments.count()];
    private final long[] highPrice = new long[Instruments.count()];
    private final long stepNanos;
    private long windowNanos;
    private long windowStartNanos;
    private long timeNanos;
    private long sequence;
    private long count;
    private int instrument;
    private long price;

    /**
     * @param startNanos    event time of the first tick, epoch nanos
     * @param stepNanos     event time between consecutive ticks, nanos
     * @param firstSequence source sequence of the first tick
     */
    public SyntheticTicks(long startNanos, long stepNanos, long firstSequence) {
        for (int i = 0; i < Instruments.count(); i++) {
            lowPrice[i] = Prices.toFixed(START_PRICE[i]);
            highPrice[i] = lowPrice[i] + Instruments.byIndex(i).tickFixed();
        }
        this.stepNanos = stepNanos;
        this.timeNanos = startNanos - stepNanos;
        this.sequence = firstSequence - 1;
    }

    /**
     * Keeps event time inside the same window of every day: after {@code window} of event time it
     * jumps to the next day's start (e.g. the 09:30–11:00 ET ORB window, day after day).
     */
    public SyntheticTicks withinDailyWindow(long window) {
        this.windowNanos = window;
        this.windowStartNanos = timeNanos + stepNanos;
        return this;
    }

    public void next() {
        int instruments = lowPrice.length;
        instrument = (int) (count % instruments);
        price = ((count / instruments) & 1) == 0 ? lowPrice[instrument] : highPrice[instrument];
        timeNanos += stepNanos;
        if (windowNanos > 0 && timeNanos - windowStartNanos >= windowNanos) {
            windowStartNanos += DAY_NANOS;
            timeNanos = windowStartNanos;
        }
        sequence++;
        count++;
    }

    /** Fills a ring slot with the current tick, as a producer does (journal index left unset). */
    public void fill(EngineEvent event) {
        event.setTick(instrument, price, 1, timeNanos, sequence);
    }

    public void publishTo(FeedSink sink) {
        sink.tick(instrument, price, 1, timeNanos, sequence);
    }

    public int instrument() {
        return instrument;
    }

    /** Fixed-point points. */
    public long price() {
        return price;
    }

    /** Event (exchange) time, epoch nanos. */
    public long timeNanos() {
        return timeNanos;
    }

    public long sequence() {
        return sequence;
    }
}
