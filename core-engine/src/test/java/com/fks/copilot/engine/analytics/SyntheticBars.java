package com.fks.copilot.engine.analytics;

/**
 * Deterministic bar series for tests. {@link #random} is a 64-bit LCG walk in whole ticks, so
 * any language with 64-bit integers reproduces the exact same doubles ({@code ticks × tick}):
 * the expected values in {@link OriginalSystemParityTest} were produced from these same bars.
 */
final class SyntheticBars {
    private SyntheticBars() {
    }

    /**
     * A random walk of {@code n} bars starting at {@code baseTicks}: each close moves −10..+10
     * ticks plus a drift of −3, 0 or +3 ticks that changes every 37 bars; wicks of 0..7 ticks.
     */
    static Bars random(long seed, int n, long baseTicks, double tick) {
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        Lcg random = new Lcg(seed);
        long closeTicks = baseTicks;
        for (int i = 0; i < n; i++) {
            long openTicks = closeTicks;
            long drift = ((i / 37) % 3) - 1;
            closeTicks = openTicks + random.next() % 21 - 10 + drift * 3;
            long highTicks = Math.max(openTicks, closeTicks) + random.next() % 8;
            long lowTicks = Math.min(openTicks, closeTicks) - random.next() % 8;
            open[i] = openTicks * tick;
            high[i] = highTicks * tick;
            low[i] = lowTicks * tick;
            close[i] = closeTicks * tick;
            volume[i] = 100 + random.next() % 900;
        }
        return Bars.of(open, high, low, close, volume);
    }

    /** Bars from closes: each opens at the previous close, with a wick of {@code wick} points each side. */
    static Bars fromCloses(double wick, double... closes) {
        int n = closes.length;
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        for (int i = 0; i < n; i++) {
            open[i] = i == 0 ? closes[0] : closes[i - 1];
            high[i] = Math.max(open[i], closes[i]) + wick;
            low[i] = Math.min(open[i], closes[i]) - wick;
        }
        return Bars.of(open, high, low, closes, new double[n]);
    }

    /** {@code n} closes rising by {@code step} from {@code start}. */
    static double[] line(double start, double step, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = start + step * i;
        }
        return values;
    }

    /** Knuth's MMIX LCG; {@link #next()} returns the top 31 bits, non-negative. */
    static final class Lcg {
        private long state;

        Lcg(long seed) {
            this.state = seed;
        }

        long next() {
            state = state * 6364136223846793005L + 1442695040888963407L;
            return state >>> 33;
        }
    }
}
