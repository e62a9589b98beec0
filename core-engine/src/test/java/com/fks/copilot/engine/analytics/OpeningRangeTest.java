package com.fks.copilot.engine.analytics;

import com.fks.copilot.engine.session.EasternTime;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The opening range 09:30 ≤ t < 10:00 ET, its ±0.5·ATR triggers and the first breakout after 10:00. */
class OpeningRangeTest {
    private static final String DAY = "2026-11-24";

    private final EasternTime eastern = new EasternTime();

    @Test
    void shouldTakeTheRangeFromBarsStarting0930Through0959() {
        MinuteBars bars = new MinuteBars(DAY)
                .bar("09:29", 100, 120, 80, 100)
                .quiet("09:30", 5, 100)
                .bar("09:59", 100, 102, 98, 100)
                .bar("10:00", 100, 101, 99, 100);
        OrbResult orb = OpeningRange.evaluate(bars.seconds(), eastern);
        assertEquals(6, orb.orBarCount(), "09:30-09:34 and 09:59; not 09:29, not 10:00");
        assertEquals(102, orb.orHigh());
        assertEquals(98, orb.orLow());
        assertTrue(orb.complete(), "a bar at 10:00 completes the range");
    }

    @Test
    void shouldNeedFiveBarsInTheRange() {
        OrbResult four = OpeningRange.evaluate(new MinuteBars(DAY).quiet("09:30", 4, 100).seconds(), eastern);
        assertEquals(OrbStatus.TOO_FEW_BARS, four.status());
        assertEquals(4, four.orBarCount());
        assertEquals(0, four.longTrigger());

        OrbResult five = OpeningRange.evaluate(new MinuteBars(DAY).quiet("09:30", 5, 100).seconds(), eastern);
        assertEquals(OrbStatus.FORMING, five.status());
        assertEquals(5, five.orBarCount());
    }

    @Test
    void shouldUseTheMeanHighLowRangeAsAtrWithFewerThan15Bars() {
        // 6 bars: five of H-L 2, one of H-L 5 -> ATR = (5 x 2 + 5) / 6 = 2.5; OR 99..104
        MinuteBars bars = new MinuteBars(DAY).quiet("09:30", 5, 100).bar("09:35", 100, 104, 99, 103);
        OrbResult orb = OpeningRange.evaluate(bars.seconds(), eastern);
        assertEquals(2.5, orb.atr(), 1e-12);
        assertEquals(104 + 0.5 * 2.5, orb.longTrigger(), 1e-12);
        assertEquals(99 - 0.5 * 2.5, orb.shortTrigger(), 1e-12);
        assertEquals(OrbStatus.FORMING, orb.status(), "no bar at 10:00 yet");
        assertNull(orb.breakout());
    }

    @Test
    void shouldUseTheMeanOfTheLast14TrueRangesWith15BarsOrMore() {
        // a 3-point gap up at 09:31 is a true range of 4 even though H-L is 2 -- but it is not among the last 14
        MinuteBars bars = new MinuteBars(DAY).bar("09:30", 100, 101, 99, 100).bar("09:31", 103, 104, 102, 103)
                .quiet("09:32", 14, 103);
        OrbResult orb = OpeningRange.evaluate(bars.seconds(), eastern);
        assertEquals(2.0, orb.atr(), 1e-12);

        MinuteBars gapLast = new MinuteBars(DAY).quiet("09:30", 15, 100).bar("09:45", 103, 104, 102, 103);
        // last 14 true ranges: thirteen of 2 and the gap bar's max(2, |104 - 100|, |102 - 100|) = 4
        assertEquals((13 * 2 + 4) / 14.0, OpeningRange.evaluate(gapLast.seconds(), eastern).atr(), 1e-12);
    }

