package com.fks.copilot.engine.analytics;

/**
 * One asset's line in the daily trading plan (FKS-RULES "Daily focus"). Prices are points of the
 * quoted price, never scaled by a contract multiplier.
 *
 * @param symbol        product root, e.g. {@code MGC}
 * @param bias          LONG, SHORT or NEUTRAL (no trade idea)
 * @param lastPrice     last close, points, 4 dp
 * @param plan          entry zone, stop and targets
 * @param size          micro contracts and dollar risk at the stop
 * @param waveRatio     wave ratio, 2 dp
 * @param quality       signal-quality score 0..1, 3 dp
 * @param qualityPct    signal quality in percent, 1 dp
 * @param volPercentile volatility percentile 0..1, 4 dp
 * @param atr           raw ATR(14) the levels came from, points, 6 dp
 * @param skip          quality below 0.55: not to be traded today
 * @param note          why to skip or beware ("" when nothing to say)
 */
public record FocusAsset(String symbol, TradeBias bias, double lastPrice, EntryPlan plan, PositionSize size,
                         double waveRatio, double quality, double qualityPct, double volPercentile, double atr,
                         boolean skip, String note) {

    public double entryLow() {
        return plan.entryLow();
    }

    public double entryHigh() {
        return plan.entryHigh();
    }

    public double stop() {
        return plan.stop();
    }

    public double tp1() {
        return plan.tp1();
    }

    public double tp2() {
        return plan.tp2();
    }

    /** Planned micro contracts. */
    public int positionSize() {
        return size.contracts();
    }

    /** Dollars at risk at the stop with {@link #positionSize()} contracts. */
    public double riskDollars() {
        return size.riskDollars();
    }
}
