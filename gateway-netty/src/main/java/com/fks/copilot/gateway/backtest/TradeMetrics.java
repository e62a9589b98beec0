package com.fks.copilot.gateway.backtest;

import com.fks.copilot.engine.backtest.SimulatedTrade;
import com.fks.copilot.engine.session.TradingDays;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures a trader judges a rule by, in dollars. Net profit, the winners' profit, the losers' loss, the trade and
 * win counts are ta4j's criteria on the trades' {@link Ta4jLedger}s; the rest is arithmetic on them, and drawdown and
 * Sharpe on the day's net P&L, which ta4j 0.17 measures on price returns rather than dollars.
 *
 * @param profitFactor        winners' profit / |losers' loss|; null without a loss
 * @param winRate             wins / trades; null without trades
 * @param expectancy          net profit per trade
 * @param maxDrawdown         the largest fall of the equity (cumulative net, trades in exit order) from a peak, ≥ 0
 * @param returnOverDrawdown  net profit / max drawdown; null without a drawdown
 * @param sharpe              mean / standard deviation of the daily net P&L over the range's trading days (0 on a day
 *                            without trades), × √252; null with fewer than two days or no variation
 */
public record TradeMetrics(int trades, int wins, int losses, BigDecimal netProfit, BigDecimal grossProfit,
                           BigDecimal grossLoss, Double profitFactor, Double winRate, BigDecimal averageWin,
                           BigDecimal averageLoss, BigDecimal expectancy, BigDecimal maxDrawdown,
                           Double returnOverDrawdown, Double sharpe) {
    private static final int CENTS = 2;

    static TradeMetrics of(List<Ta4jLedger> ledgers, List<SimulatedTrade> trades, List<LocalDate> days) {
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal profit = BigDecimal.ZERO;
        BigDecimal loss = BigDecimal.ZERO;
        int count = 0;
        int wins = 0;
        for (Ta4jLedger ledger : ledgers) {
            net = net.add(ledger.netProfit());
            profit = profit.add(ledger.grossProfit());
            loss = loss.add(ledger.grossLoss());
            count += ledger.trades();
            wins += ledger.wins();
        }
        int losses = (int) trades.stream().filter(t -> t.netCents() < 0).count();
        BigDecimal drawdown = maxDrawdown(trades);
        return new TradeMetrics(count, wins, losses, dollars(net), dollars(profit), dollars(loss),
                loss.signum() == 0 ? null : ratio(profit.doubleValue() / -loss.doubleValue()),
                count == 0 ? null : ratio((double) wins / count), perTrade(profit, wins), perTrade(loss, losses),
                perTrade(net, count), drawdown,
                drawdown.signum() == 0 ? null : ratio(net.doubleValue() / drawdown.doubleValue()), sharpe(trades, days));
    }

    private static BigDecimal maxDrawdown(List<SimulatedTrade> trades) {
        long equity = 0;
        long peak = 0;
        long worst = 0;
        for (SimulatedTrade trade : trades.stream().sorted(Comparator.comparingLong(SimulatedTrade::exitNanos)).toList()) {
            equity += trade.netCents();
            peak = Math.max(peak, equity);
            worst = Math.max(worst, peak - equity);
        }
        return BigDecimal.valueOf(worst, CENTS);
    }

    private static Double sharpe(List<SimulatedTrade> trades, List<LocalDate> days) {
        if (days.size() < 2) {
            return null;
        }
        Map<LocalDate, Long> byDay = new TreeMap<>();
        days.forEach(day -> byDay.put(day, 0L));
        for (SimulatedTrade trade : trades) {
            byDay.computeIfPresent(TradingDays.ofEpochNanos(trade.exitNanos()), (day, cents) -> cents + trade.netCents());
        }
        double mean = byDay.values().stream().mapToLong(Long::longValue).average().orElse(0);
        double variance = byDay.values().stream().mapToDouble(c -> (c - mean) * (c - mean)).sum() / (byDay.size() - 1);
        return variance == 0 ? null : ratio(mean / Math.sqrt(variance) * Math.sqrt(252));
    }

    private static BigDecimal perTrade(BigDecimal total, int trades) {
        return trades == 0 ? null : total.divide(BigDecimal.valueOf(trades), CENTS, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal dollars(BigDecimal value) {
        return value.setScale(CENTS, RoundingMode.HALF_EVEN);
    }

    private static Double ratio(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }
}
