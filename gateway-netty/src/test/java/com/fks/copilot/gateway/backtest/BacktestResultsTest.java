package com.fks.copilot.gateway.backtest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fks.copilot.engine.event.BacktestKind;
import com.fks.copilot.engine.event.SummaryText;
import com.fks.copilot.engine.output.DerivedEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BacktestResultsTest {
    private static final long ASKED_AT = 1_795_539_600_000_000_000L; // Tue 24 Nov 2026 12:00 ET
    private final BacktestResults results = new BacktestResults();

    private void journaled(byte kind, long run, String json) {
        DerivedEvent event = new DerivedEvent();
        event.clear();
        event.type = DerivedEvent.BACKTEST_RESULT;
        event.code = kind;
        event.askedBy = run;
        event.timeNanos = ASKED_AT;
        event.textLength = SummaryText.encode(json, event.text);
        results.emit(event);
    }

    private static String trade(int n, String symbol, String exit, String net) {
        return "{\"n\":" + n + ",\"symbol\":\"" + symbol + "\",\"strategy\":\"orb\",\"side\":\"LONG\",\"contracts\":1,"
                + "\"entry_time\":\"2026-11-23T09:45:00-05:00\",\"entry\":5212.3,\"stop\":5204.8,\"target\":5222.3,"
                + "\"exit_time\":\"" + exit + "\",\"exit\":5222.3,\"exit_reason\":\"target\",\"gross\":0,\"commission\":1.24,"
                + "\"net\":" + net + ",\"risk_rules_would_block\":\"\"}";
    }

    private static final String RUN = "{\"from\":\"2026-11-23\",\"to\":\"2026-11-24\",\"trading_days\":2,"
            + "\"days\":[\"2026-11-23\",\"2026-11-24\"],\"trades\":3,\"total\":{\"net_profit\":70.00,\"max_drawdown\":50.00},"
            + "\"contracts\":[{\"symbol\":\"MGC\"},{\"symbol\":\"MNQ\"}]}";

    @Test
    void beforeAnyRunThereIsNothingToShow() {
        journaled(BacktestKind.TRADE, 7, trade(1, "MGC", "2026-11-23T10:00:00-05:00", "100.00"));
        assertTrue(results.latest().isEmpty(), "trades without their run record are not a run");
    }

    @Test
    void theEquityCurveAddsTradesInExitOrderAndTheDrawdownIsTheFallFromItsPeak() {
        journaled(BacktestKind.TRADE, 7, trade(1, "MGC", "2026-11-23T10:00:00-05:00", "100.00"));
        journaled(BacktestKind.TRADE, 7, trade(2, "MGC", "2026-11-23T11:00:00-05:00", "-50.00"));
        journaled(BacktestKind.TRADE, 7, trade(3, "MGC", "2026-11-24T10:00:00-05:00", "20.00"));
        journaled(BacktestKind.RUN, 7, RUN);

        LatestBacktest run = results.latest().orElseThrow();
        LatestBacktest.Curve gold = run.curves().get(0);
        assertEquals("MGC", gold.symbol());
        assertEquals(List.of(cents(0), cents(10_000), cents(5_000), cents(7_000)), gold.equity());
        assertEquals(List.of(cents(0), cents(0), cents(-5_000), cents(-3_000)), gold.drawdown());
        assertEquals(cents(5_000), gold.maxDrawdown());
        assertEquals(3, gold.trades());
        assertEquals(0, run.curves().get(1).trades(), "a contract the rules never traded still has its (flat) curve");
    }

    @Test
    void aNewerRunReplacesTheLatestAndDropsTradesOfARunThatWasCutOff() {
        journaled(BacktestKind.TRADE, 7, trade(1, "MGC", "2026-11-23T10:00:00-05:00", "100.00")); // its run never came
        journaled(BacktestKind.TRADE, 9, trade(1, "MNQ", "2026-11-23T10:00:00-05:00", "30.00"));
        journaled(BacktestKind.RUN, 9, RUN);

        LatestBacktest run = results.latest().orElseThrow();
        assertEquals(9, run.runId());
        assertEquals(1, run.tradeCount());
        assertEquals("MNQ", run.tradeLines().get(0).symbol());
    }

    @Test
    void theJsonCarriesTheRunItsCurvesAndItsTrades() throws Exception {
        journaled(BacktestKind.TRADE, 7, trade(1, "MGC", "2026-11-23T10:00:00-05:00", "100.00"));
        journaled(BacktestKind.RUN, 7, RUN);

        var json = BacktestReport.JSON.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(results.latest().orElseThrow().toJson());
        assertEquals(7, json.path("run_id").asLong());
        assertEquals("2026-11-24T12:00-05:00", json.path("asked_at").asText());
        assertEquals("2026-11-24", json.path("to").asText());
        assertEquals(2, json.path("curves").size());
        assertEquals(new BigDecimal("100.00"), json.path("curves").get(0).path("equity").get(1).decimalValue());
        assertEquals("MGC", json.path("trade_list").get(0).path("symbol").asText());
    }

    private static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
