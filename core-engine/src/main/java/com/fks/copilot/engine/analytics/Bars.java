package com.fks.copilot.engine.analytics;

import java.util.Objects;

/**
 * A read-only view of OHLCV bars held in parallel primitive arrays, oldest first. Prices are in
 * points (never scaled by a contract multiplier), volume in contracts; bar start times, when
 * present, are epoch seconds or epoch nanos (the factory says which) and read back as epoch nanos.
 *
 * <p>The view does not copy: the caller owns the arrays and must not change the first
 * {@link #count()} entries while an analysis reads them. Reading allocates nothing.
 */
public final class Bars {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final long[] startTimes;
    private final long nanosPerTimeUnit;
    /** Fixed for views made by the factories; moved only by the {@link Buffer} that owns a view. */
    private int count;

    private Bars(int count, double[] open, double[] high, double[] low, double[] close, double[] volume,
                 long[] startTimes, long nanosPerTimeUnit) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + count);
        }
        this.open = requireLength("open", open, count);
        this.high = requireLength("high", high, count);
        this.low = requireLength("low", low, count);
        this.close = requireLength("close", close, count);
        this.volume = requireLength("volume", volume, count);
        if (startTimes != null && startTimes.length < count) {
            throw new IllegalArgumentException("startTimes holds " + startTimes.length + " < " + count + " bars");
        }
        this.startTimes = startTimes;
        this.nanosPerTimeUnit = nanosPerTimeUnit;
        this.count = count;
    }

    /** Bars without start times; the count is the length of {@code close}. */
    public static Bars of(double[] open, double[] high, double[] low, double[] close, double[] volume) {
        return new Bars(close.length, open, high, low, close, volume, null, 0);
    }

    /** The first {@code count} bars of the arrays, without start times. */
    public static Bars of(int count, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        return new Bars(count, open, high, low, close, volume, null, 0);
    }

    /** Bars whose start times are epoch seconds; the count is the length of {@code close}. */
    public static Bars withEpochSeconds(long[] startEpochSeconds, double[] open, double[] high, double[] low,
                                        double[] close, double[] volume) {
        return new Bars(close.length, open, high, low, close, volume,
                Objects.requireNonNull(startEpochSeconds, "startEpochSeconds"), NANOS_PER_SECOND);
    }

    /** Bars whose start times are epoch nanos; the count is the length of {@code close}. */
    public static Bars withEpochNanos(long[] startEpochNanos, double[] open, double[] high, double[] low,
                                      double[] close, double[] volume) {
        return new Bars(close.length, open, high, low, close, volume,
                Objects.requireNonNull(startEpochNanos, "startEpochNanos"), 1);
    }

    /**
     * Pre-allocated arrays with start times (epoch nanos), refilled in place by their one owner
     * thread and read through a single {@link #view()}: bar-close analyses without allocation.
     */
    public static final class Buffer {
        private final long[] start;
        private final double[] open;
        private final double[] high;
        private final double[] low;
        private final double[] close;
        private final double[] volume;
        private final Bars view;

        public Buffer(int capacity) {
            start = new long[capacity];
            open = new double[capacity];
            high = new double[capacity];
            low = new double[capacity];
            close = new double[capacity];
            volume = new double[capacity];
            view = new Bars(0, open, high, low, close, volume, start, 1);
        }

        public int capacity() {
            return close.length;
        }

        /** Writes bar {@code i}; call {@link #count} when the bars are in. */
        public void set(int i, long startEpochNanos, double o, double h, double l, double c, double v) {
            start[i] = startEpochNanos;
            open[i] = o;
            high[i] = h;
            low[i] = l;
            close[i] = c;
            volume[i] = v;
        }

        /** The view now holds the first {@code n} bars. */
        public Bars count(int n) {
            if (n < 0 || n > close.length) {
                throw new IllegalArgumentException("count " + n + " outside 0.." + close.length);
            }
            view.count = n;
            return view;
        }

        /** The one view of these arrays; its count is the last {@link #count(int)}. */
        public Bars view() {
            return view;
        }
    }

    /** Number of bars in the view. */
    public int count() {
        return count;
    }

    /** Index of the newest bar ({@code count() - 1}). */
    public int last() {
        return count - 1;
    }

    /** Opening price of bar {@code i}, in points. */
    public double open(int i) {
        return open[i];
    }

    /** High of bar {@code i}, in points. */
    public double high(int i) {
        return high[i];
    }

    /** Low of bar {@code i}, in points. */
    public double low(int i) {
        return low[i];
    }

    /** Closing price of bar {@code i}, in points. */
    public double close(int i) {
        return close[i];
    }

    /** Volume of bar {@code i}, in contracts. */
    public double volume(int i) {
        return volume[i];
    }

    /** Median price {@code (high + low) / 2} of bar {@code i}, in points. */
    public double hl2(int i) {
        return (high[i] + low[i]) / 2.0;
    }

    /** True when the bars carry start times. */
    public boolean hasStartTimes() {
        return startTimes != null;
    }

    /** Start of bar {@code i} in epoch nanos (UTC-based, zone-agnostic). */
    public long startEpochNanos(int i) {
        if (startTimes == null) {
            throw new IllegalStateException("these bars carry no start times");
        }
        return startTimes[i] * nanosPerTimeUnit;
    }

    /**
     * The closing prices array itself (not a copy), for building blocks that work on a price
     * series; only the first {@link #count()} entries are bars.
     */
    double[] closes() {
        return close;
    }

    private static double[] requireLength(String name, double[] values, int count) {
        Objects.requireNonNull(values, name);
        if (values.length < count) {
            throw new IllegalArgumentException(name + " holds " + values.length + " < " + count + " bars");
        }
        return values;
    }
}
