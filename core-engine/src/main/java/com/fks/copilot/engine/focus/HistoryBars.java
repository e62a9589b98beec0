package com.fks.copilot.engine.focus;

import com.fks.copilot.engine.analytics.Bars;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.state.BarHistory;
import com.fks.copilot.engine.state.MinuteBar;

/**
 * Copies a {@link BarHistory} into the analytics' {@link Bars} view (points as double, oldest
 * first): into new arrays ({@link #of}, for schedules) or into a reused {@link Bars.Buffer}
 * ({@link #fill}, for bar closes, allocation-free).
 */
public final class HistoryBars {
    private HistoryBars() {
    }

    /** The held bars whose start is at or after {@code fromNanos} (0 for all), in {@code buffer}'s view. */
    public static Bars fill(BarHistory history, long fromNanos, Bars.Buffer buffer) {
        int first = firstFrom(history, fromNanos);
        int n = Math.min(history.held() - first, buffer.capacity());
        first = history.held() - n;
        for (int i = 0; i < n; i++) {
            MinuteBar bar = history.oldestFirst(first + i);
            buffer.set(i, bar.startNanos, Prices.toPoints(bar.open), Prices.toPoints(bar.high), Prices.toPoints(bar.low),
                    Prices.toPoints(bar.close), bar.volume);
        }
        return buffer.count(n);
    }

    private static int firstFrom(BarHistory history, long fromNanos) {
        int held = history.held();
        int first = 0;
        while (first < held && history.oldestFirst(first).startNanos < fromNanos) {
            first++;
        }
        return first;
    }

    /** The held bars whose start is at or after {@code fromNanos} (0 for all). */
    public static Bars of(BarHistory history, long fromNanos) {
        int first = firstFrom(history, fromNanos);
        int n = history.held() - first;
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
