package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.risk.RiskBlock;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskWarning;

import java.util.List;

/**
 * The risk panel: may the trader enter now, why not, what to watch, and the day's figures against the limits.
 * {@code realizedMismatch} is null unless NinjaTrader's own realized P&L differs from ours (from executions and
 * closed trades) by more than {@link #MISMATCH_CENTS}: then it says so, and that ours is the one the rules use.
 */
public record RiskPanel(boolean canTrade, String blockReason, List<String> warnings, String dailyPnl, String maxDailyLoss,
                        int consecutiveLosses, int openPositions, int maxOpenTrades, String maxRiskPerTrade,
                        String realizedMismatch) {
    /** NinjaTrader's and our realized P&L may differ by rounding; more than $1 is a mismatch. */
    public static final long MISMATCH_CENTS = 100;

    public static RiskPanel of(int blocks, int warnings, long dailyPnlCents, int consecutiveLosses, int openPositions,
                               RiskRules rules, long ninjaTraderRealizedCents) {
        return new RiskPanel(blocks == 0, RiskBlock.reasons(blocks, rules), RiskWarning.texts(warnings, rules),
                Money.dollars(dailyPnlCents), Money.dollars(-rules.maxDailyLossCents()), consecutiveLosses,
                openPositions, rules.maxOpenTrades(), Money.amount(rules.maxRiskPerTradeCents()),
                mismatch(dailyPnlCents, ninjaTraderRealizedCents)
                        ? "NinjaTrader reports " + Money.dollars(ninjaTraderRealizedCents) + " realized; the rules use ours, "
                        + Money.dollars(dailyPnlCents) + ", from executions and closed trades"
                        : null);
    }

    /** True when NinjaTrader reported a realized P&L ({@link Long#MIN_VALUE} = never) more than $1 from ours. */
    public static boolean mismatch(long oursCents, long ninjaTraderCents) {
        return ninjaTraderCents != Long.MIN_VALUE && Math.abs(oursCents - ninjaTraderCents) > MISMATCH_CENTS;
    }
}
