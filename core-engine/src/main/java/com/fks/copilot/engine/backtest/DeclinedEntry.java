package com.fks.copilot.engine.backtest;

/**
 * A setup the simulated trader did not take, once per contract, strategy and day: the NO TRADE verdict stood
 * ({@code noTradeMask}, {@code NoTradeReason} bits) or the live risk rules blocked it ({@code riskBlocks}).
 */
public record DeclinedEntry(Strategy strategy, int instrument, long timeNanos, int noTradeMask, int riskBlocks) {
}
