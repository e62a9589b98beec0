package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.ExecutionBook;
import com.fks.copilot.engine.risk.RiskState;
import com.fks.copilot.engine.risk.TradeRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Today's trade log (issue 20 item 4) as its jte template renders it. */
class TradeLogPanelTest {
    /** 2026-12-04 14:31:05Z = 09:31:05 ET. */
    private static final long NINE_THIRTY_ONE = 1_796_394_665L * 1_000_000_000L;

    private static void closed(TradeRecord trade, long id, int instrument, byte side, long quantity, double entry,
                               double stop, double exit, long cents, long openedNanos, long closedNanos) {
        trade.status = TradeRecord.CLOSED;
        trade.tradeId = id;
        trade.instrument = instrument;
        trade.side = side;
        trade.quantity = quantity;
        trade.entryPrice = Prices.toFixed(entry);
        trade.stopPrice = Double.isNaN(stop) ? Prices.NONE : Prices.toFixed(stop);
        trade.exitPrice = Prices.toFixed(exit);
        trade.realizedCents = cents;
        trade.openedNanos = openedNanos;
        trade.closedNanos = closedNanos;
    }

    private static Element render(RiskState risk) {
        return render(risk, new ExecutionBook());
    }

    private static Element render(RiskState risk, ExecutionBook executions) {
        return Jsoup.parse(new Views().tradeLog(TradeLogPanel.of(risk, executions))).selectFirst("#tradelog-panel");
    }

    /** The round trips as the engine folds them: {@code stop} is what the engine's plan would answer at the first fill. */
    private static final class Fills implements ExecutionBook.RoundTrips {
        private final ExecutionBook book = new ExecutionBook();
        private final EngineEvent fill = new EngineEvent();
        private final long stop;
        private long index = 100;

        Fills(double stop) {
            this.stop = Double.isNaN(stop) ? Prices.NONE : Prices.toFixed(stop);
        }

        Fills fill(int instrument, byte side, long quantity, double price, long commissionCents, long timeNanos) {
            fill.clear();
            fill.setAccount("Sim101");
            fill.journalIndex = index++;
            fill.requestKeyHigh = fill.journalIndex;
            fill.instrument = instrument;
            fill.side = side;
            fill.quantity = quantity;
            fill.price = Prices.toFixed(price);
            fill.amount = commissionCents;
            fill.eventTimeNanos = timeNanos;
            book.apply(fill, this);
            return this;
        }

        @Override
        public void realized(long cents) {
        }

        @Override
        public void roundTripClosed(TradeRecord trip) {
        }

        @Override
        public long roundTripOpened(EngineEvent first) {
            return stop;
        }
    }

    /** Gold long 2 @ 5212.3 stop 5202.3 out 5227.3 (+$300, 1.5R); Nasdaq short 1 @ 21450.25 no stop out 21455.25 (-$10). */
    private static RiskState day() {
        RiskState risk = new RiskState();
        closed(risk.trades[3], 40, Instruments.MGC, EngineEvent.SIDE_LONG, 2, 5212.3, 5202.3, 5227.3, 30_000,
                NINE_THIRTY_ONE, NINE_THIRTY_ONE + 600_000_000_000L);
        closed(risk.trades[1], 41, Instruments.MNQ, EngineEvent.SIDE_SHORT, 1, 21450.25, Double.NaN, 21455.25, -1_000,
                NINE_THIRTY_ONE + 60_000_000_000L, NINE_THIRTY_ONE + 120_000_000_000L);
        risk.trades[5].status = TradeRecord.OPEN; // open trades are not in the log
        risk.trades[5].tradeId = 42;
        risk.realizedCents = 30_000 - 1_000 - 5_000; // a -$50 round trip from broker executions too
        return risk;
    }

    @Test
    void eachClosedTradeShowsTimesContractSideQuantityPricesAndPnlOldestCloseFirst() {
        Element panel = render(day());
        assertEquals(2, panel.select("tbody tr").size());
        Element first = panel.selectFirst("tbody tr");
        assertEquals("41", first.attr("data-trade-id"));
        assertEquals("09:32:05 ET", first.selectFirst(".in").text());
        assertEquals("09:33:05 ET", first.selectFirst(".out").text());
        assertEquals("MNQ", first.selectFirst(".symbol").text());
        assertEquals("SHORT", first.selectFirst(".side").text());
        assertEquals("1", first.selectFirst(".qty").text());
        assertTrue(first.selectFirst(".entry").text().startsWith("21450.25"), first.selectFirst(".entry").text());
        assertEquals("-$10.00", first.selectFirst(".pnl.loss").text());
        Element gold = panel.selectFirst("tr[data-trade-id=40]");
        assertEquals("LONG", gold.selectFirst(".side").text());
        assertEquals("+$300.00", gold.selectFirst(".pnl.gain").text());
        assertTrue(gold.selectFirst(".exit").text().startsWith("5227.3"), gold.selectFirst(".exit").text());
        assertNull(panel.selectFirst("tr[data-trade-id=42]"));
    }

