package com.fks.copilot.engine.risk;

/**
 * The answer to "may I enter now?", filled in place by {@link RiskManager} (no allocation). An
 * entry is allowed when {@link #blocks} is 0; warnings never block. Money in cents.
 */
public final class RiskVerdict {
    public int blocks;
    public int warnings;
    /** Dollar risk of the proposed trade (|entry − stop| in ticks × tick value × quantity); 0 without a stop. */
    public long riskCents;
    public long dailyPnlCents;
    public int openPositions;
    public int consecutiveLosses;
    /** Sum of the open trades' risk to their stops. */
    public long openRiskCents;

    public boolean allowed() {
        return blocks == 0;
    }

    public void copyFrom(RiskVerdict other) {
        blocks = other.blocks;
        warnings = other.warnings;
        riskCents = other.riskCents;
        dailyPnlCents = other.dailyPnlCents;
        openPositions = other.openPositions;
        consecutiveLosses = other.consecutiveLosses;
        openRiskCents = other.openRiskCents;
    }

    public void clear() {
        blocks = 0;
        warnings = 0;
        riskCents = 0;
        dailyPnlCents = 0;
        openPositions = 0;
        consecutiveLosses = 0;
        openRiskCents = 0;
    }
}
