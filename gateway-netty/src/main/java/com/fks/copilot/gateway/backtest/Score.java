package com.fks.copilot.gateway.backtest;

import com.fks.copilot.engine.backtest.SimulatedTrade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What a walk-forward compares candidates by: net profit, profit factor and trades over a window, in cents. Plain sums
 * (the full report's ta4j criteria give the same dollars: {@code Ta4jLedgerTest}); a walk-forward scores thousands.
 */
public record Score(int trades, long netCents, long profitCents, long lossCents) {
    public static final Score NONE = new Score(0, 0, 0, 0);

    static Score of(List<SimulatedTrade> trades) {
        long profit = 0;
        long loss = 0;
        for (SimulatedTrade trade : trades) {
            if (trade.netCents() > 0) {
                profit += trade.netCents();
            } else {
                loss += trade.netCents();
            }
        }
        return new Score(trades.size(), profit + loss, profit, loss);
    }

    Score plus(Score other) {
        return new Score(trades + other.trades, netCents + other.netCents, profitCents + other.profitCents,
                lossCents + other.lossCents);
    }

    /** Winners' profit over losers' loss; null without a loss. */
    public Double profitFactor() {
        return lossCents == 0 ? null : BigDecimal.valueOf(profitCents).divide(BigDecimal.valueOf(-lossCents), 2,
                RoundingMode.HALF_EVEN).doubleValue();
    }

    public BigDecimal net() {
        return BigDecimal.valueOf(netCents, 2);
    }
}
