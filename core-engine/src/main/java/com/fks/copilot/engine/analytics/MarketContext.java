package com.fks.copilot.engine.analytics;

/** The trend context the signal-quality score is judged in (FKS-RULES "Signal quality"). */
public enum MarketContext {
    UPTREND,
    DOWNTREND,
    RANGING;

    /**
     * UPTREND/DOWNTREND phases as they are; ACCUMULATION with AO &gt; 0 and RSI &gt; 50 is an
     * UPTREND; DISTRIBUTION with AO &lt; 0 and RSI &lt; 50 a DOWNTREND; anything else RANGING.
     *
     * @param ao  Awesome Oscillator, points
     * @param rsi RSI(14), 0..100
     */
    public static MarketContext of(MarketPhase phase, double ao, double rsi) {
        return switch (phase) {
            case UPTREND -> UPTREND;
            case DOWNTREND -> DOWNTREND;
            case ACCUMULATION -> ao > 0 && rsi > 50 ? UPTREND : RANGING;
            case DISTRIBUTION -> ao < 0 && rsi < 50 ? DOWNTREND : RANGING;
        };
    }
}
