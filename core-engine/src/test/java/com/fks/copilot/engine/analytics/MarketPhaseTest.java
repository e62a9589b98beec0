package com.fks.copilot.engine.analytics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The market phase rules (FKS-RULES "Market phase"), AO = SMA5(hl2) − SMA34(hl2). */
class MarketPhaseTest {

    @Test
    void shouldSayAccumulationWithFewerThan20Bars() {
        assertEquals(MarketPhase.ACCUMULATION,
                MarketPhase.detect(SyntheticBars.fromCloses(1, SyntheticBars.line(100, 1, 19))));
    }

    @Test
    void shouldCallASteadyRiseAnUptrendAndASteadyFallADowntrend() {
        // AO > 0 and close above the 20-close mean; mirror for the fall
        assertEquals(MarketPhase.UPTREND, MarketPhase.detect(SyntheticBars.fromCloses(1, SyntheticBars.line(100, 1, 60))));
        assertEquals(MarketPhase.DOWNTREND, MarketPhase.detect(SyntheticBars.fromCloses(1, SyntheticBars.line(200, -1, 60))));
    }

    @Test
    void shouldCallADipBelowTheMeanInARiseAccumulationAndAPopAboveItInAFallDistribution() {
        double[] rise = SyntheticBars.line(100, 1, 60);
        rise[59] = rise[40]; // AO still > 0, close now below the 20-close mean and above the lows' 25th percentile
        assertEquals(MarketPhase.ACCUMULATION, MarketPhase.detect(SyntheticBars.fromCloses(0.5, rise)));
        double[] fall = SyntheticBars.line(200, -1, 60);
        fall[59] = fall[40];
        assertEquals(MarketPhase.DISTRIBUTION, MarketPhase.detect(SyntheticBars.fromCloses(0.5, fall)));
    }

    @Test
    void shouldCallAFadingRallyClosingOnItsHighDistribution() {
        // 50 bars up 1/bar, then 15 flat bars at 150 (highs 151): AO > 0 but below its value 10 bars ago;
        // the last bar closes on a new high 152 above the highs' 75th percentile (151)
        int n = 66;
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        for (int i = 0; i < n; i++) {
            close[i] = i < 50 ? 100 + i : 150;
            open[i] = i == 0 ? 100 : close[i - 1];
            high[i] = Math.max(open[i], close[i]) + 1;
            low[i] = Math.min(open[i], close[i]) - 1;
        }
        close[n - 1] = 152;
        high[n - 1] = 152;
        Bars bars = Bars.of(open, high, low, close, new double[n]);
        double ao = AwesomeOscillator.at(bars, n - 1);
        double aoTenBarsAgo = AwesomeOscillator.at(bars, n - 11);
        assertEquals(true, ao > 0 && ao < aoTenBarsAgo, "fading AO " + ao + " < " + aoTenBarsAgo);
        assertEquals(MarketPhase.DISTRIBUTION, MarketPhase.detect(bars));
    }

    @Test
    void shouldCallASellingClimaxThatHoldsAccumulation() {
        int n = 66;
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        for (int i = 0; i < n; i++) {
            close[i] = i < 50 ? 200 - i : 150;
            open[i] = i == 0 ? 200 : close[i - 1];
            high[i] = Math.max(open[i], close[i]) + 1;
            low[i] = Math.min(open[i], close[i]) - 1;
        }
        close[n - 1] = 148;
        low[n - 1] = 148;
        assertEquals(MarketPhase.ACCUMULATION, MarketPhase.detect(Bars.of(open, high, low, close, new double[n])));
    }

    @Test
    void shouldInterpolatePercentilesLikeNumpy() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(7.75, MarketPhase.linearPercentile(sorted, 0.75));
        assertEquals(3.25, MarketPhase.linearPercentile(sorted, 0.25));
        assertEquals(10, MarketPhase.linearPercentile(sorted, 1.0));
    }

    @Test
    void shouldReadAwesomeOscillatorAsZeroBeforeBar33() {
        Bars bars = SyntheticBars.fromCloses(1, SyntheticBars.line(100, 1, 40));
        assertEquals(0.0, AwesomeOscillator.at(bars, 32));
        // hl2 rising 1 per bar (from bar 1 on): SMA5 - SMA34 = ((34 - 1) - (5 - 1)) / 2 = 14.5
        assertEquals(14.5, AwesomeOscillator.at(bars, 39), 1e-9);
    }
}
