package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InputJournalTest {

    @Test
    void aFeedResumesAfterItsLastTickOrClockEvenWhenGrokAnswersCameLater(@TempDir Path dir) {
        try (InputJournal journal = new InputJournal(dir)) {
            EngineEvent event = new EngineEvent();
            event.setTick(Instruments.MGC, Prices.toFixed(5212.3), 1, 1_764_000_000_000_000_000L, 41);
            journal.append(event);
            event.setClock(1_764_000_001_000_000_000L, 42);
            journal.append(event);
            event.setSummary(GrokKind.LIVE, SummaryOrigin.GROK, 1, 1_764_000_001_000_000_000L, "GOLD 🟢 5212\nDO NOW: wait.");
            journal.append(event);

            assertEquals(42, journal.lastFeedSequence());
        }
    }
}
