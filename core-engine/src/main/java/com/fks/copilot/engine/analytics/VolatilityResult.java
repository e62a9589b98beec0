package com.fks.copilot.engine.analytics;

/**
 * The volatility of one asset at its newest bar (FKS-RULES "Volatility"), rounded as the original
 * reported it (the values downstream rules read).
 *
 * @param cluster        k-means cluster of the current ATR
 * @param rawAtr         current ATR(14), points, 6 dp
 * @param adaptiveAtr    centroid of that cluster, points, 6 dp
 * @param percentile     share of the last 500 ATRs strictly below the current one, 0..1, 4 dp
 * @param regime         from the percentile
 * @param lowCentroid    smallest centroid, points, 6 dp
 * @param mediumCentroid middle centroid, points, 6 dp
 * @param highCentroid   largest centroid, points, 6 dp
 */
public record VolatilityResult(VolatilityCluster cluster, double rawAtr, double adaptiveAtr, double percentile,
                               VolatilityRegime regime, double lowCentroid, double mediumCentroid,
                               double highCentroid) {

    /** Entries are skipped below this percentile: a dead market. */
    public static final double MIN_ENTRY_PERCENTILE = 0.2;
    /** Entries are skipped above this percentile: slippage and whipsaw. */
    public static final double MAX_ENTRY_PERCENTILE = 0.9;

    /** What the analysis reports with fewer than 20 bars: MEDIUM, percentile 0.5, ATR 0. */
    public static final VolatilityResult INSUFFICIENT_DATA = neutral(0.0, 0.0);

    /** A MEDIUM result at percentile 0.5 with the given ATRs (points) and zero centroids. */
    static VolatilityResult neutral(double rawAtr, double adaptiveAtr) {
        return new VolatilityResult(VolatilityCluster.MEDIUM, rawAtr, adaptiveAtr, 0.5, VolatilityRegime.MEDIUM,
                0.0, 0.0, 0.0);
    }

    /** Position-size factor of the cluster. */
    public double positionMultiplier() {
        return cluster.positionMultiplier();
    }

    /** Stop-distance factor of the cluster. */
    public double stopMultiplier() {
        return cluster.stopMultiplier();
    }

    /** The entry filter: skip when the percentile is below 0.2 or above 0.9. */
    public boolean filtersEntry() {
        return percentile < MIN_ENTRY_PERCENTILE || percentile > MAX_ENTRY_PERCENTILE;
    }
}
