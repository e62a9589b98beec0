package com.fks.copilot.engine.analytics;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.AwesomeOscillatorIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.HMAIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.TRIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ta4j 0.17 as an independent oracle for the building blocks, on random series. Where FKS-RULES
 * defines an indicator differently from ta4j's textbook version, the difference is asserted
 * explicitly (ATR and RSI seeding, SMA/WMA before a full window), not tolerated.
 */
class Ta4jOracleTest {
    private static final double RELATIVE = 1e-9;

    // --- agreement ------------------------------------------------------------------------------

    @Property(tries = 100)
    void shouldAgreeWithTa4jsEmaAtEveryBar(@ForAll("randomBars") Bars bars, @ForAll @IntRange(min = 2, max = 50) int length) {
        Indicator<Num> ta4j = new EMAIndicator(new ClosePriceIndicator(series(bars)), length);
        double[] ours = new double[bars.count()];
        MovingAverages.ema(bars.closes(), bars.count(), 2.0 / (length + 1), ours);
        for (int i = 0; i < bars.count(); i++) {
            assertClose(ta4j.getValue(i).doubleValue(), ours[i], "EMA(" + length + ") at " + i);
        }
    }

    @Property(tries = 50)
    void shouldSmoothTheWaveSpeedLikeTa4jsEma19(@ForAll("randomBars") Bars bars) {
        // FKS smooths closes with alpha = 0.1 = 2 / (19 + 1)
        Indicator<Num> ta4j = new EMAIndicator(new ClosePriceIndicator(series(bars)), 19);
        double[] ours = new double[bars.count()];
        MovingAverages.ema(bars.closes(), bars.count(), WaveAnalysis.SPEED_SMOOTHING, ours);
        for (int i = 0; i < bars.count(); i++) {
            assertClose(ta4j.getValue(i).doubleValue(), ours[i], "EMA alpha 0.1 at " + i);
        }
    }

    @Property(tries = 100)
    void shouldAgreeWithTa4jsSmaOnceTheWindowIsFull(@ForAll("randomBars") Bars bars, @ForAll @IntRange(min = 2, max = 50) int length) {
        Indicator<Num> ta4j = new SMAIndicator(new ClosePriceIndicator(series(bars)), length);
        for (int i = length - 1; i < bars.count(); i++) {
            assertClose(ta4j.getValue(i).doubleValue(), MovingAverages.sma(bars.closes(), i, length), "SMA at " + i);
        }
    }

    @Property(tries = 100)
    void shouldAgreeWithTa4jsHullFiveFromBarFive(@ForAll("randomBars") Bars bars) {
        Indicator<Num> ta4j = new HMAIndicator(new ClosePriceIndicator(series(bars)), 5);
        for (int i = 5; i < bars.count(); i++) {
            assertClose(ta4j.getValue(i).doubleValue(), MovingAverages.hma5(bars.closes(), i), "HMA(5) at " + i);
        }
    }

