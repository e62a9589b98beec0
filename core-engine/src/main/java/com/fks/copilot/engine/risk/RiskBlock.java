package com.fks.copilot.engine.risk;

/**
 * Why a new entry is refused. Each is one bit of a verdict's {@code blocks} mask, so the engine
 * records reasons without building strings; the text is made where it is shown.
 */
public enum RiskBlock {
    DAILY_LOSS("Max daily loss reached"),
    MAX_OPEN_TRADES("Max open trades reached"),
    RISK_PER_TRADE("Risk per trade above the limit"),
    ENTRY_CUTOFF("Past entry cutoff (10:00 ET)"),
    SESSION_ENDED("Trading session has ended (12:00 ET)"),
    STACKING("Stacking needs +0.5R open profit and wave ratio 1.8x"),
    CIRCUIT_BREAKER("Circuit breaker: 3 losing trades in a row");

    private final String reason;

    RiskBlock(String reason) {
        this.reason = reason;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public String reason() {
        return reason;
    }

    /** Reasons of a mask joined with "; " (as the original did), or empty when none. */
    public static String reasons(int mask) {
        StringBuilder text = new StringBuilder();
        for (RiskBlock block : values()) {
            if ((mask & block.bit()) != 0) {
                text.append(text.length() == 0 ? "" : "; ").append(block.reason);
            }
        }
        return text.toString();
    }
}
