package com.fks.copilot.engine.copilot;

import com.fks.copilot.engine.risk.RiskBlock;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskVerdict;
import com.fks.copilot.engine.risk.RiskWarning;

import java.util.List;
import java.util.Locale;

/**
 * The day's risk as the co-pilot speaks of it.
 *
 * @param blockReason empty when entries are allowed, else the risk rules' reasons joined with "; "
 * @param dailyPnl    formatted dollars, e.g. "-$120.00"
 */
public record RiskFacts(String blockReason, List<String> warnings, String dailyPnl, int openPositions,
                        int consecutiveLosses) {

    /** From the standing verdict: reasons and warnings in the risk rules' words, P&L in dollars. */
    public static RiskFacts of(RiskVerdict standing, RiskRules rules) {
        return new RiskFacts(RiskBlock.reasons(standing.blocks, rules), RiskWarning.texts(standing.warnings, rules),
                dollars(standing.dailyPnlCents), standing.openPositions, standing.consecutiveLosses);
    }

    /** {@code +$1,250.50}, {@code -$120.00}, {@code $0.00}; US format always, so journaled text never depends on the machine. */
    static String dollars(long cents) {
        return (cents > 0 ? "+" : cents < 0 ? "-" : "") + amount(cents);
    }

    /** {@code $1,250.50}: a size without sign (a risk, a limit), US format always. */
    static String amount(long cents) {
        long abs = Math.abs(cents);
        return String.format(Locale.US, "$%,d.%02d", abs / 100, abs % 100);
    }

    public boolean canTrade() {
        return blockReason == null || blockReason.isEmpty();
    }
}
