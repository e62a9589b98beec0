package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.event.BacktestKind;
import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;
import com.fks.copilot.engine.event.SummaryText;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.session.SessionMode;
import net.openhft.chronicle.bytes.Bytes;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutputEventCodecTest {

    @Test
    void grokUpdateSurvivesTheOutputJournalWithItsText() {
        DerivedEvent update = new DerivedEvent();
        update.clear();
        update.type = DerivedEvent.GROK_UPDATE;
        update.sourceIndex = 9_001;
        update.code = GrokKind.BRIEFING;
        update.origin = SummaryOrigin.LOCAL;
        update.askedBy = 8_999;
        update.timeNanos = 1_764_000_000_000_000_000L;
        String text = "MORNING BRIEFING\nCOPPER ⚪ 4.5120 (+0.0040) | Bias NONE | Watch 4.5000\nDO NOW: wait for 09:30.";
        update.textLength = SummaryText.encode(text, update.text);

        Bytes<?> bytes = Bytes.allocateElasticOnHeap(256);
        OutputEventCodec.encode(update, bytes);
        DerivedEvent decoded = new DerivedEvent();
        OutputEventCodec.decode(bytes, decoded);

        assertEquals(DerivedEvent.GROK_UPDATE, decoded.type);
        assertEquals(9_001, decoded.sourceIndex);
        assertEquals(GrokKind.BRIEFING, decoded.code);
        assertEquals(SummaryOrigin.LOCAL, decoded.origin);
        assertEquals(8_999, decoded.askedBy);
        assertEquals(text, decoded.text());
        assertEquals(0, bytes.readRemaining());
    }

    @Test
    void backtestResultSurvivesTheOutputJournalWithItsRunAndRecord() {
        DerivedEvent result = new DerivedEvent();
        result.clear();
        result.type = DerivedEvent.BACKTEST_RESULT;
        result.sourceIndex = 70_001;
        result.code = BacktestKind.RUN;
        result.askedBy = 69_950;
        result.timeNanos = 1_764_003_600_000_000_000L;
        String json = "{\"from\":\"2026-10-27\",\"to\":\"2026-11-24\",\"trades\":12,\"net\":-37.44}";
        result.textLength = SummaryText.encode(json, result.text);

        Bytes<?> bytes = Bytes.allocateElasticOnHeap(256);
        OutputEventCodec.encode(result, bytes);
        DerivedEvent decoded = new DerivedEvent();
        OutputEventCodec.decode(bytes, decoded);

        assertEquals(DerivedEvent.BACKTEST_RESULT, decoded.type);
        assertEquals(BacktestKind.RUN, decoded.code);
        assertEquals(69_950, decoded.askedBy);
        assertEquals(1_764_003_600_000_000_000L, decoded.timeNanos);
        assertEquals(json, decoded.text());
        assertEquals(0, bytes.readRemaining());
    }

    @Test
    void aVersionThreeBarCloseWrittenBeforeSummariesStillDecodes() {
        DerivedEvent bar = new DerivedEvent();
        bar.clear();
        bar.type = DerivedEvent.BAR_CLOSED;
        bar.sourceIndex = 12;
        bar.close = Prices.toFixed(5212.3);
        Bytes<?> bytes = Bytes.allocateElasticOnHeap(256);
        OutputEventCodec.encode(bar, bytes);
        bytes.writeByte(0, (byte) 3); // version 4 changed only GROK_UPDATE records: the rest is version 3's layout

        DerivedEvent decoded = new DerivedEvent();
        OutputEventCodec.decode(bytes, decoded);

        assertEquals(DerivedEvent.BAR_CLOSED, decoded.type);
        assertEquals(5212.3, Prices.toPoints(decoded.close), 0.0);
        assertEquals(0, bytes.readRemaining());
    }

    @Test
    void aRiskEventKeepsItsOpenTradesAccountSizeAndSession() {
        DerivedEvent check = new DerivedEvent();
        check.clear();
        check.type = DerivedEvent.RISK_CHECKED;
        check.amountCents = 37_500;
        check.openTrades = 1;
        check.accountCents = 5_000_000;
        check.sessionMode = SessionMode.ACTIVE.ordinal();
        Bytes<?> bytes = Bytes.allocateElasticOnHeap(256);
        OutputEventCodec.encode(check, bytes);

        DerivedEvent decoded = new DerivedEvent();
        OutputEventCodec.decode(bytes, decoded);

        assertEquals(1, decoded.openTrades);
        assertEquals(5_000_000, decoded.accountCents);
        assertEquals(SessionMode.ACTIVE.ordinal(), decoded.sessionMode);
        assertEquals(0, bytes.readRemaining());
    }

    @Test
    void aRoundTripKeepsItsEntryFirstFillTimeAndAccount() {
        DerivedEvent trip = new DerivedEvent();
        trip.clear();
        trip.type = DerivedEvent.ROUND_TRIP_CLOSED;
        trip.entryPrice = Prices.toFixed(5201.0);
        trip.price = Prices.toFixed(5205.0);
        trip.openedNanos = 1_764_860_700_000_000_000L;
        trip.amountCents = 7_752;
        byte[] account = "Sim101".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        trip.setAccount(account, account.length);
        Bytes<?> bytes = Bytes.allocateElasticOnHeap(256);
        OutputEventCodec.encode(trip, bytes);

        DerivedEvent decoded = new DerivedEvent();
        OutputEventCodec.decode(bytes, decoded);

        assertEquals(5201.0, Prices.toPoints(decoded.entryPrice), 0.0);
        assertEquals(5205.0, Prices.toPoints(decoded.price), 0.0);
        assertEquals(1_764_860_700_000_000_000L, decoded.openedNanos);
        assertEquals("Sim101", decoded.account());
        assertEquals(7_752, decoded.amountCents);
        assertEquals(0, bytes.readRemaining());
    }

    @Test
    void anOrbEvaluationKeepsItsAtrAndBarCount() {
        DerivedEvent orb = new DerivedEvent();
        orb.clear();
        orb.type = DerivedEvent.ORB_EVALUATED;
        orb.atr = Prices.toFixed(2.75);
        orb.barCount = 30;
        Bytes<?> bytes = Bytes.allocateElasticOnHeap(256);
        OutputEventCodec.encode(orb, bytes);

        DerivedEvent decoded = new DerivedEvent();
        OutputEventCodec.decode(bytes, decoded);

        assertEquals(2.75, Prices.toPoints(decoded.atr), 0.0);
        assertEquals(30, decoded.barCount);
        assertEquals(0, bytes.readRemaining());
    }

    @Test
    void aVersionFourOrbEvaluationStillDecodesWithItsAuditColumnsUnknown() {
        DerivedEvent orb = new DerivedEvent();
        orb.clear();
        orb.type = DerivedEvent.ORB_EVALUATED;
        orb.rangeHigh = Prices.toFixed(5212.3);
        Bytes<?> bytes = Bytes.allocateElasticOnHeap(256);
        OutputEventCodec.encode(orb, bytes);
        byte[] version5 = bytes.toByteArray();
        Bytes<?> version4 = Bytes.allocateElasticOnHeap(256);
        version4.write(version5, 0, version5.length - Long.BYTES - Integer.BYTES); // version 4 ended before atr and bar count
        version4.writeByte(0, (byte) 4);

        DerivedEvent decoded = new DerivedEvent();
        OutputEventCodec.decode(version4, decoded);

        assertEquals(5212.3, Prices.toPoints(decoded.rangeHigh), 0.0);
        assertEquals(Prices.NONE, decoded.atr);
        assertEquals(-1, decoded.barCount);
        assertEquals(-1, decoded.sessionMode);
        assertEquals(0, version4.readRemaining());
    }
}
