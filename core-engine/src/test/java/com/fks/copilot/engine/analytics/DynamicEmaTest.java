package com.fks.copilot.engine.analytics;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link DynamicEma#compute} carries its window maxima from bar to bar: the same bits as {@link DynamicEma#next}. */
class DynamicEmaTest {

    @Test
    void shouldMatchTheBarByBarDefinitionToTheBitOnWalksThatTrendUpDownAndSideways() {
        SplittableRandom random = new SplittableRandom(18);
        for (double drift : new double[] {-0.3, -0.02, 0.0, 0.02, 0.3}) {
            for (int count : new int[] {1, 2, 3, 199, 200, 201, 450, 1_440}) {
                double[] close = new double[count];
                double price = drift < 0 ? 60.0 : 5_000.0;
                for (int i = 0; i < count; i++) {
                    price += drift + random.nextGaussian() * 0.5;
                    close[i] = Math.rint(price * 4) / 4; // on a tick grid: equal closes and equal moves tie often
                }
                assertSameAsNext(close, AssetParams.METALS);
                assertSameAsNext(close, AssetParams.NASDAQ);
            }
        }
    }

    @Test
    void shouldMatchItWhenTheLargestValueLeavesTheWindowOrRecursOrSitsAtZero() {
        double[] falling = SyntheticBars.line(500, -0.5, 900); // the max leaves the window at every bar
        double[] crossing = SyntheticBars.line(-50, 0.25, 600); // through zero: |close| falls then rises
        double[] flat = new double[400];
        java.util.Arrays.fill(flat, 0.0); // no change at all: the 1e-10 floor decides
        double[] spikes = SyntheticBars.line(100, 0.0, 700);
        for (int i = 0; i < spikes.length; i += 150) {
            spikes[i] = 180; // the same largest value again and again, one window apart
        }
        for (double[] close : new double[][] {falling, crossing, flat, spikes}) {
            assertSameAsNext(close, AssetParams.CRUDE);
        }
    }

    @Test
    void shouldSpreadANanOrInfiniteCloseAsTheBarByBarDefinitionDoes() {
        double[] close = SyntheticBars.line(100, 0.1, 300);
        close[50] = Double.NaN;
        assertSameAsNext(close, AssetParams.METALS);
        close[50] = Double.POSITIVE_INFINITY;
        close[51] = Double.POSITIVE_INFINITY;
        assertSameAsNext(close, AssetParams.METALS);
    }

    private static void assertSameAsNext(double[] close, AssetParams params) {
        int count = close.length;
        double[] expected = new double[count];
        expected[0] = close[0];
        for (int i = 1; i < count; i++) {
            expected[i] = DynamicEma.next(close, i, params, expected[i - 1]);
        }
        double[] actual = new double[count];
        DynamicEma.compute(close, count, params, actual);
        for (int i = 0; i < count; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    "bar " + i + " of " + count + ": " + expected[i] + " vs " + actual[i]);
        }
    }
}
