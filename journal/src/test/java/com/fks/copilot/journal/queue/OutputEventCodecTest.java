package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;
import com.fks.copilot.engine.event.SummaryText;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.output.DerivedEvent;
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
}
