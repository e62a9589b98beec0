package com.fks.copilot.gateway.backtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fks.copilot.engine.session.EasternTime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One journaled OFF-HOURS run as the trader reads it: the run's figures, each contract's equity curve and drawdown
 * (cumulative net P&L in exit order, and how far it stands below its peak), and the trade list. Built from the
 * records as journaled, so the page and the API show exactly what PostgreSQL holds.
 */
public final class LatestBacktest {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE MMM d HH:mm", Locale.ROOT);
    /** Dollars as journaled, to the cent: 100.00 stays 100.00 (a double would make it 100.0). */
    private static final ObjectReader RECORDS = BacktestReport.JSON.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** A contract's curve, one point per closed trade after a starting zero; times epoch seconds (uPlot's x). */
    public record Curve(String symbol, List<Long> times, List<BigDecimal> equity, List<BigDecimal> drawdown) {
        public BigDecimal net() {
            return equity.get(equity.size() - 1);
        }

        public BigDecimal maxDrawdown() {
            return drawdown.stream().min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO).negate();
        }

        public int trades() {
            return times.size() - 1;
        }
    }

    /** A line of the trade table, as shown. */
    public record TradeLine(int n, String symbol, String strategy, String side, int contracts, String entryTime,
                            String entry, String exitTime, String exit, String exitReason, BigDecimal net) {
        public boolean win() {
            return net.signum() > 0;
        }
    }

    private final long runId;
    private final long askedAtNanos;
    private final ObjectNode run;
    private final List<ObjectNode> trades;
    private final List<Curve> curves;

    private LatestBacktest(long runId, long askedAtNanos, ObjectNode run, List<ObjectNode> trades) {
        this.runId = runId;
        this.askedAtNanos = askedAtNanos;
        this.run = run;
        this.trades = trades;
        this.curves = curves(symbols(run, trades), trades);
    }

    static LatestBacktest of(long runId, long askedAtNanos, String runJson, List<String> tradeJsons) {
        List<ObjectNode> trades = new ArrayList<>(tradeJsons.size());
        tradeJsons.forEach(t -> trades.add(parse(t)));
        trades.sort(Comparator.comparingInt(t -> t.path("n").asInt()));
        return new LatestBacktest(runId, askedAtNanos, parse(runJson), trades);
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) RECORDS.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journaled backtest record is not JSON", e);
        }
    }

    /** The run's contracts in its order, then any other a trade names (a run record without its per-contract lines). */
    private static List<String> symbols(ObjectNode run, List<ObjectNode> trades) {
        Set<String> symbols = new LinkedHashSet<>();
        run.path("contracts").forEach(c -> symbols.add(c.path("symbol").asText()));
        trades.forEach(t -> symbols.add(t.path("symbol").asText()));
        return List.copyOf(symbols);
    }

    private static List<Curve> curves(List<String> symbols, List<ObjectNode> trades) {
        Map<String, List<ObjectNode>> bySymbol = new LinkedHashMap<>();
        symbols.forEach(s -> bySymbol.put(s, new ArrayList<>()));
        trades.forEach(t -> bySymbol.get(t.path("symbol").asText()).add(t));
        List<Curve> curves = new ArrayList<>();
        for (Map.Entry<String, List<ObjectNode>> contract : bySymbol.entrySet()) {
            List<ObjectNode> own = new ArrayList<>(contract.getValue());
            own.sort(Comparator.comparing(t -> time(t, "exit_time")));
            List<Long> times = new ArrayList<>();
            List<BigDecimal> equity = new ArrayList<>();
            List<BigDecimal> drawdown = new ArrayList<>();
            times.add(own.isEmpty() ? 0 : time(own.get(0), "entry_time").toEpochSecond());
            equity.add(BigDecimal.ZERO.setScale(2));
            drawdown.add(BigDecimal.ZERO.setScale(2));
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            BigDecimal peak = total;
            for (ObjectNode trade : own) {
                total = total.add(trade.path("net").decimalValue());
                peak = peak.max(total);
                times.add(time(trade, "exit_time").toEpochSecond());
                equity.add(total);
                drawdown.add(total.subtract(peak));
            }
            curves.add(new Curve(contract.getKey(), List.copyOf(times), List.copyOf(equity), List.copyOf(drawdown)));
        }
        return List.copyOf(curves);
    }

    private static OffsetDateTime time(JsonNode trade, String field) {
        return OffsetDateTime.parse(trade.path(field).asText());
    }

    public long runId() {
        return runId;
    }

    /** When the session change asked for the run, ET, as shown. */
    public String askedAt() {
        return Instant.ofEpochSecond(0, askedAtNanos).atZone(EasternTime.ZONE).format(SHOWN) + " ET";
    }

    public String from() {
        return run.path("from").asText();
    }

    public String to() {
        return run.path("to").asText();
    }

    public int tradingDays() {
        return run.path("trading_days").asInt();
    }

    public String source() {
        return run.path("source").asText();
    }

    public int tradeCount() {
        return trades.size();
    }

    public String net() {
        return run.path("total").path("net_profit").decimalValue().toPlainString();
    }

    public boolean netPositive() {
        return run.path("total").path("net_profit").decimalValue().signum() > 0;
    }

    public String maxDrawdown() {
        return run.path("total").path("max_drawdown").decimalValue().toPlainString();
    }

    public String winRate() {
        JsonNode rate = run.path("total").path("win_rate");
        return rate.isNumber() ? String.format(Locale.ROOT, "%.1f %%", rate.asDouble() * 100) : "—";
    }

    public String profitFactor() {
        JsonNode factor = run.path("total").path("profit_factor");
        return factor.isNumber() ? String.format(Locale.ROOT, "%.2f", factor.asDouble()) : "—";
    }

    public String sharpe() {
        JsonNode sharpe = run.path("total").path("sharpe");
        return sharpe.isNumber() ? String.format(Locale.ROOT, "%.2f", sharpe.asDouble()) : "—";
    }

    public List<Curve> curves() {
        return curves;
    }

    public List<TradeLine> tradeLines() {
        List<TradeLine> lines = new ArrayList<>(trades.size());
        for (ObjectNode t : trades) {
            lines.add(new TradeLine(t.path("n").asInt(), t.path("symbol").asText(), t.path("strategy").asText(),
                    t.path("side").asText(), t.path("contracts").asInt(), shown(t, "entry_time"),
                    t.path("entry").decimalValue().toPlainString(), shown(t, "exit_time"),
                    t.path("exit").decimalValue().toPlainString(), t.path("exit_reason").asText(), t.path("net").decimalValue()));
        }
        return lines;
    }

    private static String shown(JsonNode trade, String field) {
        return time(trade, field).atZoneSameInstant(EasternTime.ZONE).format(SHOWN);
    }

    /** {@code GET /api/backtest/latest}: the run record, its id and time, each contract's curves, the trades. */
    public String toJson() {
        ObjectNode root = BacktestReport.JSON.createObjectNode();
        root.put("run_id", runId);
        root.put("asked_at", Instant.ofEpochSecond(0, askedAtNanos).atZone(EasternTime.ZONE).toOffsetDateTime().toString());
        root.setAll(run);
        ArrayNode contracts = root.putArray("curves");
        for (Curve curve : curves) {
            ObjectNode node = contracts.addObject();
            node.put("symbol", curve.symbol());
            ArrayNode times = node.putArray("times");
            curve.times().forEach(times::add);
            ArrayNode equity = node.putArray("equity");
            curve.equity().forEach(equity::add);
            ArrayNode drawdown = node.putArray("drawdown");
            curve.drawdown().forEach(drawdown::add);
        }
        ArrayNode list = root.putArray("trade_list");
        trades.forEach(list::add);
        return root.toString();
    }
}
