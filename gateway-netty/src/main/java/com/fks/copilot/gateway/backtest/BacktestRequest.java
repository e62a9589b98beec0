package com.fks.copilot.gateway.backtest;

import com.fks.copilot.engine.backtest.BacktestRules;
import com.fks.copilot.engine.risk.RiskRules;

import java.time.LocalDate;

/** One backtest: the history, the trading days it trades (inclusive), how fills are simulated, the live risk rules. */
public record BacktestRequest(MarketHistory history, LocalDate from, LocalDate to, BacktestRules rules, RiskRules risk) {
    public BacktestRequest {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }
}
