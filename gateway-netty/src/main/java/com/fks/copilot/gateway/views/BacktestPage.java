package com.fks.copilot.gateway.views;

import com.fks.copilot.gateway.backtest.LatestBacktest;

/**
 * The {@code /backtest} page: the latest OFF-HOURS run, or null before the first one.
 *
 * @param days how many trading days a run covers, for the page that has none yet
 */
public record BacktestPage(LatestBacktest run, int days) {
}
