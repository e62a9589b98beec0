package com.fks.copilot.engine.analytics;

/** The side the daily plan leans to for an asset; NEUTRAL means no trade idea. */
public enum TradeBias {
    LONG,
    SHORT,
    NEUTRAL
}
