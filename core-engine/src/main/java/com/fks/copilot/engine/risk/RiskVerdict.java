package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;

import java.util.Arrays;

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
    /** Sum of the open positions' risk to their stops (see {@link RiskManager#measureOpenRisk}). */
    public long openRiskCents;
    /** Open positions (or open trades without a broker position) whose risk is not counted: no stop is known. */
    public int positionsWithoutStop;
    /** Per instrument ({@code Instruments} index): the stop its open risk was measured to, or {@link Prices#NONE}. */
    public final long[] stops = new long[Instruments.count()];
    /** Per instrument: where {@link #stops} came from ({@link StopSource}). */
    public final byte[] stopSources = new byte[Instruments.count()];
    /** Per instrument: its risk to that stop, in cents. */
    public final long[] riskToStopCents = new long[Instruments.count()];

    public RiskVerdict() {
        Arrays.fill(stops, Prices.NONE);
    }

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
        positionsWithoutStop = other.positionsWithoutStop;
        System.arraycopy(other.stops, 0, stops, 0, stops.length);
        System.arraycopy(other.stopSources, 0, stopSources, 0, stopSources.length);
        System.arraycopy(other.riskToStopCents, 0, riskToStopCents, 0, riskToStopCents.length);
    }

    public void clear() {
        blocks = 0;
        warnings = 0;
        riskCents = 0;
        dailyPnlCents = 0;
        openPositions = 0;
        consecutiveLosses = 0;
        clearOpenRisk();
    }

    void clearOpenRisk() {
        openRiskCents = 0;
        positionsWithoutStop = 0;
        Arrays.fill(stops, Prices.NONE);
        Arrays.fill(stopSources, StopSource.NONE);
        Arrays.fill(riskToStopCents, 0);
    }
}
