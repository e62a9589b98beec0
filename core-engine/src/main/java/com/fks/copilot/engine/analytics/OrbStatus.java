package com.fks.copilot.engine.analytics;

/** Where the opening-range breakout stands after an evaluation. */
public enum OrbStatus {
    /** Fewer than 5 one-minute bars in 09:30–10:00 ET of the newest bar's day: no range yet. */
    TOO_FEW_BARS,
    /** The range is empty or not positive (high ≤ low, or a price ≤ 0). */
    INVALID_RANGE,
    /** The ATR is 0, so there are no triggers. */
    ZERO_ATR,
    /** The range and triggers are known but no bar at or after 10:00 ET has arrived. */
    FORMING,
    /** The range is complete and no close since 10:00 ET is beyond a trigger. */
    WAITING,
    /** A close since 10:00 ET went beyond a trigger. */
    BREAKOUT
}
