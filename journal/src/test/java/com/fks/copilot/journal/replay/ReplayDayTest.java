package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.feed.DemoDay;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.engine.session.TradingDays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code replay --day}: one trading day of a journal that holds several, after the days that led to it. */
class ReplayDayTest {
    /** Tuesday; the demo's prior day is Monday 23 November, played as its whole Globex session. */
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate MONDAY = TUESDAY.minusDays(1);

    @TempDir
    static Path dir;
    private static Path recorded;
    private static long mondayEvents;
    private static long tuesdayEvents;

    @BeforeAll
    static void recordTwoTradingDays() {
        recorded = dir.resolve("recorded");
        DemoDay demo = new DemoDay(7, TUESDAY, LocalTime.of(9, 29), LocalTime.of(9, 45), 1);
        EngineEvent event = new EngineEvent();
        try (InputJournal journal = new InputJournal(recorded)) {
            while (demo.next()) {
                event.clear();
                if (demo.type() == EventType.TICK) {
                    event.setTick(demo.instrument(), demo.price(), demo.quantity(), demo.timeNanos(), demo.sequence());
                } else {
                    event.setClock(demo.timeNanos(), demo.sequence());
                }
                journal.append(event);
                if (TradingDays.of(Instant.ofEpochSecond(0, demo.timeNanos())).equals(MONDAY)) {
                    mondayEvents++;
                } else {
                    tuesdayEvents++;
                }
            }
        }
    }

    @Test
    void aDayReplaysOnlyItsOwnEventsInTheReport() {
        ReplayReport monday = Replay.runDay(recorded, dir.resolve("monday"), MONDAY);
        ReplayReport tuesday = Replay.runDay(recorded, dir.resolve("tuesday"), TUESDAY);
        assertEquals(mondayEvents, monday.events());
        assertEquals(tuesdayEvents, tuesday.events());
        assertTrue(mondayEvents > 0 && tuesdayEvents > 0);
    }

    @Test
    void theLastDayEndsInTheStateTheWholeJournalEndsIn() {
        ReplayReport whole = Replay.run(recorded, dir.resolve("whole"));
        ReplayReport tuesday = Replay.runDay(recorded, dir.resolve("tuesday-again"), TUESDAY);
        assertEquals(whole.stateDigest(), tuesday.stateDigest(), "Monday was applied first, as the live engine had it");
    }

    @Test
    void aDayStartsAtTheFirstTradeOrClockTickOfItsFile() {
        RecordedDay tuesday = RecordedDay.of(recorded, TUESDAY);
        assertEquals(TUESDAY, TradingDays.of(Instant.ofEpochSecond(0, tuesday.startsNanos())));
        assertEquals(MONDAY, TradingDays.of(Instant.ofEpochSecond(0, tuesday.startsNanos() - 3_660_000_000_000L)),
                "61 minutes before the 18:00 ET reopen is Monday's session, before its 17:00 close");
    }

    @Test
    void aDayTheJournalDoesNotHoldIsRefusedNamingTheDaysItHas() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Replay.runDay(recorded, dir.resolve("friday"), LocalDate.of(2026, 11, 20)));
        assertTrue(refused.getMessage().contains("[2026-11-23, 2026-11-24]"), refused.getMessage());
    }
}
