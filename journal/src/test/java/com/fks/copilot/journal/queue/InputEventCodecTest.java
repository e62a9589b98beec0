package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.event.BacktestKind;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;
import com.fks.copilot.engine.event.SummaryText;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import net.openhft.chronicle.bytes.Bytes;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InputEventCodecTest {

    @Test
    void positionReportSurvivesTheJournalBitForBit() {
        EngineEvent position = new EngineEvent();
        position.clear();
        position.type = EventType.POSITION;
        position.instrument = Instruments.MGC;
        position.price = Prices.toFixed(5212.35);
        position.quantity = 3;
        position.side = EngineEvent.SIDE_SHORT;
        position.amount = -12_550;
        position.eventTimeNanos = 1_764_000_000_123_456_789L;
        position.sourceSequence = 77;
        position.setAccount("Sim101");
        position.positionSides[Instruments.MNQ] = EngineEvent.SIDE_LONG;
        position.positionQuantities[Instruments.MNQ] = 2;
        position.positionPrices[Instruments.MNQ] = Prices.toFixed(21450.25);
        position.positionPnlCents[Instruments.MNQ] = 4_550;

        Bytes<?> bytes = Bytes.allocateElasticOnHeap(128);
        InputEventCodec.encode(position, bytes);
        EngineEvent decoded = new EngineEvent();
        InputEventCodec.decode(bytes, decoded);

        assertEquals(EventType.POSITION, decoded.type);
        assertEquals(Instruments.MGC, decoded.instrument);
        assertEquals(5212.35, Prices.toPoints(decoded.price), 0.0);
        assertEquals(3, decoded.quantity);
        assertEquals(EngineEvent.SIDE_SHORT, decoded.side);
        assertEquals(-12_550, decoded.amount);
        assertEquals(1_764_000_000_123_456_789L, decoded.eventTimeNanos);
        assertEquals(77, decoded.sourceSequence);
        assertEquals("Sim101", decoded.accountName());
        assertEquals(EngineEvent.SIDE_LONG, decoded.positionSides[Instruments.MNQ]);
        assertEquals(2, decoded.positionQuantities[Instruments.MNQ]);
        assertEquals(21450.25, Prices.toPoints(decoded.positionPrices[Instruments.MNQ]), 0.0);
        assertEquals(4_550, decoded.positionPnlCents[Instruments.MNQ]);
        assertEquals(0, decoded.positionQuantities[Instruments.MGC], "absent contracts are flat");
    }

    @Test
    void anExternalAuditNoteSurvivesTheJournalWithItsKindAndRecord() {
        EngineEvent note = new EngineEvent();
        note.clear();
        note.type = EventType.AUDIT_NOTE;
        note.summaryKind = EventType.NOTE_ORB;
        note.eventTimeNanos = 1_764_000_900_000_000_000L;
        String record = "{\"time\":\"2026-11-24T15:05:00Z\",\"symbol\":\"MNQ\",\"status\":\"BREAKOUT\",\"breakout\":true}";
        note.summaryLength = SummaryText.encode(record, note.summary);

        Bytes<?> bytes = Bytes.allocateElasticOnHeap(128);
        InputEventCodec.encode(note, bytes);
        EngineEvent decoded = new EngineEvent();
        InputEventCodec.decode(bytes, decoded);

        assertEquals(EventType.AUDIT_NOTE, decoded.type);
        assertEquals(EventType.NOTE_ORB, decoded.summaryKind);
        assertEquals(1_764_000_900_000_000_000L, decoded.eventTimeNanos);
        assertEquals(record, decoded.summaryText());
        assertEquals(0, bytes.readRemaining(), "the record is read to its end");
    }

    @Test
    void grokSummarySurvivesTheJournalWithItsEmojiTextKindOriginAndAsker() {
        EngineEvent summary = new EngineEvent();
        String text = "GOLD 🟢 5212 (+4) | Bias VALID | Watch 5225\nNASDAQ 🔴 21450 (-35) | Bias VALID | Watch 21400\n"
                + "DO NOW: stay patient, let gold come back to 5205 before adding.";
        summary.setSummary(GrokKind.LIVE, SummaryOrigin.GROK, 4_711, 1_764_000_900_000_000_000L, text);

        Bytes<?> bytes = Bytes.allocateElasticOnHeap(128);
        InputEventCodec.encode(summary, bytes);
        EngineEvent decoded = new EngineEvent();
        InputEventCodec.decode(bytes, decoded);

        assertEquals(EventType.GROK_SUMMARY, decoded.type);
        assertEquals(GrokKind.LIVE, decoded.summaryKind);
        assertEquals(SummaryOrigin.GROK, decoded.summaryOrigin);
        assertEquals(4_711, decoded.amount);
        assertEquals(1_764_000_900_000_000_000L, decoded.eventTimeNanos);
        assertEquals(text, decoded.summaryText());
        assertEquals(0, bytes.readRemaining(), "the record is read to its end");
    }

    @Test
    void backtestRecordSurvivesTheJournalWithItsKindRunAndJson() {
        EngineEvent record = new EngineEvent();
        String json = "{\"n\":3,\"symbol\":\"MNQ\",\"strategy\":\"focus\",\"side\":\"SHORT\",\"net\":-18.74}";
        record.setBacktestRecord(BacktestKind.TRADE, 52_000, 1_764_003_600_000_000_000L, json);

        Bytes<?> bytes = Bytes.allocateElasticOnHeap(128);
        InputEventCodec.encode(record, bytes);
        EngineEvent decoded = new EngineEvent();
        InputEventCodec.decode(bytes, decoded);

        assertEquals(EventType.BACKTEST, decoded.type);
        assertEquals(BacktestKind.TRADE, decoded.summaryKind);
        assertEquals(52_000, decoded.amount);
        assertEquals(1_764_003_600_000_000_000L, decoded.eventTimeNanos);
        assertEquals(json, decoded.summaryText());
        assertEquals(0, bytes.readRemaining(), "the record is read to its end");
    }

    /** A tick as build 2 wrote it, field by field, before summaries existed. */
    private static Bytes<?> versionTwoTick() {
        return olderRecord((byte) 2, EventType.TICK, Instruments.MES, 6064.5, (byte) 0, 1_734_103_628_363_000_000L, 32_599_300, 0);
    }

    /** The fields every version since 2 writes first, in order, with one quantity and no amount or account. */
    private static Bytes<?> olderRecord(byte version, byte type, int instrument, double price, byte side, long timeNanos,
                                        long sequence, long stop) {
        Bytes<?> bytes = Bytes.allocateElasticOnHeap(128);
        bytes.writeByte(version);
        bytes.writeByte(type);
        bytes.writeInt(instrument);
        bytes.writeLong(Prices.toFixed(price));
        bytes.writeLong(1);
        bytes.writeByte(side);
        bytes.writeLong(0);
        bytes.writeLong(timeNanos);
        bytes.writeLong(sequence);
        bytes.writeLong(stop);
        bytes.writeByte((byte) 0);
        return bytes;
    }

    @Test
    void aVersionTwoJournalRecordedBeforeSummariesStillDecodes() {
        Bytes<?> bytes = versionTwoTick();
        EngineEvent decoded = new EngineEvent();
        InputEventCodec.decode(bytes, decoded);

        assertEquals(EventType.TICK, decoded.type);
        assertEquals(Instruments.MES, decoded.instrument);
        assertEquals(6064.5, Prices.toPoints(decoded.price), 0.0);
        assertEquals(1_734_103_628_363_000_000L, decoded.eventTimeNanos);
        assertEquals(32_599_300, decoded.sourceSequence);
        assertEquals(0, bytes.readRemaining());
    }

    @Test
    void aRecordOfAnUnknownVersionIsRefused() {
        Bytes<?> bytes = versionTwoTick();
        bytes.writeByte(0, (byte) 1);
        assertThrows(IllegalStateException.class, () -> InputEventCodec.decode(bytes, new EngineEvent()));
    }

    @Test
    void tradeOpenKeepsItsIdempotencyKeyAndRequestDigestInTheJournal() {
        EngineEvent open = new EngineEvent();
        open.type = EventType.TRADE_OPEN;
        open.instrument = Instruments.MGC;
        open.price = Prices.toFixed(5212.3);
        open.quantity = 2;
        open.side = EngineEvent.SIDE_LONG;
        open.requestKeyHigh = 0x1234_5678_9abc_def0L;
        open.requestKeyLow = -42;
        open.requestDigest = 0x0fed_cba9_8765_4321L;

        Bytes<?> bytes = Bytes.allocateElasticOnHeap(128);
        InputEventCodec.encode(open, bytes);
        EngineEvent decoded = new EngineEvent();
        InputEventCodec.decode(bytes, decoded);

        assertEquals(0x1234_5678_9abc_def0L, decoded.requestKeyHigh);
        assertEquals(-42, decoded.requestKeyLow);
        assertEquals(0x0fed_cba9_8765_4321L, decoded.requestDigest);
        assertEquals(0, bytes.readRemaining(), "the record is read to its end");
    }

    @Test
    void aVersionThreeTradeRecordedBeforeIdempotencyKeysReadsAsKeyless() {
        Bytes<?> bytes = olderRecord((byte) 3, EventType.TRADE_OPEN, Instruments.MGC, 5212.3, EngineEvent.SIDE_LONG,
                1_764_000_000_000_000_000L, 0, Prices.NONE);

        EngineEvent decoded = new EngineEvent();
        InputEventCodec.decode(bytes, decoded);

        assertEquals(EventType.TRADE_OPEN, decoded.type);
        assertEquals(false, decoded.hasRequestKey());
        assertEquals(0, bytes.readRemaining());
    }

    @Test
    void anExecutionKeepsItsIdsCommissionAndAccountInTheJournal() {
        EngineEvent fill = new EngineEvent();
        fill.type = EventType.EXECUTION;
        fill.setAccount("Sim101");
        fill.instrument = Instruments.MGC;
        fill.side = EngineEvent.SIDE_SHORT;
        fill.quantity = 3;
        fill.price = Prices.toFixed(5212.3);
        fill.amount = 186; // 3 × $0.62 commission, in cents
        fill.eventTimeNanos = 1_796_394_665_000_000_000L;
        fill.requestKeyHigh = 0x1111_2222_3333_4444L;
        fill.requestKeyLow = -7;
        fill.requestDigest = 0x5555_6666_7777_8888L;

        Bytes<?> bytes = Bytes.allocateElasticOnHeap(128);
        InputEventCodec.encode(fill, bytes);
        EngineEvent decoded = new EngineEvent();
        InputEventCodec.decode(bytes, decoded);

        assertEquals(EventType.EXECUTION, decoded.type);
        assertEquals("Sim101", decoded.accountName());
        assertEquals(EngineEvent.SIDE_SHORT, decoded.side);
        assertEquals(3, decoded.quantity);
        assertEquals(5212.3, Prices.toPoints(decoded.price), 0.0);
        assertEquals(186, decoded.amount);
        assertEquals(1_796_394_665_000_000_000L, decoded.eventTimeNanos);
        assertEquals(0x1111_2222_3333_4444L, decoded.requestKeyHigh);
        assertEquals(-7, decoded.requestKeyLow);
        assertEquals(0x5555_6666_7777_8888L, decoded.requestDigest);
        assertEquals(0, bytes.readRemaining(), "the record is read to its end");
    }

    @Test
    void aVersionFiveTradeRecordStillDecodesWithItsKey() {
        Bytes<?> bytes = olderRecord((byte) 5, EventType.TRADE_CLOSE, Instruments.MGC, 5212.3, EngineEvent.SIDE_FLAT,
                1_764_000_000_000_000_000L, 0, Prices.NONE);
        bytes.writeLong(9).writeLong(10).writeLong(11);

        EngineEvent decoded = new EngineEvent();
        InputEventCodec.decode(bytes, decoded);

        assertEquals(EventType.TRADE_CLOSE, decoded.type);
        assertEquals(9, decoded.requestKeyHigh);
        assertEquals(11, decoded.requestDigest);
        assertEquals(0, bytes.readRemaining());
    }
}
