package com.fks.copilot.engine.analytics;

/**
 * The k-means volatility cluster the current ATR falls in, with the multipliers FKS applies:
 * smaller positions and tighter stops when volatility is high.
 */
public enum VolatilityCluster {
    HIGH(0.6, 0.8),
    MEDIUM(1.0, 1.0),
    LOW(1.2, 1.2);

    private final double positionMultiplier;
    private final double stopMultiplier;

    VolatilityCluster(double positionMultiplier, double stopMultiplier) {
        this.positionMultiplier = positionMultiplier;
        this.stopMultiplier = stopMultiplier;
    }

    /** Factor on position size: HIGH 0.6, MEDIUM 1.0, LOW 1.2. */
    public double positionMultiplier() {
        return positionMultiplier;
    }

    /** Factor on stop distance: HIGH 0.8, MEDIUM 1.0, LOW 1.2. */
    public double stopMultiplier() {
        return stopMultiplier;
    }
}
