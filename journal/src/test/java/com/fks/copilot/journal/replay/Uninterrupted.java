package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.journal.queue.OutputJournal;

import java.nio.file.Path;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A recorded demo and how its uninterrupted replay ends: what every run recovered from a crash must end as. */
record Uninterrupted(Path recorded, String stateDigest, JournalDigest output) {
    /** Records the demo from {@code start} to {@code end} ET after {@code historyDays} prior days under {@code dir}, and replays it. */
    static Uninterrupted record(Path dir, LocalTime start, LocalTime end, int historyDays) throws InterruptedException {
        Path recorded = dir.resolve("recorded");
        DemoRecording.record(recorded, start, end, historyDays);
        ReplayReport report = Replay.run(recorded, dir.resolve("uninterrupted"));
        try (OutputJournal output = new OutputJournal(dir.resolve("uninterrupted"))) {
            return new Uninterrupted(recorded, report.stateDigest(), JournalDigest.of(output.queue()));
        }
    }

    void assertEndedAs(Engine engine, OutputJournal output, String run) {
        assertEquals(stateDigest, engine.digest().hex(), run + ": final state");
        assertEquals(this.output, JournalDigest.of(output.queue()), run + ": output journal, every derived event once");
    }
}
