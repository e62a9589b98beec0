package com.fks.copilot.engine.analytics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ATR(14) Wilder, the k-means clusters, percentile, regime, multipliers and entry filter (FKS-RULES "Volatility"). */
class VolatilityTest {

    /** Bars around 100 whose true range is exactly {@code ranges[i]} (each contains the previous close). */
    private static Bars withTrueRanges(double... ranges) {
        int n = ranges.length;
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        for (int i = 0; i < n; i++) {
            open[i] = 100;
            close[i] = 100;
            high[i] = 100 + ranges[i] / 2;
            low[i] = 100 - ranges[i] / 2;
        }
        return Bars.of(open, high, low, close, new double[n]);
    }

    @Test
    void shouldSeedTheAtrWithExpandingMeansThenTheMeanOfTheFirst14ThenWilder() {
        double[] ranges = new double[20];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = 2 * (i + 1); // 2, 4, 6, ...
        }
        double[] atr = new double[20];
        AverageTrueRange.wilder(withTrueRanges(ranges), 14, atr);
        assertEquals(2, atr[0], 1e-12, "TR[0] = H - L");
        assertEquals((2 + 4 + 6) / 3.0, atr[2], 1e-12, "expanding mean before index 13");
        assertEquals(15, atr[13], 1e-12, "mean of the first 14: 2..28 -> 15");
        assertEquals(15 + (30 - 15) / 14.0, atr[14], 1e-12, "then alpha = 1/14");
        assertEquals(atr[14] + (32 - atr[14]) / 14.0, atr[15], 1e-12);
    }

    @Test
    void shouldTakeTheTrueRangeAcrossAGap() {
        Bars gap = Bars.of(new double[]{100, 105}, new double[]{101, 106}, new double[]{99, 104},
                new double[]{100, 105}, new double[2]);
        assertEquals(2, AverageTrueRange.trueRange(gap, 0));
        assertEquals(6, AverageTrueRange.trueRange(gap, 1), "max(2, |106 - 100|, |104 - 100|)");
    }

    @Test
    void shouldReportMediumAtPercentile05WithFewerThan20Bars() {
        assertEquals(VolatilityResult.INSUFFICIENT_DATA, Volatility.analyze(SyntheticBars.random(1, 19, 52_000, 0.1)));
        assertEquals(0.5, VolatilityResult.INSUFFICIENT_DATA.percentile());
        assertEquals(VolatilityCluster.MEDIUM, VolatilityResult.INSUFFICIENT_DATA.cluster());
    }

    @Test
    void shouldFallBackTo00001WhenTheMarketDoesNotMove() {
        VolatilityResult flat = Volatility.analyze(withTrueRanges(new double[25]));
        assertEquals(0.0001, flat.rawAtr());
        assertEquals(VolatilityCluster.MEDIUM, flat.cluster());
        assertEquals(0.5, flat.percentile());
    }

    @Test
    void shouldNotClusterFewerThanTenPositiveAtrs() {
        double[] ranges = new double[20];
        for (int i = 11; i < 20; i++) {
            ranges[i] = 1; // ATR positive from bar 11 only: 9 values
        }
        VolatilityResult result = Volatility.analyze(withTrueRanges(ranges));
        double[] atr = new double[20];
        AverageTrueRange.wilder(withTrueRanges(ranges), 14, atr);
        assertEquals(Decimals.round(atr[19], 6), result.rawAtr());
        assertEquals(result.rawAtr(), result.adaptiveAtr());
        assertEquals(0.5, result.percentile());
    }

    @Test
    void shouldFindThreeClustersStartingFrom80And50And20PercentOfTheRange() {
        double[] atrs = {1, 1, 1, 5, 5, 5, 9, 9, 9};
        double[] centroids = new double[3];
        VolatilityClusters.fit(atrs, 0, atrs.length, centroids);
        assertArrayEquals(new double[]{9, 5, 1}, centroids, 1e-12, "HIGH, MEDIUM, LOW");
        assertEquals(VolatilityClusters.HIGH, VolatilityClusters.nearest(centroids, 7), "a tie goes to the higher cluster");
        assertEquals(VolatilityClusters.LOW, VolatilityClusters.nearest(centroids, 2.9));
    }

    @Test
    void shouldKeepAnEmptyClustersCentroid() {
        double[] atrs = {1, 1, 1, 1, 9};
        double[] centroids = new double[3];
        VolatilityClusters.fit(atrs, 0, atrs.length, centroids);
        // start 7.4 / 5 / 2.6: 9 -> HIGH, 1s -> LOW, MEDIUM empty and stays at 5
        assertArrayEquals(new double[]{9, 5, 1}, centroids, 1e-12);
    }

    @Test
    void shouldCountOnlyAtrsStrictlyBelowTheCurrentOneInThePercentile() {
        double[] history = {1, 2, 2, 3};
        assertEquals(0.25, Volatility.percentileBelow(history, 0, 4, 2));
        assertEquals(0.5, Volatility.percentileBelow(history, 0, 1, 2), "fewer than two values");
    }

    @Test
    void shouldRankTheCurrentAtrAmongTheLast500() {
        Bars bars = SyntheticBars.random(17, 700, 52_000, 0.1);
        double[] atr = new double[700];
        AverageTrueRange.wilder(bars, 14, atr);
        int below = 0;
        for (int i = 200; i < 700; i++) {
            below += atr[i] < atr[699] ? 1 : 0;
        }
        assertEquals(Decimals.round(below / 500.0, 4), Volatility.analyze(bars).percentile());
    }

    @Test
    void shouldNameTheRegimeFromThePercentile() {
        assertEquals(VolatilityRegime.VERY_LOW, VolatilityRegime.fromPercentile(0.1999));
        assertEquals(VolatilityRegime.LOW, VolatilityRegime.fromPercentile(0.2));
        assertEquals(VolatilityRegime.MEDIUM, VolatilityRegime.fromPercentile(0.4));
        assertEquals(VolatilityRegime.MEDIUM, VolatilityRegime.fromPercentile(0.5999));
        assertEquals(VolatilityRegime.HIGH, VolatilityRegime.fromPercentile(0.6));
        assertEquals(VolatilityRegime.HIGH, VolatilityRegime.fromPercentile(0.7999));
        assertEquals(VolatilityRegime.VERY_HIGH, VolatilityRegime.fromPercentile(0.8));
        assertEquals("VERY HIGH", VolatilityRegime.VERY_HIGH.label());
    }

    @Test
    void shouldShrinkPositionsAndTightenStopsInHighVolatility() {
        assertEquals(0.6, VolatilityCluster.HIGH.positionMultiplier());
        assertEquals(1.0, VolatilityCluster.MEDIUM.positionMultiplier());
        assertEquals(1.2, VolatilityCluster.LOW.positionMultiplier());
        assertEquals(0.8, VolatilityCluster.HIGH.stopMultiplier());
        assertEquals(1.0, VolatilityCluster.MEDIUM.stopMultiplier());
        assertEquals(1.2, VolatilityCluster.LOW.stopMultiplier());
    }

    @Test
    void shouldFilterEntriesBelowPercentile02AndAbove09() {
        assertTrue(atPercentile(0.1999).filtersEntry());
        assertFalse(atPercentile(0.2).filtersEntry());
        assertFalse(atPercentile(0.9).filtersEntry());
        assertTrue(atPercentile(0.9001).filtersEntry());
    }

    private static VolatilityResult atPercentile(double percentile) {
        return new VolatilityResult(VolatilityCluster.MEDIUM, 1, 1, percentile, VolatilityRegime.fromPercentile(percentile),
                0.5, 1, 2);
    }
}
