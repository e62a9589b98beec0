package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.session.TradingDays;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.journal.replay.InputJournalReader;
import com.fks.copilot.journal.replay.JournalDigest;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** One journal file per CME trading day (17:00 ET to 17:00 ET, a weekend with the Monday), by event time. */
class TradingDayFilesTest {
    private static final ZoneId ET = ZoneId.of("America/New_York");

    @TempDir
    Path dir;

    @Test
    void eachTradingDayHasAFileNamedByItsDate() throws IOException {
        try (InputJournal journal = new InputJournal(dir)) {
            journal.append(tick("2026-11-20T10:00")); // Friday's session
            journal.append(tick("2026-11-20T17:30")); // Friday after the close: the weekend, counted with Monday
            journal.append(tick("2026-11-22T18:30")); // Sunday evening: Monday 23 November's session
            journal.append(tick("2026-11-23T16:59"));
            journal.append(tick("2026-11-23T17:05")); // after Monday's close: Tuesday's session
        }
        assertEquals(List.of("20261120F.cq4", "20261123F.cq4", "20261124F.cq4"), files(Journals.inputDir(dir)));
    }

    @Test
    void theFilesReadBackInEventOrder() throws IOException {
        try (InputJournal journal = new InputJournal(dir)) {
            for (String time : List.of("2026-11-20T10:00", "2026-11-23T09:30", "2026-11-23T17:05", "2026-11-24T09:30")) {
                journal.append(tick(time));
            }
        }
        List<Long> times = new ArrayList<>();
        try (SingleChronicleQueue queue = Journals.open(Journals.inputDir(dir))) {
            InputJournalReader.readAfter(queue, -1, event -> times.add(event.eventTimeNanos));
        }
        assertEquals(List.of(nanos("2026-11-20T10:00"), nanos("2026-11-23T09:30"), nanos("2026-11-23T17:05"),
                nanos("2026-11-24T09:30")), times);
    }

    @Test
    void theDigestBeforeALaterDaysFirstIndexIsTheJournalAsItWasBeforeThatDay() throws IOException {
        try (InputJournal journal = new InputJournal(dir)) {
            journal.append(tick("2026-11-20T10:00"));
            journal.append(tick("2026-11-20T11:00"));
        }
        JournalDigest friday = digestBefore(Long.MAX_VALUE);
        try (InputJournal journal = new InputJournal(dir)) {
            journal.append(tick("2026-11-23T09:30"));
        }
        long monday;
        try (SingleChronicleQueue queue = Journals.open(Journals.inputDir(dir))) {
            monday = Journals.firstIndexOf(queue, LocalDate.of(2026, 11, 23));
        }
        assertEquals(2, friday.messages());
        assertEquals(friday, digestBefore(monday), "Friday's file as it was");
        JournalDigest both = digestBefore(Long.MAX_VALUE);
        assertEquals(3, both.messages());
        assertNotEquals(friday.digest(), both.digest(), "Monday's event counts once it is included");
    }

    private JournalDigest digestBefore(long endIndex) {
        try (SingleChronicleQueue queue = Journals.open(Journals.inputDir(dir))) {
            return JournalDigest.before(queue, endIndex);
        }
    }

    @Test
    void anEventWithoutATimeAfterARestartJoinsTheLastDay() throws IOException {
        try (InputJournal journal = new InputJournal(dir)) {
            journal.append(tick("2026-11-24T09:30"));
        }
        try (InputJournal restarted = new InputJournal(dir)) {
            EngineEvent bridgePost = new EngineEvent(); // a positions post carries no event time of its own
            bridgePost.clear();
            bridgePost.type = com.fks.copilot.engine.event.EventType.POSITION;
            restarted.append(bridgePost);
        }
        assertEquals(List.of("20261124F.cq4"), files(Journals.inputDir(dir)), "not a file for the machine's date");
    }

    @Test
    void aJournalWrittenByMachineClockDaysIsKeptThatWay() throws IOException {
        try (SingleChronicleQueue legacy = Journals.open(Journals.inputDir(dir)); ExcerptAppender appender = legacy.createAppender()) {
            appender.writeText("written before trading-day files");
        }
        List<String> before = files(Journals.inputDir(dir));
        try (InputJournal journal = new InputJournal(dir)) {
            journal.append(tick("2026-11-20T10:00"));
        }
        assertEquals(before, files(Journals.inputDir(dir)), "appended to the machine-clock file, not a new day's");
        assertFalse(Files.exists(dir.resolve("journal").resolve("CYCLES")));
    }

    @Test
    void aWeekendBelongsToTheMondayAfterIt() {
        assertEquals(LocalDate.of(2026, 11, 23), TradingDays.of(instant("2026-11-21T12:00")));
        assertEquals(LocalDate.of(2026, 11, 23), TradingDays.of(instant("2026-11-22T18:00")));
        assertEquals(LocalDate.of(2026, 11, 20), TradingDays.of(instant("2026-11-20T16:59")));
    }

    private static EngineEvent tick(String et) {
        EngineEvent event = new EngineEvent();
        event.setTick(Instruments.MGC, Prices.toFixed(5200.0), 1, nanos(et), 1);
        return event;
    }

    private static Instant instant(String et) {
        return LocalDateTime.parse(et).atZone(ET).toInstant();
    }

    private static long nanos(String et) {
        Instant at = instant(et);
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    private static List<String> files(Path queueDir) throws IOException {
        try (Stream<Path> files = Files.list(queueDir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".cq4")).sorted().toList();
        }
    }
}