    @Test
    void shouldBreakOutLongOnTheFirstCloseAboveTheLongTriggerAfter1000() {
        // 30 quiet bars 100 +- 1 and quiet bars after 10:00: ATR 2, OR 99..101, triggers 102 / 98
        MinuteBars bars = new MinuteBars(DAY).quiet("09:30", 30, 100).quiet("10:00", 1, 100)
                .bar("10:01", 101, 102, 100, 102)      // exactly at the trigger: not beyond it
                .bar("10:02", 102, 103, 101, 102.5)    // beyond: the breakout
                .bar("10:03", 100, 101, 96, 96);       // a later short close changes nothing
        OrbResult orb = OpeningRange.evaluate(bars.upTo("10:02").seconds(), eastern);
        assertEquals(2.0, orb.atr(), 1e-12);
        assertEquals(102.0, orb.longTrigger(), 1e-12);
        assertEquals(98.0, orb.shortTrigger(), 1e-12);
        assertEquals(OrbStatus.BREAKOUT, orb.status());
        OrbBreakout breakout = orb.breakout();
        assertEquals(TradeBias.LONG, breakout.direction());
        assertEquals(102.5, breakout.triggerPrice(), "the close that broke out");
        assertEquals(102.0, breakout.triggerLevel(), 1e-12);
        assertEquals(101, breakout.orHigh());
        assertEquals(99, breakout.orLow());
        assertEquals(bars.nanos("10:02"), breakout.barStartEpochNanos());

        OrbResult later = OpeningRange.evaluate(bars.seconds(), eastern);
        assertEquals(TradeBias.LONG, later.breakout().direction());
        assertEquals(bars.nanos("10:02"), later.breakout().barStartEpochNanos());
    }

    @Test
    void shouldWaitWhileNoCloseAfter1000IsBeyondATrigger() {
        MinuteBars bars = new MinuteBars(DAY).quiet("09:30", 30, 100).quiet("10:00", 1, 100)
                .bar("10:01", 101, 102, 100, 102);
        OrbResult orb = OpeningRange.evaluate(bars.seconds(), eastern);
        assertEquals(OrbStatus.WAITING, orb.status());
        assertFalse(orb.isBreakout());
    }

    @Test
    void shouldBreakOutShortOnACloseBelowTheShortTrigger() {
        MinuteBars bars = new MinuteBars(DAY).quiet("09:30", 30, 100).quiet("10:00", 1, 100)
                .bar("10:01", 99.9, 99.9, 97.9, 97.9);
        OrbResult orb = OpeningRange.evaluate(bars.seconds(), eastern);
        // last true range is max(2, 0.1, 2.1) = 2.1: ATR = (13 x 2 + 2.1) / 14; short trigger = 99 - ATR / 2
        double atr = (13 * 2 + 2.1) / 14;
        assertEquals(atr, orb.atr(), 1e-12);
        assertEquals(TradeBias.SHORT, orb.breakout().direction());
        assertEquals(97.9, orb.breakout().triggerPrice());
        assertEquals(99 - 0.5 * atr, orb.breakout().triggerLevel(), 1e-12);
    }

    @Test
    void shouldUseEasternDaylightTimeInSummer() {
        // 13:30Z in July is 09:30 EDT; a fixed -05:00 offset (the original's defect) would call it 08:30
        MinuteBars summer = new MinuteBars("2026-07-15").quiet("09:30", 5, 100);
        OrbResult orb = OpeningRange.evaluate(summer.seconds(), eastern);
        assertEquals(5, orb.orBarCount());
        assertEquals(LocalDateTime.parse("2026-07-15T13:30:00").toEpochSecond(java.time.ZoneOffset.UTC),
                summer.nanos("09:30") / 1_000_000_000L);
    }

    @Test
    void shouldReadEpochSecondsAndEpochNanosAlike() {
        MinuteBars bars = new MinuteBars(DAY).quiet("09:30", 30, 100).quiet("10:00", 1, 100)
                .bar("10:01", 102, 103, 101, 102.5);
        assertEquals(OpeningRange.evaluate(bars.seconds(), eastern), OpeningRange.evaluate(bars.epochNanos(), eastern));
    }

    @Test
    void shouldOnlyUseTheDayOfTheNewestBar() {
        // yesterday: a wide range and a breakout; today: a quiet range still forming
        MinuteBars bars = new MinuteBars("2026-11-23").quiet("09:30", 5, 200).bar("09:35", 200, 260, 150, 200)
                .bar("10:30", 200, 300, 200, 300)
                .day(DAY).quiet("09:30", 5, 100);
        OrbResult orb = OpeningRange.evaluate(bars.seconds(), eastern);
        assertEquals(5, orb.orBarCount());
        assertEquals(101, orb.orHigh());
        assertEquals(99, orb.orLow());
        assertFalse(orb.complete(), "yesterday's 10:30 bar does not complete today's range");
        assertEquals(OrbStatus.FORMING, orb.status());
    }

    @Test
    void shouldRejectARangeWithNoHeight() {
        MinuteBars flat = new MinuteBars(DAY);
        for (int i = 0; i < 5; i++) {
            flat.bar("09:3" + i, 100, 100, 100, 100);
        }
        assertEquals(OrbStatus.INVALID_RANGE, OpeningRange.evaluate(flat.seconds(), eastern).status());
    }

