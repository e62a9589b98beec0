package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.queue.OutputJournal;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
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
        // from 07:00 ET: by 09:30 the 5-minute history holds the 30 bars the daily plan needs
        ReplayReport live = DemoRecording.record(recorded, LocalTime.of(7, 0), LocalTime.of(10, 40));
        Map<String, Long> derived = new TreeMap<>();
        try (OutputJournal output = new OutputJournal(recorded)) {
            OutputJournalReader.readAll(output.queue(), e -> derived.merge(DerivedEvent.typeName(e.type), 1L, Long::sum));
        }
        System.out.println("derived events of the recorded morning: " + derived);
        for (String riskEvent : new String[] {"RISK_CHECKED", "TRADE_OPENED", "TRADE_CLOSED", "RISK_STATUS", "BRIDGE_VERDICT",
                "FOCUS_UPDATED", "ORB_EVALUATED", "NO_TRADE_CHANGED", "GROK_DUE", "GROK_UPDATE", "BACKTEST_RESULT"}) {
            assertTrue(derived.getOrDefault(riskEvent, 0L) > 0, "the morning holds " + riskEvent + ": " + derived);
        }

        long bridgeUpdates;
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recorded))) {
            long[] positions = new long[1];
            long[] notes = new long[1];
            long[] executions = new long[1];
            InputJournalReader.readAfter(input, -1, e -> {
                positions[0] += e.type == EventType.POSITION ? 1 : 0;
                notes[0] += e.type == EventType.AUDIT_NOTE ? 1 : 0;
                executions[0] += e.type == EventType.EXECUTION ? 1 : 0;
            });
            assertTrue(executions[0] > 0, "the morning holds broker executions (some sent twice), folded into round trips");
            bridgeUpdates = positions[0];
            assertTrue(notes[0] > 0, "the morning holds external audit records, which a replay must take in its stride");
        }
        assertEquals(bridgeUpdates, derived.get("BRIDGE_VERDICT"), "one journaled verdict per bridge update");

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
