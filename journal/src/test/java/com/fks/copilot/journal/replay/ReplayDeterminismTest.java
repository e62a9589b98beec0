package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.journal.queue.OutputJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayDeterminismTest {

    @Test
    void replayingARecordedTradingMorningTwiceGivesIdenticalOutputAndState(@TempDir Path dir) throws Exception {
        Path recorded = dir.resolve("recorded");
        ReplayReport live = DemoRecording.record(recorded, LocalTime.of(9, 25), LocalTime.of(10, 5));
        Map<String, Long> derived = new TreeMap<>();
        try (OutputJournal output = new OutputJournal(recorded)) {
            OutputJournalReader.readAll(output.queue(), e -> derived.merge(DerivedEvent.typeName(e.type), 1L, Long::sum));
        }
        for (String riskEvent : new String[] {"RISK_CHECKED", "TRADE_OPENED", "TRADE_CLOSED", "RISK_STATUS"}) {
            assertTrue(derived.getOrDefault(riskEvent, 0L) > 0, "the morning holds " + riskEvent + ": " + derived);
        }

        ReplayReport first = Replay.run(recorded, dir.resolve("replay-1"));
        ReplayReport second = Replay.run(recorded, dir.resolve("replay-2"));

        assertTrue(first.output().messages() > 200, "40 minutes of six contracts close hundreds of bars: " + first.output());
        assertEquals(first.output(), second.output(), "output journal bytes");
        assertEquals(first.stateDigest(), second.stateDigest(), "state digest");
        assertEquals(first.instruments(), second.instruments());
        assertEquals(live.output(), first.output(), "the replay reproduces what the live ring journaled");
        assertEquals(live.stateDigest(), first.stateDigest(), "and the state the live engine ended with");
    }
}
