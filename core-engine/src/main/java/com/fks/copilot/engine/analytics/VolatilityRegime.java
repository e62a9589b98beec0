package com.fks.copilot.engine.analytics;

/** Where the current ATR ranks in its history, from the volatility percentile. */
public enum VolatilityRegime {
    VERY_LOW("VERY LOW"),
    LOW("LOW"),
    MEDIUM("MEDIUM"),
    HIGH("HIGH"),
    VERY_HIGH("VERY HIGH");

    private final String label;

    VolatilityRegime(String label) {
        this.label = label;
    }

    /** The trader's label, e.g. {@code VERY HIGH}. */
    public String label() {
        return label;
    }

    /** &lt; 0.2 VERY LOW, &lt; 0.4 LOW, ≥ 0.8 VERY HIGH, ≥ 0.6 HIGH, else MEDIUM. */
    public static VolatilityRegime fromPercentile(double percentile) {
        if (percentile < 0.2) {
            return VERY_LOW;
        }
        if (percentile < 0.4) {
            return LOW;
        }
        if (percentile >= 0.8) {
            return VERY_HIGH;
        }
        return percentile >= 0.6 ? HIGH : MEDIUM;
    }
}
