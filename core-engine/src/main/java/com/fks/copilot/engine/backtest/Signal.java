package com.fks.copilot.engine.backtest;

/**
 * What the engine said during a backtest, in the order it said it: the output journal's events a simulated trader
 * acts on. Prices are fixed-point points ({@code Prices}), times epoch nanos.
 */
public sealed interface Signal permits Signal.BarClosed, Signal.OrbEvaluated, Signal.OrbBreakout, Signal.PlanLine,
        Signal.NoTradeChange {

    /** A 1-minute bar the engine closed: what fills are simulated on. */
    record BarClosed(int instrument, long startNanos, long open, long high, long low, long close) implements Signal {
        public long closeNanos() {
            return startNanos + com.fks.copilot.engine.state.MinuteBar.NANOS;
        }
    }

    /** The engine evaluated a contract's opening range now (at a bar close or on its 2-minute schedule). */
    record OrbEvaluated(int instrument, long timeNanos) implements Signal {
    }

    /** The day's first close beyond an ORB trigger ({@code side} +1 long, -1 short), with the ATR of its triggers. */
    record OrbBreakout(int instrument, long timeNanos, byte side, long price, long atr) implements Signal {
    }

    /** One contract's line in the daily plan as (re)computed: bias (+1, -1, 0), entry zone, stop, targets, size. */
    record PlanLine(int instrument, long timeNanos, byte bias, long entryLow, long entryHigh, long stop, long target1,
                    long target2, int contracts, double quality, boolean focusAsset) implements Signal {
    }

    /** The NO TRADE verdict changed: {@code mask} of {@code NoTradeReason} bits, 0 = trade as planned. */
    record NoTradeChange(long timeNanos, int mask) implements Signal {
    }
}
