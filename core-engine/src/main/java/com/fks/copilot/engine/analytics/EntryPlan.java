package com.fks.copilot.engine.analytics;

/**
 * Entry zone, stop and targets for one asset, in points of the quoted price (never scaled by a
 * contract multiplier), each rounded to 4 dp (FKS-RULES "Daily focus").
 *
 * @param entryLow  bottom of the entry zone
 * @param entryHigh top of the entry zone
 * @param stop      protective stop
 * @param tp1       first target
 * @param tp2       second target
 */
public record EntryPlan(double entryLow, double entryHigh, double stop, double tp1, double tp2) {
    /** ATR used when the ATR is not positive: this fraction of the price (0.5%). */
    public static final double ATR_FALLBACK_FRACTION = 0.005;
    /** Wave ratio above which the entry zone is tighter (0.5·ATR instead of 0.75·ATR). */
    public static final double STRONG_WAVE_RATIO = 1.5;

    /**
     * The plan around {@code price}. With {@code w = waveRatio > 1.5 ? 0.5·atr : 0.75·atr}:
     * LONG: zone {@code [P − w, P + 0.3w]}, mid its middle, stop {@code mid − 1.5·atr},
     * TP1 {@code mid + 2·atr}, TP2 {@code mid + 3.5·atr}; SHORT mirrors; NEUTRAL (reference
     * levels only): zone {@code P ± atr}, stop {@code P − 2·atr}, TP1 {@code P + 2·atr},
     * TP2 {@code P + 3.5·atr}.
     *
     * @param price     last price, points
     * @param atr       raw ATR, points; not positive means 0.5% of the price
     * @param waveRatio wave ratio (2 dp)
     */
    public static EntryPlan of(double price, TradeBias bias, double atr, double waveRatio) {
        if (atr <= 0) {
            atr = price * ATR_FALLBACK_FRACTION;
        }
        double width = waveRatio > STRONG_WAVE_RATIO ? atr * 0.5 : atr * 0.75;
        return switch (bias) {
            case LONG -> {
                double low = price - width;
                double high = price + width * 0.3;
                double mid = (low + high) / 2;
                yield rounded(low, high, mid - atr * 1.5, mid + atr * 2.0, mid + atr * 3.5);
            }
            case SHORT -> {
                double high = price + width;
                double low = price - width * 0.3;
                double mid = (low + high) / 2;
                yield rounded(low, high, mid + atr * 1.5, mid - atr * 2.0, mid - atr * 3.5);
            }
            case NEUTRAL -> rounded(price - atr, price + atr, price - atr * 2.0, price + atr * 2.0, price + atr * 3.5);
        };
    }

    private static EntryPlan rounded(double low, double high, double stop, double tp1, double tp2) {
        return new EntryPlan(Decimals.round(low, 4), Decimals.round(high, 4), Decimals.round(stop, 4),
                Decimals.round(tp1, 4), Decimals.round(tp2, 4));
    }
}
