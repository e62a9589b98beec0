package com.fks.copilot.engine.analytics;

/**
 * An evaluation of the opening range and its breakout for one instrument. Prices are points.
 *
 * @param status       where the breakout stands
 * @param orHigh       highest high of the 09:30–10:00 ET bars (0 when there are none)
 * @param orLow        lowest low of those bars (0 when there are none)
 * @param orBarCount   how many one-minute bars the range holds
 * @param complete     a bar at or after 10:00 ET of that day has been seen
 * @param atr          mean of the last 14 true ranges (mean of H − L with fewer than 15 bars); 0 when not reached
 * @param longTrigger  {@code orHigh + 0.5·atr}; 0 when not reached
 * @param shortTrigger {@code orLow − 0.5·atr}; 0 when not reached
 * @param breakout     the breakout when {@code status} is BREAKOUT, else null
 */
public record OrbResult(OrbStatus status, double orHigh, double orLow, int orBarCount, boolean complete, double atr,
                        double longTrigger, double shortTrigger, OrbBreakout breakout) {

    /** True when a breakout was found. */
    public boolean isBreakout() {
        return breakout != null;
    }

    /** Height of the range in points, 0 when it is empty. */
    public double orRange() {
        return orHigh > orLow ? orHigh - orLow : 0.0;
    }
}
