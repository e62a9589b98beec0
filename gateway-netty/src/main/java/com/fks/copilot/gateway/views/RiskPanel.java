package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.risk.RiskBlock;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskWarning;

import java.util.List;

/** The risk panel: may the trader enter now, why not, what to watch, and the day's figures against the limits. */
public record RiskPanel(boolean canTrade, String blockReason, List<String> warnings, String dailyPnl, String maxDailyLoss,
                        int consecutiveLosses, int openPositions, int maxOpenTrades, String maxRiskPerTrade) {

    public static RiskPanel of(int blocks, int warnings, long dailyPnlCents, int consecutiveLosses, int openPositions,
                               RiskRules rules) {
        return new RiskPanel(blocks == 0, RiskBlock.reasons(blocks, rules), RiskWarning.texts(warnings, rules),
                Money.dollars(dailyPnlCents), Money.dollars(-rules.maxDailyLossCents()), consecutiveLosses,
                openPositions, rules.maxOpenTrades(), Money.amount(rules.maxRiskPerTradeCents()));
    }
}
