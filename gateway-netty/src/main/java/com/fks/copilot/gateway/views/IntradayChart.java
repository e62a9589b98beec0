package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.state.BarHistory;

import java.util.Arrays;

/**
 * A card's intraday chart: the 1-minute closes of the current CME trading day (from 18:00 ET the
 * evening before), oldest first, as the engine closed them. The page draws it with uPlot and extends
 * it from the live price events; levels (opening range, entry zone, stop, targets) come from the card
 * and the ORB panel, so this answer never goes stale on a plan change.
 *
 * @param times  bar start, epoch seconds
 * @param closes closing price in points, as quoted
 */
public record IntradayChart(String symbol, int decimals, long[] times, double[] closes) {
    private static final int CME_DAY_START_MINUTE = 18 * 60;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    public static IntradayChart of(Instrument spec, BarHistory bars) {
        int held = bars == null ? 0 : bars.held();
        if (held == 0) {
            return new IntradayChart(spec.symbol(), spec.decimals(), new long[0], new double[0]);
        }
        long dayStart = tradingDayStart(bars.ago(0).startNanos);
        long[] times = new long[held];
        double[] closes = new double[held];
        int n = 0;
        for (int i = 0; i < held; i++) {
            var bar = bars.oldestFirst(i);
            if (bar.startNanos >= dayStart) {
                times[n] = bar.startNanos / NANOS_PER_SECOND;
                closes[n] = Prices.toPoints(bar.close);
                n++;
            }
        }
        return new IntradayChart(spec.symbol(), spec.decimals(), Arrays.copyOf(times, n), Arrays.copyOf(closes, n));
    }

    /** 18:00 ET of the evening the trading day containing {@code epochNanos} began. */
    static long tradingDayStart(long epochNanos) {
        EasternTime et = new EasternTime();
        long day = et.epochDay(epochNanos);
        return et.epochNanosOf(et.minuteOfDay(epochNanos) >= CME_DAY_START_MINUTE ? day : day - 1, CME_DAY_START_MINUTE);
    }
}
