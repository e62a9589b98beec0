package com.fks.copilot.gateway.analyze;

import com.fks.copilot.engine.analytics.Bars;
import com.fks.copilot.engine.session.EasternTime;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A deterministic 1-minute gold chart for tests, written in every layout {@code analyze} reads.
 * Prices are whole 0.1-point ticks from a 64-bit LCG walk (Knuth's MMIX constants), so the
 * doubles are exactly those the written text parses to; volumes are whole contracts.
 */
final class ChartBars {
    /** 2026-11-24 09:30 ET (EST, UTC−5): the first bar's start. */
    static final Instant FIRST_BAR = Instant.parse("2026-11-24T14:30:00Z");
    /** The bars of the committed fixtures {@code analyze/mgc-1m.csv} and {@code analyze/mgc-1m-ninjatrader.txt}. */
    static final int FIXTURE_BARS = 120;
    static final long FIXTURE_SEED = 20261124;

    private static final DateTimeFormatter NINJATRADER_TIME = DateTimeFormatter.ofPattern("uuuuMMdd HHmmss", Locale.ROOT);

    final long[] epochSeconds;
    final long[] openTicks;
    final long[] highTicks;
    final long[] lowTicks;
    final long[] closeTicks;
    final long[] volume;

    private ChartBars(int n) {
        epochSeconds = new long[n];
        openTicks = new long[n];
        highTicks = new long[n];
        lowTicks = new long[n];
        closeTicks = new long[n];
        volume = new long[n];
    }

    /**
     * {@code n} one-minute bars from {@link #FIRST_BAR} starting at 5190.0: each close moves
     * −10..+10 ticks plus a drift of −3, 0 or +3 ticks that changes every 37 bars; wicks 0..7
     * ticks; volume 100..999.
     */
    static ChartBars gold(long seed, int n) {
        ChartBars chart = new ChartBars(n);
        long state = seed;
        long close = 51_900;
        for (int i = 0; i < n; i++) {
            long open = close;
            long drift = ((i / 37) % 3) - 1;
            state = next(state);
            close = open + (state >>> 33) % 21 - 10 + drift * 3;
            state = next(state);
            chart.highTicks[i] = Math.max(open, close) + (state >>> 33) % 8;
            state = next(state);
            chart.lowTicks[i] = Math.min(open, close) - (state >>> 33) % 8;
            state = next(state);
            chart.volume[i] = 100 + (state >>> 33) % 900;
            chart.openTicks[i] = open;
            chart.closeTicks[i] = close;
            chart.epochSeconds[i] = FIRST_BAR.getEpochSecond() + 60L * i;
        }
        return chart;
    }

    /** The committed fixtures' chart. */
    static ChartBars fixture() {
        return gold(FIXTURE_SEED, FIXTURE_BARS);
    }

    int count() {
        return epochSeconds.length;
    }

    /** The same bars as the engine's analytics take them. */
    Bars bars() {
        int n = count();
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] vol = new double[n];
        for (int i = 0; i < n; i++) {
            open[i] = openTicks[i] / 10.0;
            high[i] = highTicks[i] / 10.0;
            low[i] = lowTicks[i] / 10.0;
            close[i] = closeTicks[i] / 10.0;
            vol[i] = volume[i];
        }
        return Bars.withEpochSeconds(epochSeconds.clone(), open, high, low, close, vol);
    }

    /** CSV with header, times ISO-8601 in UTC ({@code 2026-11-24T14:30:00Z}). */
    String csvIso() {
        StringBuilder text = new StringBuilder("Time,Open,High,Low,Close,Volume\n");
        for (int i = 0; i < count(); i++) {
            text.append(Instant.ofEpochSecond(epochSeconds[i])).append(',').append(prices(i, ',')).append('\n');
        }
        return text.toString();
    }

    /** CSV with a lower-case header, times in epoch seconds. */
    String csvEpoch() {
        StringBuilder text = new StringBuilder("time,open,high,low,close,volume\n");
        for (int i = 0; i < count(); i++) {
            text.append(epochSeconds[i]).append(',').append(prices(i, ',')).append('\n');
        }
        return text.toString();
    }

    /** CSV with header, times ISO-8601 with New York's offset ({@code 2026-11-24T09:30:00-05:00}). */
    String csvOffset() {
        StringBuilder text = new StringBuilder("Time,Open,High,Low,Close,Volume\n");
        for (int i = 0; i < count(); i++) {
            ZonedDateTime local = Instant.ofEpochSecond(epochSeconds[i]).atZone(EasternTime.ZONE);
            text.append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local)).append(',').append(prices(i, ',')).append('\n');
        }
        return text.toString();
    }

    /** NinjaTrader's export: no header, {@code yyyyMMdd HHmmss;open;high;low;close;volume}, New York time. */
    String ninjaTrader() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count(); i++) {
            ZonedDateTime local = Instant.ofEpochSecond(epochSeconds[i]).atZone(EasternTime.ZONE);
            text.append(NINJATRADER_TIME.format(local)).append(';').append(prices(i, ';')).append('\n');
        }
        return text.toString();
    }

    private String prices(int i, char separator) {
        return points(openTicks[i]) + separator + points(highTicks[i]) + separator + points(lowTicks[i]) + separator
                + points(closeTicks[i]) + separator + volume[i];
    }

    private static String points(long ticks) {
        return ticks / 10 + "." + ticks % 10;
    }

    private static long next(long state) {
        return state * 6364136223846793005L + 1442695040888963407L;
    }
}