    @Test
    void rMultipleOnlyAgainstAKnownStop() {
        Element panel = render(day());
        // $300 over 2 × 10 points × $10 = $200 at risk
        assertEquals("+1.50R", panel.selectFirst("tr[data-trade-id=40] .r").text());
        assertEquals("—", panel.selectFirst("tr[data-trade-id=41] .r").text());
    }

    @Test
    void listedTotalAndTheDayRealizedWithExecutions() {
        Element panel = render(day());
        assertEquals("Listed trades +$290.00", panel.selectFirst(".total").text());
        assertTrue(panel.selectFirst(".day-realized").text().startsWith("Day realized +$240.00"),
                panel.selectFirst(".day-realized").text());
    }

    @Test
    void aRoundTripFromFillsIsARowWithItsAccountBetweenTheJournaledTrades() {
        // MES long 1 @ 6000.00 + 1 @ 6001.00, out 2 @ 6004.50 at 09:32:35 ET; plan stop 5995.00:
        // (6004.50 − 6000.50) = 16 ticks × $1.25 × 2 = $40.00 − 4 × $0.62 = $37.52 over 22 ticks × $1.25 × 2 = $55.00: +0.68R
        ExecutionBook executions = new Fills(5995.00)
                .fill(Instruments.MES, EngineEvent.SIDE_LONG, 1, 6000.00, 62, NINE_THIRTY_ONE + 30_000_000_000L)
                .fill(Instruments.MES, EngineEvent.SIDE_LONG, 1, 6001.00, 62, NINE_THIRTY_ONE + 40_000_000_000L)
                .fill(Instruments.MES, EngineEvent.SIDE_SHORT, 2, 6004.50, 124, NINE_THIRTY_ONE + 90_000_000_000L).book;
        Element panel = render(day(), executions);

        assertEquals(3, panel.select("tbody tr").size());
        Element trip = panel.select("tbody tr").get(0);
        assertEquals("100", trip.attr("data-trade-id"), "named by its first fill's journal index");
        assertEquals("Sim101", trip.selectFirst(".source").text());
        assertEquals("09:31:35 ET", trip.selectFirst(".in").text());
        assertEquals("09:32:35 ET", trip.selectFirst(".out").text());
        assertEquals("2", trip.selectFirst(".qty").text());
        assertTrue(trip.selectFirst(".entry").text().startsWith("6000.50"), trip.selectFirst(".entry").text());
        assertEquals("+$37.52", trip.selectFirst(".pnl.gain").text());
        assertEquals("+0.68R", trip.selectFirst(".r").text());
        assertEquals("Journal", panel.selectFirst("tr[data-trade-id=40] .source").text());
        assertEquals("Listed trades +$327.52", panel.selectFirst(".total").text());
    }

    @Test
    void aRoundTripWithoutAProtectivePlanStopHasNoR() {
        ExecutionBook executions = new Fills(Double.NaN)
                .fill(Instruments.MGC, EngineEvent.SIDE_SHORT, 1, 5212.3, 0, NINE_THIRTY_ONE)
                .fill(Instruments.MGC, EngineEvent.SIDE_LONG, 1, 5210.3, 0, NINE_THIRTY_ONE + 1_000_000_000L).book;
        // short 5212.3 → 5210.3: 20 ticks × $1.00 = +$20.00
        Element row = render(new RiskState(), executions).selectFirst("tbody tr");
        assertEquals("+$20.00", row.selectFirst(".pnl").text());
        assertEquals("—", row.selectFirst(".r").text());
    }

    @Test
    void anEmptyDaySaysSo() {
        Element panel = render(new RiskState());
        assertNotNull(panel.selectFirst(".empty"));
        assertEquals("0", panel.attr("data-trades"));
        assertTrue(panel.selectFirst(".day-realized").text().startsWith("Day realized $0.00"));
    }
}
