package com.fks.copilot.gateway.backtest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fks.copilot.engine.backtest.SimulatedTrade;
import com.fks.copilot.engine.event.SummaryText;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as the records the OFF-HOURS run journals (BACKTEST inputs): one compact JSON object per trade, numbered in
 * exit order ({@code n}), then the run's. Each must fit a ring slot's text ({@link SummaryText#CAPACITY}) whole: a cut
 * record would not parse, so the run record drops its per-contract lines, then its day list, before it is cut.
 */
public final class BacktestRecords {
    private BacktestRecords() {
    }

    public static List<String> trades(BacktestReport report) {
        List<String> records = new ArrayList<>(report.trades().size());
        int n = 0;
        for (SimulatedTrade trade : report.trades()) {
            ObjectNode record = BacktestReport.JSON.createObjectNode();
            record.put("n", ++n);
            record.setAll(report.tradeJson(trade));
            records.add(fitting(record.toString()));
        }
        return records;
    }

    public static String run(BacktestReport report) {
        ObjectNode run = BacktestReport.JSON.createObjectNode();
        run.put("source", report.source());
        run.put("from", report.from().toString());
        run.put("to", report.to().toString());
        run.put("trading_days", report.days().size());
        ArrayNode days = run.putArray("days");
        report.days().forEach(d -> days.add(d.toString()));
        run.put("trades", report.trades().size());
        run.set("total", BacktestReport.JSON.valueToTree(report.total()));
        ArrayNode contracts = run.putArray("contracts");
        for (BacktestReport.ContractResult contract : report.contracts()) {
            TradeMetrics m = contract.metrics();
            ObjectNode line = contracts.addObject();
            line.put("symbol", contract.symbol());
            line.put("trades", m.trades());
            line.put("net_profit", m.netProfit());
            line.put("max_drawdown", m.maxDrawdown());
            line.put("win_rate", m.winRate());
            line.put("profit_factor", m.profitFactor());
        }
        if (fits(run.toString())) {
            return run.toString();
        }
        run.remove("contracts");
        if (fits(run.toString())) {
            return run.toString();
        }
        run.remove("days");
        return fitting(run.toString());
    }

    private static boolean fits(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length <= SummaryText.CAPACITY;
    }

    private static String fitting(String json) {
        if (!fits(json)) {
            throw new IllegalStateException("a backtest record of " + json.length() + " characters does not fit a ring slot");
        }
        return json;
    }
}
