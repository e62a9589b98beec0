package com.fks.copilot.gateway.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fks.copilot.engine.backtest.BacktestOutcome;
import com.fks.copilot.engine.backtest.BacktestRules;
import com.fks.copilot.engine.backtest.DeclinedEntry;
import com.fks.copilot.engine.backtest.Signal;
import com.fks.copilot.engine.backtest.SimulatedTrade;
import com.fks.copilot.engine.backtest.Strategy;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.RiskBlock;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.session.EasternTime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A backtest's result: per contract and in total, by strategy, and every trade. {@link #toJson} has a fixed field
 * order and no wall-clock time in it, so the same input gives the same bytes.
 */
public record BacktestReport(String source, LocalDate from, LocalDate to, List<LocalDate> days, BacktestRules rules,
                             RiskRules risk, TradeMetrics total, Map<Strategy, TradeMetrics> byStrategy,
                             List<ContractResult> contracts, List<SimulatedTrade> trades) {

    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)) // dollars keep their cents: 375.00, not 375
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One contract's result.
     *
     * @param declinedByNoTrade setups a standing NO TRADE verdict declined (once per strategy and day)
     * @param declinedByRisk    FOCUS setups the live risk rules blocked, by reason
     * @param orbBlockedByRisk  ORB trades the live risk rules would have blocked (taken anyway), by reason
     */
    public record ContractResult(String symbol, TradeMetrics metrics, int declinedByNoTrade,
                                 Map<String, Integer> declinedByRisk, Map<String, Integer> orbBlockedByRisk) {
    }

    static BacktestReport of(BacktestRequest request, List<LocalDate> days, List<Signal> signals, BacktestOutcome outcome) {
        long commission = request.rules().commissionCentsPerSide();
        Map<Integer, Ta4jLedger.Chart> charts = charts(signals, request.rules());
        List<Ta4jLedger> allLedgers = new ArrayList<>();
        List<ContractResult> contracts = new ArrayList<>();
        for (Instrument contract : Instruments.all()) {
            if (!request.rules().trades(contract.index())) {
                continue;
            }
            List<SimulatedTrade> own = outcome.trades().stream().filter(t -> t.instrument() == contract.index()).toList();
            Ta4jLedger ledger = new Ta4jLedger(contract, charts.get(contract.index()), own, commission);
            allLedgers.add(ledger);
            contracts.add(contractResult(contract, ledger, own, outcome.declined(), days, request.risk()));
        }
        Map<Strategy, TradeMetrics> byStrategy = new TreeMap<>();
        for (Strategy strategy : EnumSet.copyOf(request.rules().strategies())) {
            List<SimulatedTrade> own = outcome.trades().stream().filter(t -> t.strategy() == strategy).toList();
            byStrategy.put(strategy, TradeMetrics.of(ledgers(charts, own, commission), own, days));
        }
        return new BacktestReport(request.history().describe(), request.from(), request.to(), days, request.rules(),
                request.risk(), TradeMetrics.of(allLedgers, outcome.trades(), days), byStrategy, contracts, outcome.trades());
    }

    private static ContractResult contractResult(Instrument contract, Ta4jLedger ledger, List<SimulatedTrade> trades,
                                                 List<DeclinedEntry> declined, List<LocalDate> days, RiskRules risk) {
        Map<String, Integer> declinedByRisk = new TreeMap<>();
        int byNoTrade = 0;
        for (DeclinedEntry entry : declined) {
            if (entry.instrument() == contract.index()) {
                byNoTrade += entry.noTradeMask() != 0 ? 1 : 0;
                countReasons(entry.riskBlocks(), risk, declinedByRisk);
            }
        }
        Map<String, Integer> orbBlocked = new TreeMap<>();
        trades.stream().filter(t -> t.strategy() == Strategy.ORB).forEach(t -> countReasons(t.riskBlocks(), risk, orbBlocked));
        return new ContractResult(contract.symbol(), TradeMetrics.of(List.of(ledger), trades, days), byNoTrade,
                declinedByRisk, orbBlocked);
    }

    private static void countReasons(int blocks, RiskRules risk, Map<String, Integer> into) {
        for (RiskBlock block : RiskBlock.values()) {
            if ((blocks & block.bit()) != 0) {
                into.merge(block.reason(risk), 1, Integer::sum);
            }
        }
    }

    /** One ledger per contract for a subset of the trades (a strategy's). */
    private static List<Ta4jLedger> ledgers(Map<Integer, Ta4jLedger.Chart> charts, List<SimulatedTrade> trades,
                                            long commission) {
        List<Ta4jLedger> ledgers = new ArrayList<>();
        for (Instrument contract : Instruments.all()) {
            List<SimulatedTrade> own = trades.stream().filter(t -> t.instrument() == contract.index()).toList();
            if (!own.isEmpty()) {
                ledgers.add(new Ta4jLedger(contract, charts.get(contract.index()), own, commission));
            }
        }
        return ledgers;
    }

    /** Each traded contract's bars as ta4j reads them, from one pass over the signals. */
    private static Map<Integer, Ta4jLedger.Chart> charts(List<Signal> signals, BacktestRules rules) {
        Map<Integer, List<Signal.BarClosed>> bars = new TreeMap<>();
        for (Signal signal : signals) {
            if (signal instanceof Signal.BarClosed bar && rules.trades(bar.instrument())) {
                bars.computeIfAbsent(bar.instrument(), i -> new ArrayList<>()).add(bar);
            }
        }
        Map<Integer, Ta4jLedger.Chart> charts = new TreeMap<>();
        for (Instrument contract : Instruments.all()) {
            if (rules.trades(contract.index())) {
                charts.put(contract.index(), Ta4jLedger.Chart.of(contract, bars.getOrDefault(contract.index(), List.of())));
            }
        }
        return charts;
    }

    /** The report as JSON, pretty-printed; stable field order. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("source", source);
        root.put("from", from.toString());
        root.put("to", to.toString());
        root.put("trading_days", days.size());
        ArrayNode strategies = root.putArray("strategies");
        byStrategy.keySet().forEach(s -> strategies.add(s.name().toLowerCase(Locale.ROOT)));
        ObjectNode settings = root.putObject("settings");
        settings.put("commission_per_side", BigDecimal.valueOf(rules.commissionCentsPerSide(), 2));
        settings.put("slippage_ticks", rules.slippageTicks());
        settings.put("orb_stop_atr", rules.orbStopAtr());
        settings.put("orb_target_atr", rules.orbTargetAtr());
        settings.put("risk_per_trade", BigDecimal.valueOf(risk.maxRiskPerTradeCents(), 2));
        root.set("total", JSON.valueToTree(total));
        ObjectNode strategyNode = root.putObject("by_strategy");
        byStrategy.forEach((s, m) -> strategyNode.set(s.name().toLowerCase(Locale.ROOT), JSON.valueToTree(m)));
        root.set("contracts", JSON.valueToTree(contracts));
        ArrayNode tradeList = root.putArray("trades");
        trades.forEach(t -> tradeList.add(tradeJson(t)));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ObjectNode tradeJson(SimulatedTrade t) {
        Instrument contract = Instruments.byIndex(t.instrument());
        ObjectNode node = JSON.createObjectNode();
        node.put("symbol", contract.symbol());
        node.put("strategy", t.strategy().name().toLowerCase(Locale.ROOT));
        node.put("side", t.side() > 0 ? "LONG" : "SHORT");
        node.put("contracts", t.contracts());
        node.put("entry_time", Instant.ofEpochSecond(0, t.entryNanos()).atZone(EasternTime.ZONE).toOffsetDateTime().toString());
        node.put("entry", price(t.entryPrice(), contract));
        node.put("stop", price(t.stopPrice(), contract));
        node.put("target", price(t.targetPrice(), contract));
        node.put("exit_time", Instant.ofEpochSecond(0, t.exitNanos()).atZone(EasternTime.ZONE).toOffsetDateTime().toString());
        node.put("exit", price(t.exitPrice(), contract));
        node.put("exit_reason", t.exitReason().name().toLowerCase(Locale.ROOT));
        node.put("gross", BigDecimal.valueOf(t.grossCents(), 2));
        node.put("commission", BigDecimal.valueOf(t.commissionCents(), 2));
        node.put("net", BigDecimal.valueOf(t.netCents(), 2));
        node.put("risk_rules_would_block", RiskBlock.reasons(t.riskBlocks(), risk));
        return node;
    }

    private static BigDecimal price(long fixed, Instrument contract) {
        return new BigDecimal(Prices.format(fixed, contract.decimals()));
    }

    /** The terminal table: a line per contract and the total. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "backtest %s → %s (%d trading days), %s; %s%n", from, to, days.size(),
                String.join(" + ", byStrategy.keySet().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList()), source));
        out.append(String.format(Locale.ROOT, ROW, "", "trades", "win %", "net $", "PF", "max DD $", "Sharpe", "no-trade",
                "risk", "ORB trades the risk rules would block"));
        int noTrade = 0;
        int risk = 0;
        for (ContractResult contract : contracts) {
            int declinedByRisk = contract.declinedByRisk().values().stream().mapToInt(Integer::intValue).sum();
            noTrade += contract.declinedByNoTrade();
            risk += declinedByRisk;
            out.append(row(contract.symbol(), contract.metrics(), contract.declinedByNoTrade(), declinedByRisk,
                    contract.orbBlockedByRisk().isEmpty() ? "" : contract.orbBlockedByRisk().toString()));
        }
        out.append(row("total", total, noTrade, risk, ""));
        out.append("(no-trade, risk: setups declined because the NO TRADE verdict stood or the risk rules blocked them)\n");
        return out.toString();
    }

    private static final String ROW = "%-6s %6s %6s %11s %6s %9s %7s %9s %5s  %s%n";

    private static String row(String name, TradeMetrics m, int noTrade, int risk, String note) {
        return String.format(Locale.ROOT, ROW, name, m.trades(),
                m.winRate() == null ? "—" : String.format(Locale.ROOT, "%.1f", m.winRate() * 100), m.netProfit().toPlainString(),
                m.profitFactor() == null ? "—" : String.format(Locale.ROOT, "%.2f", m.profitFactor()),
                m.maxDrawdown().toPlainString(), m.sharpe() == null ? "—" : String.format(Locale.ROOT, "%.2f", m.sharpe()),
                noTrade, risk, note);
    }
}
