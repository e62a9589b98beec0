package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.journal.queue.Journals;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One trading day of a recorded journal: where its file's events start and end (journal indexes) and the
 * event time of its first trade or clock tick, where a replay of that day starts pacing and streaming.
 */
public record RecordedDay(LocalDate day, long firstIndex, long endIndex, long startsNanos) {

    /** {@code day} of the journal under {@code recordedDataDir}; a clear refusal when it does not hold that day. */
    public static RecordedDay of(Path recordedDataDir, LocalDate day) {
        if (!Journals.keptByTradingDay(recordedDataDir)) {
            throw new IllegalArgumentException("the journal in " + recordedDataDir + " was written before it kept a file per"
                    + " trading day: replay it whole (without --day)");
        }
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recordedDataDir))) {
            List<LocalDate> days = Journals.days(input);
            if (!days.contains(day)) {
                throw new IllegalArgumentException("no trading day " + day + " in " + recordedDataDir + "; it holds " + days);
            }
            long first = Journals.firstIndexOf(input, day);
            long end = Journals.firstIndexOf(input, day.plusDays(1));
            long[] starts = {Long.MIN_VALUE};
            InputJournalReader.readBetween(input, first - 1, end, event -> {
                if (starts[0] == Long.MIN_VALUE && (event.type == EventType.TICK || event.type == EventType.CLOCK)) {
                    starts[0] = event.eventTimeNanos;
                }
            });
            return new RecordedDay(day, first, end, starts[0]);
        }
    }
}
