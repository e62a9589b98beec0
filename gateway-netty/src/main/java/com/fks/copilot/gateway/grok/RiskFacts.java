package com.fks.copilot.gateway.grok;

import java.util.List;

/**
 * The day's risk as the co-pilot speaks of it.
 *
 * @param blockReason empty when entries are allowed, else the risk rules' reasons joined with "; "
 * @param dailyPnl    formatted dollars, e.g. "-$120.00"
 */
public record RiskFacts(String blockReason, List<String> warnings, String dailyPnl, int openPositions,
                        int consecutiveLosses) {

    public boolean canTrade() {
        return blockReason == null || blockReason.isEmpty();
    }
}
