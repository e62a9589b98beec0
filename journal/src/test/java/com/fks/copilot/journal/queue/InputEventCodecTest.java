package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import net.openhft.chronicle.bytes.Bytes;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
