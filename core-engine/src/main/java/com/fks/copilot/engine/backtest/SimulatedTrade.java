package com.fks.copilot.engine.backtest;

/**
 * One simulated round trip. Prices fixed-point points on the contract's tick grid; money in cents from ticks × tick
 * value × contracts.
 *
 * @param side       +1 long, -1 short
 * @param riskBlocks the {@code RiskBlock} mask the live risk rules would have answered at the entry (0 = allowed)
 */
public record SimulatedTrade(Strategy strategy, int instrument, byte side, int contracts, long entryNanos,
                             long entryPrice, long stopPrice, long targetPrice, long exitNanos, long exitPrice,
                             ExitReason exitReason, long grossCents, long commissionCents, int riskBlocks) {

    /** Why a position ended. */
    public enum ExitReason {
        STOP, TARGET, SESSION_END, END_OF_DATA
    }

    public long netCents() {
        return grossCents - commissionCents;
    }
}
