package com.fks.copilot.gateway;

import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.replay.InputJournalReader;
import com.fks.copilot.journal.replay.JournalDigest;
import com.fks.copilot.journal.replay.OutputJournalReader;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 item 6: days accumulate in one data dir, and a crash costs at most a day's replay however many days the
 * journal holds. Five demo trading days, Monday 16 to Friday 20 November 2026 (seed 7), are journaled one after
 * another into one data dir, each by its own {@code copilot demo --date D --speed max --exit-at-end} child JVM, as a
 * trader starting the demo each morning would. The sixth, Monday 23 November, is then played on two copies of that
 * dir: once uninterrupted, and once killed -9 twenty times at random points (a seeded {@link Random}; the seed is
 * printed, and {@code -Dmultiday.seed=N} replays the same kill points), then run to its end. Every restart after a
 * kill replays at most one trading day's events; the crashed day ends with the uninterrupted run's state digest and
 * input journal, and an output journal identical to its event for event (no derived event twice, none missing); both
 * journals hold each trading day once, and what they held of the five earlier days is byte for byte as it was.
 *
 * <p>A kill at a random instant almost never lands inside one of the engine's commits (microseconds each), and only
 * that leaves the state torn, to be restored from the newest end-of-day snapshot: the case in which the journal's
 * earlier days could be replayed. So a quarter of the kills inside the day leave the maps as such a kill would, and
 * those restarts must restore Friday's snapshot and replay only the sixth day's events after it.
 *
 * <p>Each day's paced window is 09:29–09:39 ET. A day appended to a demo journal also plays its own overnight
 * session (18:00 ET the evening before up to the window) as fast as it is taken: about 40,000 events, then the
 * window's 44,000 (the 09:30 cash open is the demo's busiest stretch). Ten minutes keep the 28 child JVMs of this test
 * (five days, the uninterrupted sixth, 20 killed runs and the final one) to a few minutes on a 2-core machine, while a
 * day still holds some 84,000 events, so a recovery that replayed more than a day would show. The unpaced overnight
 * is over before a killed run's first {@code /health} answers: the kills inside it are those that land while a child
 * starts; the others walk through the window.
 */
