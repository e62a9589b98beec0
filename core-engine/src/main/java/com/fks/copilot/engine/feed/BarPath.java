package com.fks.copilot.engine.feed;

/**
 * A stored 1-minute bar as the trades it stands for, the usual OHLC path: the open at :00, the extreme nearer the open
 * at :15 (the low first on a bar that closed at or above its open), the other extreme at :30, the close at :45 with
 * the bar's volume. The engine builds the same bar back from them. The live feed's gap fill and the backtest's tape
 * play bars this way, so the two cannot drift apart.
 */
public final class BarPath {
    /** Where in its minute each of the four trades falls. */
    public static final long[] OFFSET_NANOS = {0, 15_000_000_000L, 30_000_000_000L, 45_000_000_000L};

    /** Receives a bar's trades in order; {@code quantity} 0 on all but the close. */
    public interface Trades {
        void trade(long price, long quantity, long timeNanos);
    }

    private BarPath() {
    }

    /** Plays the bar starting at {@code startNanos} (prices fixed-point) into {@code out}. */
    public static void play(long startNanos, long open, long high, long low, long close, long volume, Trades out) {
        boolean up = close >= open;
        out.trade(open, 0, startNanos + OFFSET_NANOS[0]);
        out.trade(up ? low : high, 0, startNanos + OFFSET_NANOS[1]);
        out.trade(up ? high : low, 0, startNanos + OFFSET_NANOS[2]);
        out.trade(close, volume, startNanos + OFFSET_NANOS[3]);
    }

    /** When the last of a bar's trades falls. */
    public static long lastTradeNanos(long startNanos) {
        return startNanos + OFFSET_NANOS[OFFSET_NANOS.length - 1];
    }
}
