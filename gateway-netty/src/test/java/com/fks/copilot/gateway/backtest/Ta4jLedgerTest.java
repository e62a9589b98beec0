package com.fks.copilot.gateway.backtest;

import com.fks.copilot.engine.backtest.Signal;
import com.fks.copilot.engine.backtest.SimulatedTrade;
import com.fks.copilot.engine.backtest.Strategy;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Our dollars and ta4j's agree: the trades' own net cents (ticks × tick value × contracts − $0.62 a contract a side)
 * sum to ta4j's net profit on the same trades, long and short, on contracts of different tick values.
 */
class Ta4jLedgerTest {
    private static final long T0 = 1_795_531_200_000_000_000L; // 2026-11-24 09:40 ET
    private static final long MINUTE = 60_000_000_000L;

    @Test
    void ourPerTradeDollarsSumToTa4jsNetProfit() {
        Instrument mnq = Instruments.byIndex(Instruments.MNQ); // 0.25 = $0.50
        List<SimulatedTrade> trades = List.of(
                trade(mnq, 1, 3, 20000.00, 20012.50, 0, 5), // +50 ticks × $0.50 × 3 = +$75
                trade(mnq, -1, 2, 20010.00, 20016.25, 10, 12), // −25 ticks × $0.50 × 2 = −$25
                trade(mnq, 1, 1, 20001.00, 20001.00, 20, 21)); // flat: commission only
        Ta4jLedger ledger = new Ta4jLedger(mnq, bars(mnq, 30), trades, 62);

        long ourCents = trades.stream().mapToLong(SimulatedTrade::netCents).sum();
        assertEquals(7500 - 2500 - 2 * 62 * 6, ourCents, "+$75 − $25 − 6 contracts × 2 sides × $0.62");
        assertEquals(BigDecimal.valueOf(ourCents, 2), ledger.netProfit().setScale(2));
        assertEquals(3, ledger.trades());
        assertEquals(1, ledger.wins());
    }

    @Test
    void theMetricsOfTwoContractsAddUp() {
        Instrument mgc = Instruments.byIndex(Instruments.MGC); // 0.1 = $1
        Instrument mes = Instruments.byIndex(Instruments.MES); // 0.25 = $1.25
        List<SimulatedTrade> gold = List.of(trade(mgc, 1, 6, 5200.1, 5208.1, 0, 3)); // +80 ticks × 6 = +$480
        List<SimulatedTrade> spx = List.of(trade(mes, -1, 4, 6000.00, 6003.00, 5, 9)); // −12 ticks × $1.25 × 4 = −$60
        List<SimulatedTrade> all = new ArrayList<>(gold);
        all.addAll(spx);
        TradeMetrics metrics = TradeMetrics.of(List.of(new Ta4jLedger(mgc, bars(mgc, 20), gold, 62),
                new Ta4jLedger(mes, bars(mes, 20), spx, 62)), all, List.of(LocalDate.of(2026, 11, 24)));

        assertEquals(new BigDecimal("407.60"), metrics.netProfit(), "$480 − $7.44 − $60 − $4.96");
        assertEquals(new BigDecimal("472.56"), metrics.grossProfit());
        assertEquals(new BigDecimal("-64.96"), metrics.grossLoss());
        assertEquals(0.5, metrics.winRate());
        assertEquals(7.2746, metrics.profitFactor(), "472.56 / 64.96");
        assertEquals(new BigDecimal("64.96"), metrics.maxDrawdown(), "the MES loss came after the MGC win");
    }

    @Test
    void sharpeIsTheDailyNetsMeanOverTheirDeviationTimesTheRootOf252() {
        Instrument mgc = Instruments.byIndex(Instruments.MGC);
        // Tue 24: +$100 net; Wed 25: no trade ($0); Thu 26: −$40 net. Mean $20, sample deviation √((80² + 20² + 60²)/2)
        // = √5,200 = 72.111…, so Sharpe = 20 / 72.111 × √252 = 4.4028
        long day = 24 * 60L; // minutes, one trading day apart
        List<SimulatedTrade> trades = List.of(netTrade(mgc, 0, 100_00), netTrade(mgc, 2 * day, -40_00));
        TradeMetrics metrics = TradeMetrics.of(List.of(new Ta4jLedger(mgc, bars(mgc, 5), trades, 0)), trades,
                List.of(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26)));
        assertEquals(4.4028, metrics.sharpe());
    }

    /** A trade on MGC netting {@code cents} with no commission, entered {@code minute} minutes after T0. */
    private static SimulatedTrade netTrade(Instrument contract, long minute, long cents) {
        return new SimulatedTrade(Strategy.ORB, contract.index(), (byte) 1, 1, T0 + minute * MINUTE, 0, 0, 0,
                T0 + (minute + 1) * MINUTE, 0, SimulatedTrade.ExitReason.TARGET, cents, 0, 0);
    }

    private static SimulatedTrade trade(Instrument contract, int side, int contracts, double entry, double exit,
                                        int entryMinute, int exitMinute) {
        long gross = contract.centsFor(Prices.toFixed(exit) - Prices.toFixed(entry), contracts) * side;
        return new SimulatedTrade(Strategy.ORB, contract.index(), (byte) side, contracts, T0 + entryMinute * MINUTE,
                Prices.toFixed(entry), 0, 0, T0 + exitMinute * MINUTE, Prices.toFixed(exit),
                SimulatedTrade.ExitReason.TARGET, gross, 2L * 62 * contracts, 0);
    }

    private static List<Signal.BarClosed> bars(Instrument contract, int count) {
        List<Signal.BarClosed> bars = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long p = Prices.toFixed(100);
            bars.add(new Signal.BarClosed(contract.index(), T0 + i * MINUTE, p, p, p, p));
        }
        return bars;
    }
}
