package com.fks.copilot.engine.risk;

import java.util.function.Function;

/**
 * Why a new entry is refused. Each is one bit of a verdict's {@code blocks} mask, so the engine
 * records reasons without building strings; the text is made where it is shown, from the
 * {@link RiskRules} in force, so a reason never names a limit the trader did not set.
 */
public enum RiskBlock {
    DAILY_LOSS(rules -> "Max daily loss reached"),
    MAX_OPEN_TRADES(rules -> "Max open trades reached"),
    RISK_PER_TRADE(rules -> "Risk per trade above the limit"),
    ENTRY_CUTOFF(rules -> "Past entry cutoff (" + RiskRules.clockText(rules.entryCutoffMinute()) + " ET)"),
    SESSION_ENDED(rules -> "Trading session has ended (" + RiskRules.clockText(rules.sessionEndMinute()) + " ET)"),
    STACKING(rules -> "Stacking needs +" + RiskRules.number(rules.stackMinR()) + "R open profit and wave ratio "
            + RiskRules.number(rules.stackMinWaveRatio()) + "x"),
    CIRCUIT_BREAKER(rules -> "Circuit breaker: " + rules.circuitBreakerLosses() + " losing trades in a row");

    private final Function<RiskRules, String> reason;

    RiskBlock(Function<RiskRules, String> reason) {
        this.reason = reason;
    }

    public int bit() {
        return 1 << ordinal();
    }

    /** The reason as the trader reads it, naming the limits of {@code rules}. */
    public String reason(RiskRules rules) {
        return reason.apply(rules);
    }

    /** Reasons of a mask joined with "; " (as the original did), or empty when none. */
    public static String reasons(int mask, RiskRules rules) {
        StringBuilder text = new StringBuilder();
        for (RiskBlock block : values()) {
            if ((mask & block.bit()) != 0) {
                text.append(text.length() == 0 ? "" : "; ").append(block.reason(rules));
            }
        }
        return text.toString();
    }
}
