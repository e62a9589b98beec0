package com.fks.copilot.engine.analytics;

/** Which side the completed waves favour, from their dominance (FKS-RULES "Statistics"). */
public enum WaveBias {
    BULLISH,
    BEARISH,
    NEUTRAL;

    /** Dominance threshold: beyond ±0.05 the waves have a side. */
    public static final double THRESHOLD = 0.05;

    /** BULLISH above +0.05, BEARISH below −0.05, else NEUTRAL (both bounds exclusive). */
    public static WaveBias fromDominance(double dominance) {
        if (dominance > THRESHOLD) {
            return BULLISH;
        }
        return dominance < -THRESHOLD ? BEARISH : NEUTRAL;
    }
}