class MultiDayCrashIT {
    private static final List<LocalDate> FIVE_DAYS = List.of(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 17),
            LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 20));
    private static final LocalDate FRIDAY = FIVE_DAYS.get(4);
    private static final LocalDate SIXTH = LocalDate.of(2026, 11, 23); // the Monday after: its overnight opens Sunday
    private static final List<String> DEMO = List.of("--seed", "7", "--start", "09:29", "--end", "09:39",
            "--history-days", "0", "--port", "0", "--wait-strategy", "blocking", "--rate-limits", "off"); // /health polled 50 times a second
    /**
     * The killed runs' pace: the overnight goes as fast as it is taken, the window at 20x (30 s over all the runs).
     * At max a restarted child would finish the day before its first {@code /health} answers, and at 60x the time it
     * takes to answer carries each run a few thousand events on, so the window would be over long before the 20th kill.
     */
    private static final String PACED = "20";
    private static final int KILLS = 20;
    /** A kill in four lands while the child starts (opening state, recovering), at a random delay or its ready line. */
    private static final int BEFORE_READY_ONE_IN = 4;
    /** A kill in the day in four lands inside a commit (see {@link KillPoint}). */
    private static final int MID_COMMIT_ONE_IN = 4;
    private static final long MAX_BEFORE_READY_MILLIS = 4_000;
    private static final Pattern RECOVERY = Pattern.compile(
            "journal index \\S+, (the last run did not stop cleanly|state as the last run left it)[^;]*; (\\S+) events re-applied"
                    + "(?: in \\S+ ms after the snapshot of trading day (\\S+))?");

    @Test
    void twentyKillsOnTheSixthDayEachReplayAtMostADayAndItEndsAsTheUninterruptedRun(@TempDir Path dir) throws Exception {
        Path fiveDays = dir.resolve("five-days");
        ExitReport fifth = null;
        for (LocalDate day : FIVE_DAYS) {
            fifth = ExitReport.of(ChildCopilot.runToExit(demo(fiveDays, day, "--speed", "max", "--exit-at-end")));
        }
        assertEquals(FIVE_DAYS, days(Journals.inputDir(fiveDays)), "each demo appended its day");
        Path uninterrupted = copy(fiveDays, dir.resolve("uninterrupted"));
        Path crashed = copy(fiveDays, dir.resolve("crashed"));

        ExitReport whole = ExitReport.of(ChildCopilot.runToExit(demo(uninterrupted, SIXTH, "--speed", "max", "--exit-at-end")));
        Map<LocalDate, Long> eventsByDay = eventsByDay(uninterrupted);
        long biggestDay = eventsByDay.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long sixthEvents = whole.events() - fifth.events();
        assertEquals(sixthEvents, eventsByDay.get(SIXTH), "the sixth day's events, applied once each");

        long seed = Long.getLong("multiday.seed", new Random().nextLong());
        System.out.printf("events by trading day %s; kill points from seed %d (-Dmultiday.seed=%d repeats them)%n",
                eventsByDay, seed, seed);
        List<String> killedAt = new ArrayList<>();
        List<Restart> restarts = new ArrayList<>();
        boolean anyReady = false;
        boolean torn = false;
        for (KillPoint kill : KillPoint.plan(new Random(seed), sixthEvents)) {
            ChildCopilot.Watched child = new ChildCopilot.Watched(demo(crashed, SIXTH, "--speed", PACED));
            String where = kill.killIn(child, fifth.events());
            String output = child.kill().output();
            Optional<Restart> restart = Restart.of(output);
            restart.ifPresent(restarts::add);
            if (anyReady && restart.isPresent()) { // the state was open when an earlier run was killed
                assertTrue(restart.get().afterCrash(), "a start after a kill says the last run did not stop cleanly:\n" + output);
            }
            if (torn && restart.isPresent()) {
                assertRestoredFromFriday(restart.get(), sixthEvents, output);
            }
            anyReady |= child.port().isDone() && !child.port().isCompletedExceptionally();
            torn = kill.midCommit();
            if (torn) {
                TornState.cutTheLastCommitShort(crashed);
            }
            killedAt.add(where + (torn ? " mid-commit" : ""));
        }
        String last = ChildCopilot.runToExit(demo(crashed, SIXTH, "--speed", "max", "--exit-at-end"));
        Restart finalRestart = Restart.of(last).orElseThrow(() -> new AssertionError("no recovery line:\n" + last));
        restarts.add(finalRestart);
        if (torn) {
            assertRestoredFromFriday(finalRestart, sixthEvents, last);
        }
        ExitReport recovered = ExitReport.of(last);

        long mostReplayed = restarts.stream().mapToLong(Restart::replayed).max().orElseThrow();
        System.out.printf("kills (sixth-day events processed then): %s%nrecoveries: %s%nmost replayed %d, biggest day %d;"
                + " uninterrupted %s; recovered %s%n", killedAt, restarts, mostReplayed, biggestDay, whole, recovered);
        assertTrue(anyReady, "some kills land on a running day");
        assertTrue(finalRestart.afterCrash(), "the last kill left the state to recover");
        for (Restart restart : restarts) {
            assertTrue(restart.replayed() <= biggestDay, restart + " replays more than a trading day's " + biggestDay + " events");
        }
        assertEquals(whole.events(), recovered.events(), "events applied");
        assertEquals(whole.stateDigest(), recovered.stateDigest(), "final engine state");
        assertEquals(whole.output(), recovered.output(), "output journal digest");
        assertOutputHasNoDuplicateAndNoGap(crashed, uninterrupted);
        assertEquals(digest(Journals.inputDir(uninterrupted)), digest(Journals.inputDir(crashed)), "each input journaled once");

        List<LocalDate> sixDays = Stream.concat(FIVE_DAYS.stream(), Stream.of(SIXTH)).toList();
        assertEquals(sixDays, days(Journals.inputDir(crashed)), "each trading day once in the input journal");
        assertEquals(sixDays, days(Journals.outputDir(crashed)), "each trading day once in the output journal");
        assertEarlierDaysLeftAsTheyWere(fiveDays, crashed);
    }

    /** A start on a torn state restores Friday's snapshot and replays only the sixth day's events after it. */
    private static void assertRestoredFromFriday(Restart restart, long sixthEvents, String log) {
        assertEquals(FRIDAY.toString(), restart.snapshotDay(), "a torn state restarts from the last day's snapshot:\n" + log);
        assertTrue(restart.replayed() <= sixthEvents, restart + " replays the sixth day's " + sixthEvents + " events at most");
    }

    /**
     * The input journal's five earlier days are byte for byte as they were before the sixth began. So is all the
     * output journal held then; what was added after it derives from the sixth day's inputs (the bars of Friday's
     * last minute close at Monday's first clock, and are filed under Friday, the trading day of their time).
     */
    private static void assertEarlierDaysLeftAsTheyWere(Path fiveDays, Path crashed) {
        long sixthStarts;
        try (SingleChronicleQueue before = Journals.open(Journals.inputDir(fiveDays));
             SingleChronicleQueue after = Journals.open(Journals.inputDir(crashed))) {
            sixthStarts = Journals.firstIndexOf(after, SIXTH);
            assertEquals(JournalDigest.of(before), JournalDigest.before(after, sixthStarts), "the input journal's first five days");
        }
        long fiveDaysOutput;
        try (SingleChronicleQueue before = Journals.open(Journals.outputDir(fiveDays));
             SingleChronicleQueue after = Journals.open(Journals.outputDir(crashed))) {
            JournalDigest held = JournalDigest.of(before);
            assertEquals(held, JournalDigest.before(after, before.lastIndex() + 1), "the output journal's first five days");
            fiveDaysOutput = held.messages();
        }
        List<OutputKey> output = outputKeys(crashed);
        List<OutputKey> added = output.subList((int) fiveDaysOutput, output.size());
        assertTrue(added.stream().allMatch(event -> event.source() >= sixthStarts), () -> "added since: " + added);
    }

    /**
     * Where one run of the sixth day is killed: {@code delayMillis} after it starts or at its ready line, whichever
     * comes first ({@code beforeReady}), else once {@code /health} shows {@code dayEvents} of the day processed. A kill
     * in the day may land inside one of the engine's commits ({@code midCommit}), leaving the state torn; a random
     * instant rarely does (a commit is microseconds of a day's run), so the maps are then left as it would leave them.
     */
    private record KillPoint(boolean beforeReady, long delayMillis, long dayEvents, boolean midCommit) {
        /** {@link #KILLS} kill points; those inside the day come in the day's order, so the kills walk through it. */
        static List<KillPoint> plan(Random random, long dayEvents) {
            List<Long> inDay = new ArrayList<>();
            for (int i = 0; i < KILLS; i++) {
                inDay.add(1 + random.nextLong(dayEvents - 1));
            }
            inDay.sort(null);
            List<KillPoint> plan = new ArrayList<>();
            for (long events : inDay) {
                boolean beforeReady = random.nextInt(BEFORE_READY_ONE_IN) == 0;
                plan.add(new KillPoint(beforeReady, random.nextLong(MAX_BEFORE_READY_MILLIS), events,
                        !beforeReady && random.nextInt(MID_COMMIT_ONE_IN) == 0));
            }
            return plan;
        }

        /** Waits for this point in {@code child}'s run and says where that was; the caller kills it. */
        String killIn(ChildCopilot.Watched child, long eventsBeforeTheDay) throws Exception {
            try {
                if (beforeReady) {
                    try {
                        child.port().get(delayMillis, TimeUnit.MILLISECONDS);
                        return "at ready";
                    } catch (TimeoutException starting) {
                        return delayMillis + " ms after start";
                    }
                }
                int port = child.port().get(120, TimeUnit.SECONDS);
                return "event " + (ChildCopilot.awaitEventsProcessed(port, eventsBeforeTheDay + dayEvents) - eventsBeforeTheDay);
            } catch (ExecutionException ended) {
                throw new AssertionError("the child ended on its own before it was killed:\n" + child.output(), ended);
            }
        }
    }

    /** What a start logged of its recovery: whether the run before it had died, events re-applied, snapshot used. */
    private record Restart(boolean afterCrash, long replayed, String snapshotDay) {
        /** Empty when the run was killed before it had recovered. */
        static Optional<Restart> of(String log) {
            Matcher line = RECOVERY.matcher(log);
            if (!line.find()) {
                return Optional.empty();
            }
            return Optional.of(new Restart(line.group(1).startsWith("the last run did not stop cleanly"),
                    Long.parseLong(line.group(2).replaceAll("\\D", "")), line.group(3)));
        }
    }

    /**
     * The crashed copy's output journal holds each (input index, ordinal) once, in order, ordinals counting up from 0
     * within an input event; and it is the uninterrupted run's, event for event.
     */
    private static void assertOutputHasNoDuplicateAndNoGap(Path crashed, Path uninterrupted) {
        List<OutputKey> recovered = outputKeys(crashed);
        for (int i = 1; i < recovered.size(); i++) {
            OutputKey before = recovered.get(i - 1);
            OutputKey event = recovered.get(i);
            boolean next = event.source() == before.source() ? event.ordinal() == before.ordinal() + 1
                    : event.source() > before.source() && event.ordinal() == 0;
            int at = i;
            assertTrue(next, () -> "output event " + at + " " + event + " after " + before);
        }
        List<OutputKey> expected = outputKeys(uninterrupted);
        int differs = 0;
        while (differs < Math.min(expected.size(), recovered.size()) && expected.get(differs).equals(recovered.get(differs))) {
            differs++;
        }
        assertEquals(expected.size(), recovered.size(), "output events; the first difference at " + differs);
        assertEquals(expected.size(), differs, "output event " + differs + " differs from the uninterrupted run's");
    }

    /** Identifies one derived event: the input index it derives from, its place among them and its kind. */
    private record OutputKey(long source, int ordinal, byte type) {
    }

    private static List<OutputKey> outputKeys(Path dataDir) {
        List<OutputKey> keys = new ArrayList<>();
        try (SingleChronicleQueue output = Journals.open(Journals.outputDir(dataDir))) {
            OutputJournalReader.readAll(output, (DerivedEvent e) -> keys.add(new OutputKey(e.sourceIndex, e.ordinal, e.type)));
        }
        assertFalse(keys.isEmpty(), "an output journal in " + dataDir);
        return keys;
    }

    private static Map<LocalDate, Long> eventsByDay(Path dataDir) {
        Map<LocalDate, Long> events = new LinkedHashMap<>();
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(dataDir))) {
            for (LocalDate day : Journals.days(input)) {
                events.put(day, InputJournalReader.readBetween(input, Journals.firstIndexOf(input, day) - 1,
                        Journals.firstIndexOf(input, day.plusDays(1)), event -> { }));
            }
        }
        return events;
    }

    private static JournalDigest digest(Path journal) {
        try (SingleChronicleQueue queue = Journals.open(journal)) {
            return JournalDigest.of(queue);
        }
    }

    private static List<LocalDate> days(Path journal) {
        try (SingleChronicleQueue queue = Journals.open(journal)) {
            return Journals.days(queue);
        }
    }

    private static Process demo(Path dataDir, LocalDate date, String... extra) throws IOException {
        List<String> options = new ArrayList<>(List.of("--date", date.toString()));
        options.addAll(DEMO);
        options.addAll(List.of(extra));
        return ChildCopilot.demo(dataDir, options);
    }

    /** A copy of a stopped run's data dir: journals, state, snapshots and demo plan. */
    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
        return to;
    }
}
