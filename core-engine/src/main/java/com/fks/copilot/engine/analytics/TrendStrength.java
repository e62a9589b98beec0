package com.fks.copilot.engine.analytics;

/** How extended the current wave is against the average wave, from |currentRatio|. */
public enum TrendStrength {
    VERY_STRONG("Very Strong"),
    STRONG("Strong"),
    MODERATE("Moderate"),
    WEAK("Weak"),
    VERY_WEAK("Very Weak");

    private final String label;

    TrendStrength(String label) {
        this.label = label;
    }

    /** The trader's label, e.g. {@code Very Strong}. */
    public String label() {
        return label;
    }

    /** &gt; 2 Very Strong, &gt; 1.5 Strong, &gt; 1 Moderate, &gt; 0.5 Weak, else Very Weak (all bounds exclusive). */
    public static TrendStrength fromRatio(double absRatio) {
        if (absRatio > 2.0) {
            return VERY_STRONG;
        }
        if (absRatio > 1.5) {
            return STRONG;
        }
        if (absRatio > 1.0) {
            return MODERATE;
        }
        return absRatio > 0.5 ? WEAK : VERY_WEAK;
    }
}