    @Property(tries = 100)
    void shouldAgreeWithTa4jsBollingerBandsOnceTheWindowIsFull(@ForAll("randomBars") Bars bars) {
        BarSeries series = series(bars);
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, 20));
        StandardDeviationIndicator deviation = new StandardDeviationIndicator(close, 20);
        Num two = DoubleNum.valueOf(2);
        BollingerBandsUpperIndicator upper = new BollingerBandsUpperIndicator(middle, deviation, two);
        BollingerBandsLowerIndicator lower = new BollingerBandsLowerIndicator(middle, deviation, two);
        for (int i = 19; i < bars.count(); i++) {
            assertClose(middle.getValue(i).doubleValue(), BollingerBands.middle(bars.closes(), i, 20), "middle at " + i);
            assertClose(upper.getValue(i).doubleValue(), BollingerBands.upper(bars.closes(), i, 20, 2), "upper at " + i);
            assertClose(lower.getValue(i).doubleValue(), BollingerBands.lower(bars.closes(), i, 20, 2), "lower at " + i);
        }
    }

    @Property(tries = 100)
    void shouldComputeTa4jsTrueRangeExactlyIncludingTheFirstBar(@ForAll("randomBars") Bars bars) {
        TRIndicator ta4j = new TRIndicator(series(bars));
        for (int i = 0; i < bars.count(); i++) {
            assertEquals(ta4j.getValue(i).doubleValue(), AverageTrueRange.trueRange(bars, i), "TR at " + i);
        }
    }

    @Property(tries = 100)
    void shouldAgreeWithTa4jsAwesomeOscillatorFromBar33(@ForAll("randomBars") Bars bars) {
        AwesomeOscillatorIndicator ta4j = new AwesomeOscillatorIndicator(series(bars));
        for (int i = 33; i < bars.count(); i++) {
            assertClose(ta4j.getValue(i).doubleValue(), AwesomeOscillator.at(bars, i), "AO at " + i);
        }
    }

    // --- where FKS-RULES differs from ta4j, asserted ----------------------------------------------

    @Property(tries = 100)
    void shouldSeedTheAtrWithTheMeanOfTheFirst14TrueRangesWhereTa4jStartsFromTheFirstSoTheGapDecaysBy13Over14(
            @ForAll("randomBars") Bars bars) {
        ATRIndicator ta4j = new ATRIndicator(series(bars), 14);
        double[] ours = new double[bars.count()];
        AverageTrueRange.wilder(bars, 14, ours);

        double meanOfFirst14 = 0;
        for (int i = 0; i < 14; i++) {
            meanOfFirst14 += AverageTrueRange.trueRange(bars, i);
        }
        assertClose(meanOfFirst14 / 14, ours[13], "FKS: ATR[13] = mean(TR[0..13])");
        assertEquals(AverageTrueRange.trueRange(bars, 0), ta4j.getValue(0).doubleValue(), "ta4j: ATR[0] = TR[0], then 1/14 recursion");

        double gapAt13 = ours[13] - ta4j.getValue(13).doubleValue();
        for (int i = 13; i < bars.count(); i++) {
            double expectedGap = gapAt13 * Math.pow(13.0 / 14.0, i - 13);
            double gap = ours[i] - ta4j.getValue(i).doubleValue();
            assertEquals(expectedGap, gap, RELATIVE * Math.max(1, ours[i]), "same recursion after 13: gap x 13/14 per bar at " + i);
        }
    }

    @Property(tries = 30)
    void shouldConvergeToTa4jsRsiWithin300BarsDespiteTheSmaSeed(@ForAll("longBars") Bars bars) {
        RSIIndicator ta4j = new RSIIndicator(new ClosePriceIndicator(series(bars)), 14);
        double[] ours = new double[bars.count()];
        RelativeStrength.series(bars.closes(), bars.count(), 14, ours);
        for (int i = 14 + 300; i < bars.count(); i++) {
            assertEquals(ta4j.getValue(i).doubleValue(), ours[i], 1e-6, "RSI at " + i);
        }
    }

    @Example
    void shouldDifferFromTa4jsRsiAtBar14BecauseTa4jStartsItsAveragesAtZero() {
        // 14 changes alternating +1 / -1: FKS's SMA seed gives avg gain = avg loss = 0.5 -> RSI 50 at bar 14;
        // ta4j's Wilder averages start from a zero gain at bar 0 and are not equal yet
        double[] close = new double[15];
        close[0] = 100;
        for (int i = 1; i < 15; i++) {
            close[i] = close[i - 1] + (i % 2 == 1 ? 1 : -1);
        }
        Bars bars = SyntheticBars.fromCloses(0.5, close);
        double ta4j = new RSIIndicator(new ClosePriceIndicator(series(bars)), 14).getValue(14).doubleValue();
        assertEquals(50.0, RelativeStrength.last(close, 15, 14), 1e-12);
        assertTrue(Math.abs(ta4j - 50.0) > 1, "ta4j RSI at bar 14 is " + ta4j);
    }

    @Property(tries = 50)
    void shouldReadAoAsZeroBeforeAFullWindowWhereTa4jAveragesWhatItHas(@ForAll("randomBars") Bars bars) {
        BarSeries series = series(bars);
        AwesomeOscillatorIndicator ta4j = new AwesomeOscillatorIndicator(series);
        double hl2Sum = 0;
        for (int i = 0; i <= 32; i++) {
            hl2Sum += bars.hl2(i);
        }
        double partialWindow = (bars.hl2(28) + bars.hl2(29) + bars.hl2(30) + bars.hl2(31) + bars.hl2(32)) / 5 - hl2Sum / 33;
        assertClose(partialWindow, ta4j.getValue(32).doubleValue(), "ta4j at 32: SMA over the 33 bars there are");
        assertEquals(0.0, AwesomeOscillator.at(bars, 32), "FKS (pandas rolling, NaN read as 0): 0 before bar 33");
    }

    @Example
    void shouldWidenBollingerBandsByThePopulationStandardDeviationAsTa4jDoes() {
        // {1, 2, 3, 4}: population sigma sqrt(1.25) = 1.118..., the sample sigma would be 1.290...
        Bars bars = SyntheticBars.fromCloses(0.5, 1, 2, 3, 4);
        double ta4j = new StandardDeviationIndicator(new ClosePriceIndicator(series(bars)), 4).getValue(3).doubleValue();
        assertEquals(Math.sqrt(1.25), BollingerBands.populationStdDev(bars.closes(), 3, 4), 1e-12);
        assertEquals(Math.sqrt(1.25), ta4j, 1e-12);
    }

    // --- generators -----------------------------------------------------------------------------

    @Provide
    Arbitrary<Bars> randomBars() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(40, 300), Arbitraries.of(true, false))
                .as((seed, n, onTickGrid) -> onTickGrid ? tickGrid(seed, n) : continuous(seed, n));
    }

    @Provide
    Arbitrary<Bars> longBars() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(320, 500))
                .as(Ta4jOracleTest::continuous);
    }

    private static Bars tickGrid(long seed, int n) {
        double[] ticks = {0.25, 0.1, 0.01, 0.005, 0.0005};
        double tick = ticks[Math.floorMod(seed, ticks.length)];
        return SyntheticBars.random(seed, n, Math.round(100 / tick), tick);
    }

    /** A random walk in real numbers: steps of ±2 around 1000, wicks up to 1.5. */
    private static Bars continuous(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        double price = 1000;
        for (int i = 0; i < n; i++) {
            open[i] = price;
            price += random.nextDouble(-2, 2);
            close[i] = price;
            high[i] = Math.max(open[i], close[i]) + random.nextDouble(0, 1.5);
            low[i] = Math.min(open[i], close[i]) - random.nextDouble(0, 1.5);
            volume[i] = random.nextInt(1, 1000);
        }
        return Bars.of(open, high, low, close, volume);
    }

    private static BarSeries series(Bars bars) {
        BarSeries series = new BaseBarSeriesBuilder().withNumTypeOf(DoubleNum.class).build();
        ZonedDateTime end = ZonedDateTime.of(2026, 1, 5, 14, 35, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < bars.count(); i++) {
            series.addBar(Duration.ofMinutes(5), end.plusMinutes(5L * i), bars.open(i), bars.high(i), bars.low(i),
                    bars.close(i), bars.volume(i));
        }
        return series;
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, RELATIVE * Math.max(1, Math.abs(expected)), what);
    }
}
