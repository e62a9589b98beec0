package com.fks.copilot.engine.analytics;

/** Why the daily focus says not to trade today, in the order the checks run. */
public enum NoTradeCause {
    /** No asset had enough bars to plan. */
    NO_MARKET_DATA,
    /** Every asset's quality is below 0.55. */
    ALL_BELOW_MIN_QUALITY,
    /** Some asset's volatility percentile is above 0.88. */
    EXTREME_VOLATILITY
}
