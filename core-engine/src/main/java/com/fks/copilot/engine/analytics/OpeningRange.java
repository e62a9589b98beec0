package com.fks.copilot.engine.analytics;

import com.fks.copilot.engine.session.EasternTime;

/**
 * Opening-range breakout from one-minute bars (FKS-RULES "Opening range breakout"). The range is
 * the high and low of the bars starting 09:30 ≤ t &lt; 10:00 ET and needs at least 5 of them; the
 * triggers sit half an ATR outside it; the range is complete once a bar starts at or after
 * 10:00 ET; the first such bar whose close is beyond a trigger is the breakout.
 *
 * <p>Times are converted with the zone's daylight-saving rules (the original used a fixed −05:00
 * offset, an hour off all summer). Only the ET day of the newest bar counts: the original
 * filtered by clock time alone, so with several days of bars it merged their ranges and could
 * report yesterday's breakout. The ATR still uses all bars given, as the original's did.
 *
 * <p>Pure. The record-returning form allocates only the result; the {@link OrbEvaluation} form
 * allocates nothing. The {@link EasternTime} is the caller's (not thread-safe).
 */
public final class OpeningRange {
    /** Minute of the ET day the range opens: 09:30. */
    public static final int OPEN_MINUTE = 9 * 60 + 30;
    /** Minute of the ET day the range closes (exclusive): 10:00. */
    public static final int CLOSE_MINUTE = 10 * 60;
    /** One-minute bars the range needs. */
    public static final int MIN_BARS = 5;
    /** Triggers sit this many ATRs outside the range. */
    public static final double TRIGGER_ATRS = 0.5;

    private OpeningRange() {
    }

    /** Evaluates the range and breakout of {@code oneMinuteBars}, which must carry start times. */
    public static OrbResult evaluate(Bars oneMinuteBars, EasternTime eastern) {
        OrbEvaluation evaluation = new OrbEvaluation();
        evaluate(oneMinuteBars, eastern, evaluation);
        return evaluation.toResult();
    }

    /** The same evaluation written into {@code into}, allocating nothing: what the engine runs at bar closes. */
    public static void evaluate(Bars oneMinuteBars, EasternTime eastern, OrbEvaluation into) {
        evaluate(oneMinuteBars, eastern, into, TRIGGER_ATRS);
    }

    /** As above with the triggers {@code triggerAtrs} ATRs outside the range: the rule a walk-forward optimisation varies. */
    public static void evaluate(Bars oneMinuteBars, EasternTime eastern, OrbEvaluation into, double triggerAtrs) {
        int n = oneMinuteBars.count();
        if (n == 0) {
            into.set(OrbStatus.TOO_FEW_BARS, 0, 0, 0, false, 0, 0, 0);
            return;
        }
        long day = eastern.epochDay(oneMinuteBars.startEpochNanos(n - 1));
        double high = Double.NEGATIVE_INFINITY;
        double low = Double.POSITIVE_INFINITY;
        int count = 0;
        boolean complete = false;
        for (int i = 0; i < n; i++) {
            long start = oneMinuteBars.startEpochNanos(i);
            if (eastern.epochDay(start) != day) {
                continue;
            }
            int minute = eastern.minuteOfDay(start);
            if (minute >= OPEN_MINUTE && minute < CLOSE_MINUTE) {
                high = Math.max(high, oneMinuteBars.high(i));
                low = Math.min(low, oneMinuteBars.low(i));
                count++;
            } else if (minute >= CLOSE_MINUTE) {
                complete = true;
            }
        }
        if (count == 0) {
            into.set(OrbStatus.TOO_FEW_BARS, 0, 0, 0, complete, 0, 0, 0);
        } else if (count < MIN_BARS) {
            into.set(OrbStatus.TOO_FEW_BARS, high, low, count, complete, 0, 0, 0);
        } else if (high <= 0 || low <= 0 || high <= low) {
            into.set(OrbStatus.INVALID_RANGE, high, low, count, complete, 0, 0, 0);
        } else {
            withTriggers(oneMinuteBars, eastern, day, high, low, count, complete, triggerAtrs, into);
        }
    }

    private static void withTriggers(Bars bars, EasternTime eastern, long day, double high, double low, int count,
                                     boolean complete, double triggerAtrs, OrbEvaluation into) {
        double atr = AverageTrueRange.meanOfLastTrueRanges(bars, AverageTrueRange.PERIOD);
        if (atr <= 0) {
            into.set(OrbStatus.ZERO_ATR, high, low, count, complete, atr, 0, 0);
            return;
        }
        double longTrigger = high + atr * triggerAtrs;
        double shortTrigger = low - atr * triggerAtrs;
        if (!complete) {
            into.set(OrbStatus.FORMING, high, low, count, false, atr, longTrigger, shortTrigger);
            return;
        }
        into.set(OrbStatus.WAITING, high, low, count, true, atr, longTrigger, shortTrigger);
        firstBreakout(bars, eastern, day, into);
    }

    private static void firstBreakout(Bars bars, EasternTime eastern, long day, OrbEvaluation into) {
        for (int i = 0; i < bars.count(); i++) {
            long start = bars.startEpochNanos(i);
            if (eastern.epochDay(start) != day || eastern.minuteOfDay(start) < CLOSE_MINUTE) {
                continue;
            }
            double close = bars.close(i);
            if (close > into.longTrigger) {
                into.breakout(TradeBias.LONG, close, into.longTrigger, start);
                return;
            }
            if (close < into.shortTrigger) {
                into.breakout(TradeBias.SHORT, close, into.shortTrigger, start);
                return;
            }
        }
    }
}
