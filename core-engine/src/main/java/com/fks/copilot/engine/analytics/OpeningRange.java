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
 * <p>Pure; allocates only the result. The {@link EasternTime} is the caller's (not thread-safe).
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
        int n = oneMinuteBars.count();
        if (n == 0) {
            return new OrbResult(OrbStatus.TOO_FEW_BARS, 0, 0, 0, false, 0, 0, 0, null);
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
            return new OrbResult(OrbStatus.TOO_FEW_BARS, 0, 0, 0, complete, 0, 0, 0, null);
        }
        if (count < MIN_BARS) {
            return new OrbResult(OrbStatus.TOO_FEW_BARS, high, low, count, complete, 0, 0, 0, null);
        }
        if (high <= 0 || low <= 0 || high <= low) {
            return new OrbResult(OrbStatus.INVALID_RANGE, high, low, count, complete, 0, 0, 0, null);
        }
        double atr = AverageTrueRange.meanOfLastTrueRanges(oneMinuteBars, AverageTrueRange.PERIOD);
        if (atr <= 0) {
            return new OrbResult(OrbStatus.ZERO_ATR, high, low, count, complete, atr, 0, 0, null);
        }
        double longTrigger = high + atr * TRIGGER_ATRS;
        double shortTrigger = low - atr * TRIGGER_ATRS;
        if (!complete) {
            return new OrbResult(OrbStatus.FORMING, high, low, count, false, atr, longTrigger, shortTrigger, null);
        }
        OrbBreakout breakout = firstBreakout(oneMinuteBars, eastern, day, high, low, longTrigger, shortTrigger);
        return new OrbResult(breakout == null ? OrbStatus.WAITING : OrbStatus.BREAKOUT, high, low, count, true, atr,
                longTrigger, shortTrigger, breakout);
    }

    private static OrbBreakout firstBreakout(Bars bars, EasternTime eastern, long day, double orHigh, double orLow,
                                             double longTrigger, double shortTrigger) {
        for (int i = 0; i < bars.count(); i++) {
            long start = bars.startEpochNanos(i);
            if (eastern.epochDay(start) != day || eastern.minuteOfDay(start) < CLOSE_MINUTE) {
                continue;
            }
            double close = bars.close(i);
            if (close > longTrigger) {
                return new OrbBreakout(TradeBias.LONG, close, longTrigger, orHigh, orLow, start);
            }
            if (close < shortTrigger) {
                return new OrbBreakout(TradeBias.SHORT, close, shortTrigger, orHigh, orLow, start);
            }
        }
        return null;
    }
}
