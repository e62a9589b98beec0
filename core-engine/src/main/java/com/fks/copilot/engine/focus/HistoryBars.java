package com.fks.copilot.engine.focus;

import com.fks.copilot.engine.analytics.Bars;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.state.BarHistory;
import com.fks.copilot.engine.state.MinuteBar;

/**
 * Copies a {@link BarHistory} into the analytics' {@link Bars} view (points as double, oldest
 * first). Allocates the arrays: done on bar closes and schedules, never per tick.
 */
public final class HistoryBars {
    private HistoryBars() {
    }

    /** The held bars whose start is at or after {@code fromNanos} (0 for all). */
    public static Bars of(BarHistory history, long fromNanos) {
        int held = history.held();
        int first = 0;
        while (first < held && history.oldestFirst(first).startNanos < fromNanos) {
            first++;
        }
        int n = held - first;
        long[] start = new long[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            MinuteBar bar = history.oldestFirst(first + i);
            start[i] = bar.startNanos;
            open[i] = Prices.toPoints(bar.open);
            high[i] = Prices.toPoints(bar.high);
            low[i] = Prices.toPoints(bar.low);
            close[i] = Prices.toPoints(bar.close);
            volume[i] = bar.volume;
        }
        return Bars.withEpochNanos(start, open, high, low, close, volume);
    }
}
