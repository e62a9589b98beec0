package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.ExecutionBook;
import com.fks.copilot.engine.risk.RiskManager;
import com.fks.copilot.engine.risk.RiskState;
import com.fks.copilot.engine.risk.TradeRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Today's trade log (issue 20 item 4): one row per trade closed in the engine's day — journaled trades
 * ({@code POST /trades}) and round trips rebuilt from an account's executions (NinjaTrader's fills, or a
 * trade logged on the dashboard) — with time in and out, contract, side, quantity, entry, exit, P&L, the R
 * multiple against the trade's stop (a round trip's: today's plan stop when it protected the entry; "—"
 * without one), and where it came from; the listed trades' total, and the day's realized P&L as the risk
 * rules count it (which also holds the realized part of round trips still open).
 */
public record TradeLogPanel(List<Row> rows, long earlierNotListed, String listedTotal, boolean listedLosing,
                            String dayRealized, boolean dayLosing) {
    /** What a journaled trade's source column says; a round trip's says its account. */
    static final String JOURNALED = "Journal";

    /** One closed trade; {@code rMultiple} is "—" when the trade had no stop. */
    public record Row(long tradeId, String source, String timeIn, String timeOut, String symbol, String side, long quantity,
                      String entry, String exit, String pnl, boolean losing, String rMultiple) {
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    /** The day's closed trades in {@code risk} and {@code executions} (a new ET day drops them), oldest close first. */
    public static TradeLogPanel of(RiskState risk, ExecutionBook executions) {
        List<TradeRecord> closed = new ArrayList<>();
        for (TradeRecord trade : risk.trades) {
            if (trade.status == TradeRecord.CLOSED) {
                closed.add(trade);
            }
        }
        executions.forEachHeldTrip(closed::add);
        closed.sort(Comparator.comparingLong((TradeRecord t) -> t.closedNanos).thenComparingLong(t -> t.tradeId));
        List<Row> rows = new ArrayList<>(closed.size());
        long total = 0;
        for (TradeRecord trade : closed) {
            rows.add(row(trade));
            total += trade.realizedCents;
        }
        return new TradeLogPanel(rows, executions.closedNotHeld(), Money.dollars(total), total < 0, Money.dollars(risk.realizedCents),
                risk.realizedCents < 0);
    }

    private static Row row(TradeRecord trade) {
        Instrument spec = Instruments.byIndex(trade.instrument);
        int decimals = spec.decimals() + 2;
        return new Row(trade.tradeId, trade.accountLength == 0 ? JOURNALED : trade.account(), MarketTime.of(trade.openedNanos),
                MarketTime.of(trade.closedNanos), spec.symbol(), trade.side == EngineEvent.SIDE_LONG ? "LONG" : "SHORT",
                trade.quantity, Prices.format(trade.entryPrice, decimals), Prices.format(trade.exitPrice, decimals),
                Money.dollars(trade.realizedCents), trade.realizedCents < 0, rMultiple(spec, trade));
    }

    /**
     * P&L over the dollars at risk from entry to the stop, e.g. "+1.50R"; "—" without a stop (or a stop at
     * entry). A round trip's entry is an average, so the risk is rounded to the nearest cent, not to whole ticks.
     */
    static String rMultiple(Instrument spec, TradeRecord trade) {
        if (trade.stopPrice == Prices.NONE) {
            return "—";
        }
        long riskCents = RiskManager.stopDistanceCents(spec, trade.entryPrice, trade.stopPrice, trade.quantity);
        if (riskCents <= 0) {
            return "—";
        }
        return String.format("%+.2fR", (double) trade.realizedCents / riskCents);
    }
}
