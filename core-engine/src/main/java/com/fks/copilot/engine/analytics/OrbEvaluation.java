package com.fks.copilot.engine.analytics;

/**
 * A reusable, mutable {@link OrbResult}: what {@link OpeningRange#evaluate(Bars, com.fks.copilot.engine.session.EasternTime, OrbEvaluation)}
 * fills on the engine thread at every bar close without allocating. Field meanings as in {@link OrbResult};
 * {@link #breakout} is false unless {@code status} is BREAKOUT, and then the breakout fields hold it.
 */
public final class OrbEvaluation {
    public OrbStatus status = OrbStatus.TOO_FEW_BARS;
    public double orHigh;
    public double orLow;
    public int orBarCount;
    public boolean complete;
    public double atr;
    public double longTrigger;
    public double shortTrigger;
    public boolean breakout;
    public TradeBias breakoutDirection;
    public double breakoutPrice;
    public double breakoutLevel;
    public long breakoutBarStartNanos;

    void set(OrbStatus status, double orHigh, double orLow, int orBarCount, boolean complete, double atr,
             double longTrigger, double shortTrigger) {
        this.status = status;
        this.orHigh = orHigh;
        this.orLow = orLow;
        this.orBarCount = orBarCount;
        this.complete = complete;
        this.atr = atr;
        this.longTrigger = longTrigger;
        this.shortTrigger = shortTrigger;
        this.breakout = false;
        this.breakoutDirection = null;
        this.breakoutPrice = 0;
        this.breakoutLevel = 0;
        this.breakoutBarStartNanos = 0;
    }

    void breakout(TradeBias direction, double price, double level, long barStartNanos) {
        status = OrbStatus.BREAKOUT;
        breakout = true;
        breakoutDirection = direction;
        breakoutPrice = price;
        breakoutLevel = level;
        breakoutBarStartNanos = barStartNanos;
    }

    /** The same evaluation as an immutable record. */
    public OrbResult toResult() {
        OrbBreakout found = breakout
                ? new OrbBreakout(breakoutDirection, breakoutPrice, breakoutLevel, orHigh, orLow, breakoutBarStartNanos)
                : null;
        return new OrbResult(status, orHigh, orLow, orBarCount, complete, atr, longTrigger, shortTrigger, found);
    }
}