    @Test
    void shouldReportNoRangeForNoBars() {
        OrbResult orb = OpeningRange.evaluate(Bars.withEpochSeconds(new long[0], new double[0], new double[0],
                new double[0], new double[0], new double[0]), eastern);
        assertEquals(OrbStatus.TOO_FEW_BARS, orb.status());
        assertEquals(0, orb.orBarCount());
    }

    @Test
    void aReusedBufferEvaluatesExactlyLikeFreshBars() {
        Bars fresh = breakoutMorning().seconds();
        Bars.Buffer buffer = new Bars.Buffer(600);
        OrbEvaluation into = new OrbEvaluation();
        OpeningRange.evaluate(copy(fresh, buffer), eastern, into);
        OrbResult expected = OpeningRange.evaluate(fresh, eastern);
        assertEquals(OrbStatus.BREAKOUT, expected.status());
        assertEquals(expected, into.toResult());
    }

    @Test
    void evaluatingIntoAReusedResultAllocatesNothing() {
        Bars.Buffer buffer = new Bars.Buffer(600);
        Bars bars = copy(breakoutMorning().seconds(), buffer);
        OrbEvaluation into = new OrbEvaluation();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20_000; i++) {
            OpeningRange.evaluate(bars, eastern, into);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 1_000; i++) {
            OpeningRange.evaluate(bars, eastern, into);
        }
        assertEquals(0, threads.getCurrentThreadAllocatedBytes() - before, "bytes allocated by 1,000 bar-close evaluations");
    }

    /** 09:30-09:59 quiet around 100 (OR 99..101), then a 10:05 close at 110, far above the long trigger. */
    private static MinuteBars breakoutMorning() {
        return new MinuteBars(DAY).quiet("09:30", 30, 100).quiet("10:00", 5, 100).bar("10:05", 100, 111, 100, 110);
    }

    private static Bars copy(Bars from, Bars.Buffer into) {
        for (int i = 0; i < from.count(); i++) {
            into.set(i, from.startEpochNanos(i), from.open(i), from.high(i), from.low(i), from.close(i), from.volume(i));
        }
        return into.count(from.count());
    }

    /** One-minute bars stamped in ET wall time. */
    private static final class MinuteBars {
        private final List<long[]> times = new ArrayList<>();
        private final List<double[]> prices = new ArrayList<>();
        private String day;

        MinuteBars(String day) {
            this.day = day;
        }

        MinuteBars day(String newDay) {
            this.day = newDay;
            return this;
        }

        MinuteBars bar(String hhmm, double open, double high, double low, double close) {
            times.add(new long[]{nanos(hhmm)});
            prices.add(new double[]{open, high, low, close});
            return this;
        }

        /** {@code count} bars from {@code hhmm}, each {@code price} ± 1 closing at {@code price}. */
        MinuteBars quiet(String hhmm, int count, double price) {
            LocalDateTime start = LocalDateTime.parse(day + "T" + hhmm);
            for (int i = 0; i < count; i++) {
                bar(start.plusMinutes(i).toLocalTime().toString(), price, price + 1, price - 1, price);
            }
            return this;
        }

        long nanos(String hhmm) {
            return LocalDateTime.parse(day + "T" + hhmm).atZone(EasternTime.ZONE).toEpochSecond() * 1_000_000_000L;
        }

        MinuteBars upTo(String hhmm) {
            long limit = nanos(hhmm);
            MinuteBars copy = new MinuteBars(day);
            for (int i = 0; i < times.size(); i++) {
                if (times.get(i)[0] <= limit) {
                    copy.times.add(times.get(i));
                    copy.prices.add(prices.get(i));
                }
            }
            return copy;
        }

        Bars seconds() {
            long[] seconds = new long[times.size()];
            for (int i = 0; i < seconds.length; i++) {
                seconds[i] = times.get(i)[0] / 1_000_000_000L;
            }
            return Bars.withEpochSeconds(seconds, column(0), column(1), column(2), column(3), new double[seconds.length]);
        }

        Bars epochNanos() {
            long[] nanos = new long[times.size()];
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] = times.get(i)[0];
            }
            return Bars.withEpochNanos(nanos, column(0), column(1), column(2), column(3), new double[nanos.length]);
        }

        private double[] column(int k) {
            double[] values = new double[prices.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = prices.get(i)[k];
            }
            return values;
        }
    }
}
