package com.fks.copilot.engine.backtest;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.notrade.NoTradeRules;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How a backtest simulates fills and costs, and what it trades.
 *
 * @param strategies            the strategies traded
 * @param commissionCentsPerSide commission per contract per side, cents
 * @param slippageTicks         ticks against the trader on every market fill (entries, stops, session-end exits);
 *                              a target is a resting limit order and fills at its price
 * @param orbStopAtr            ORB stop distance from the entry, in ATRs of the breakout's triggers
 * @param orbTargetAtr          ORB target distance from the entry, in ATRs
 * @param contracts             the contracts traded (instrument indexes; the engine still sees every contract, as the
 *                              plan ranks them all)
 * @param minQuality            the plan quality a setup needs, in the NO TRADE verdict's quality rules too (the
 *                              engine's 0.55 leaves the verdict exactly as the engine stated it)
 */
public record BacktestRules(Set<Strategy> strategies, long commissionCentsPerSide, int slippageTicks, double orbStopAtr,
                            double orbTargetAtr, Set<Integer> contracts, double minQuality) {
    /**
     * $0.62 per contract per side: a typical retail "all-in" rate for a CME micro (broker commission plus the exchange,
     * NFA and clearing fees, charged once on entry and once on exit; how the all-in rate is made up:
     * https://helpfutures.fundednext.com/en/articles/11430826-how-do-commissions-work-in-futures-trading). It is an
     * assumption, not a quote: pass {@code --commission} with the rate on your own statement.
     */
    public static final long DEFAULT_COMMISSION_CENTS = 62;
    public static final int DEFAULT_SLIPPAGE_TICKS = 1;
    /** The plan's stop and TP1 distances (1.5 and 2 ATRs, FKS-RULES "Daily focus"), carried over to the ORB trade. */
    public static final double DEFAULT_ORB_STOP_ATR = 1.5;
    public static final double DEFAULT_ORB_TARGET_ATR = 2.0;

    public BacktestRules {
        strategies = Set.copyOf(strategies);
        contracts = Set.copyOf(contracts);
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("at least one strategy");
        }
        if (commissionCentsPerSide < 0 || slippageTicks < 0) {
            throw new IllegalArgumentException("commission and slippage must not be negative");
        }
        if (!(orbStopAtr > 0) || !(orbTargetAtr > 0)) {
            throw new IllegalArgumentException("ORB stop and target must be positive ATR multiples");
        }
        if (!(minQuality >= 0 && minQuality <= 1)) {
            throw new IllegalArgumentException("quality bar must be between 0 and 1: " + minQuality);
        }
    }

    /** Every contract. */
    public BacktestRules(Set<Strategy> strategies, long commissionCentsPerSide, int slippageTicks, double orbStopAtr,
                         double orbTargetAtr) {
        this(strategies, commissionCentsPerSide, slippageTicks, orbStopAtr, orbTargetAtr, ALL_CONTRACTS,
                NoTradeRules.MIN_QUALITY);
    }

    /** These rules with another ORB stop, ORB target and quality bar: a walk-forward candidate. */
    public BacktestRules with(double stopAtr, double targetAtr, double quality) {
        return new BacktestRules(strategies, commissionCentsPerSide, slippageTicks, stopAtr, targetAtr, contracts, quality);
    }

    /** These rules trading {@code traded} only. */
    public BacktestRules trading(Set<Integer> traded) {
        return new BacktestRules(strategies, commissionCentsPerSide, slippageTicks, orbStopAtr, orbTargetAtr, traded,
                minQuality);
    }

    private static final Set<Integer> ALL_CONTRACTS = IntStream.range(0, Instruments.count()).boxed()
            .collect(Collectors.toUnmodifiableSet());

    public static BacktestRules defaults() {
        return new BacktestRules(EnumSet.allOf(Strategy.class), DEFAULT_COMMISSION_CENTS, DEFAULT_SLIPPAGE_TICKS,
                DEFAULT_ORB_STOP_ATR, DEFAULT_ORB_TARGET_ATR);
    }

    public boolean trades(Strategy strategy) {
        return strategies.contains(strategy);
    }

    public boolean trades(int contract) {
        return contracts.contains(contract);
    }
}
