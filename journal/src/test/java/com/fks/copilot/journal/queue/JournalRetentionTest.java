package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.state.StateSnapshots;
import com.fks.copilot.journal.replay.InputJournalReader;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journal retention on real Chronicle files: six trading days, Monday 2 to Monday 9 November 2026, each a tick in the
 * input journal and a derived event in the output journal, kept 3 calendar days behind the newest (cutoff Friday 6).
 */
class JournalRetentionTest {
    private static final ZoneId ET = ZoneId.of("America/New_York");
    private static final List<LocalDate> DAYS = List.of(day(2), day(3), day(4), day(5), day(6), day(9));
    private static final JournalRetention.Policy THREE_DAYS = new JournalRetention.Policy(3, false);
    private static final JournalRetention.Policy THREE_DAYS_WITHOUT_DB = new JournalRetention.Policy(3, true);

    @TempDir
    Path dir;
    private final Map<LocalDate, Long> firstIndex = new HashMap<>();
    private StateSnapshots snapshots;

    @BeforeEach
    void journalSixDays() throws IOException {
        try (InputJournal input = new InputJournal(dir); OutputJournal output = new OutputJournal(dir)) {
            for (LocalDate day : DAYS) {
                EngineEvent tick = tickAtTen(day);
                input.append(tick);
                firstIndex.put(day, tick.journalIndex);
                output.emit(derivedFrom(tick));
            }
        }
        snapshots = new StateSnapshots(dir.resolve("snapshots"), StateSnapshots.KEEP);
    }

    @Test
    void daysOlderThanTheRetentionGoOnceTheDatabaseHasThemAndNoSnapshotNeedsThem() throws IOException {
        snapshotAt(day(6)); // recovery would replay from Monday 9 on
        JournalRetention.Outcome outcome = prune(THREE_DAYS, drainedUpTo(day(9)));

        assertEquals(List.of(day(2), day(3), day(4), day(5)), outcome.deleted(), "older than 3 days before Monday 9");
        assertEquals(null, outcome.heldBy());
        assertEquals(List.of(day(6), day(9)), inputDays());
        assertEquals(List.of(day(6), day(9)), outputDays());
    }

    @Test
    void withoutADatabaseEveryDayIsKeptUnlessTheTraderOptsIn() throws IOException {
        snapshotAt(day(6));
        JournalRetention.Outcome kept = prune(THREE_DAYS, null);
        assertEquals(List.of(), kept.deleted());
        assertTrue(kept.heldBy().contains("no history database"), kept.heldBy());
        assertEquals(DAYS, inputDays());

        assertEquals(List.of(day(2), day(3), day(4), day(5)), prune(THREE_DAYS_WITHOUT_DB, null).deleted());
    }

    @Test
    void aDayTheDrainHasNotPassedIsKeptWithEveryDayAfterIt() throws IOException {
        snapshotAt(day(6));
        JournalRetention.Outcome outcome = prune(THREE_DAYS, drainedUpTo(day(4))); // drained into Wednesday 4

        assertEquals(List.of(day(2), day(3)), outcome.deleted());
        assertTrue(outcome.heldBy().contains("not drained trading day 2026-11-04"), outcome.heldBy());
        assertEquals(List.of(day(4), day(5), day(6), day(9)), inputDays());
    }

    @Test
    void theOldestSnapshotKeepsTheDaysARecoveryFromItWouldReplay() throws IOException {
        snapshotAt(day(4)); // a fallback to it replays Thursday 5 onwards
        snapshotAt(day(6));
        JournalRetention.Outcome outcome = prune(THREE_DAYS_WITHOUT_DB, null);

        assertEquals(List.of(day(2), day(3), day(4)), outcome.deleted());
        assertTrue(outcome.heldBy().contains("replays the journal from trading day 2026-11-05"), outcome.heldBy());
    }

    @Test
    void withoutAnySnapshotNothingIsDeleted() {
        JournalRetention.Outcome outcome = prune(THREE_DAYS_WITHOUT_DB, null);
        assertEquals(List.of(), outcome.deleted());
        assertTrue(outcome.heldBy().contains("no state snapshot"), outcome.heldBy());
    }

    @Test
    void theJournalReadsFromItsOldestKeptDayAndTakesNewDaysAfterAPrune() throws IOException {
        snapshotAt(day(6));
        prune(THREE_DAYS_WITHOUT_DB, null);
        try (InputJournal input = new InputJournal(dir)) {
            input.append(tickAtTen(day(10)));
        }
        List<Long> read = new ArrayList<>();
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(dir))) {
            InputJournalReader.readAfter(input, -1, event -> read.add(event.journalIndex));
        }
        assertEquals(3, read.size(), "Friday 6, Monday 9 and the new Tuesday 10");
        assertEquals(firstIndex.get(day(6)), read.get(0));
        assertEquals(List.of(day(6), day(9), day(10)), inputDays());
    }

    private JournalRetention.Outcome prune(JournalRetention.Policy policy, Supplier<JournalRetention.Drained> drained) {
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(dir));
             SingleChronicleQueue output = Journals.open(Journals.outputDir(dir))) {
            return new JournalRetention(input, output, snapshots, policy, drained).prune();
        }
    }

    /** Both journals drained up to and including {@code day}'s event. */
    private Supplier<JournalRetention.Drained> drainedUpTo(LocalDate day) {
        long index = firstIndex.get(day);
        try (SingleChronicleQueue output = Journals.open(Journals.outputDir(dir))) {
            long outputIndex = output.rollCycle().toIndex((int) day.toEpochDay(), 0);
            return () -> new JournalRetention.Drained(index, outputIndex);
        }
    }

    /** The snapshot of {@code day}'s end: its one event applied, the next day's not. */
    private void snapshotAt(LocalDate day) throws IOException {
        Path state = Files.createDirectories(dir.resolve("state"));
        Files.writeString(state.resolve("market.dat"), "state of " + day);
        snapshots.write(state, day, firstIndex.get(day));
    }

    private List<LocalDate> inputDays() {
        try (SingleChronicleQueue queue = Journals.open(Journals.inputDir(dir))) {
            return Journals.days(queue);
        }
    }

    private List<LocalDate> outputDays() {
        try (SingleChronicleQueue queue = Journals.open(Journals.outputDir(dir))) {
            return Journals.days(queue);
        }
    }

    private static EngineEvent tickAtTen(LocalDate day) {
        EngineEvent event = new EngineEvent();
        long nanos = day.atTime(10, 0).atZone(ET).toInstant().toEpochMilli() * 1_000_000L;
        event.setTick(Instruments.MGC, Prices.toFixed(5200.0), 1, nanos, 1);
        return event;
    }

    private static DerivedEvent derivedFrom(EngineEvent tick) {
        DerivedEvent derived = new DerivedEvent();
        derived.type = DerivedEvent.BAR_CLOSED;
        derived.sourceIndex = tick.journalIndex;
        derived.timeNanos = tick.eventTimeNanos;
        derived.instrument = tick.instrument;
        return derived;
    }

    private static LocalDate day(int novemberDay) {
        return LocalDate.of(2026, 11, novemberDay);
    }
}
