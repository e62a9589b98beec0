package com.fks.copilot.gateway;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.DemoPlan;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.replay.InputJournalReader;
import com.fks.copilot.journal.replay.Replay;
import com.fks.copilot.journal.replay.ReplayReport;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A demo on a later date appends that trading day to the data dir's journal instead of clearing it (issue 18). */
class DemoDaysAccumulateIT {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    private static final LocalTime OPEN = LocalTime.of(9, 29, 30);
    private static final LocalTime END = LocalTime.of(9, 40);

    @Test
    void aLaterDateAppendsItsDayAndLeavesTheEarlierOnesAsTheyWere(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("demo");
        ReplayReport monday = play(data, MONDAY, 1);
        long[] mondayClose = lastPrices(data);

        play(data, WEDNESDAY, 5); // five asked; only Tuesday lies between: Monday is already in the journal

        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(data))) {
            assertEquals(List.of(LocalDate.of(2026, 11, 20), MONDAY, MONDAY.plusDays(1), WEDNESDAY), Journals.days(input),
                    "Friday (Monday's history), Monday, then Tuesday and Wednesday appended");
        }
        ReplayReport mondayAgain = Replay.runDay(data, dir.resolve("monday-replayed"), MONDAY);
        assertEquals(monday.stateDigest(), mondayAgain.stateDigest(), "Monday's journal is untouched");
        DemoPlan appended = new DemoPlan(42, WEDNESDAY, OPEN, END, 5).prepare(data, false);
        assertEquals(1, appended.historyDays());
        for (int i = 0; i < Instruments.count(); i++) {
            assertEquals(mondayClose[i], appended.continuation().openingPrices().get(i).longValue(),
                    Instruments.byIndex(i).symbol() + " opens where Monday's journal left it, not at the demo's usual price");
        }
    }

    @Test
    void aRestartedAppendedDayEndsAsAnUninterruptedOne(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        play(whole, MONDAY, 0);
        ReplayReport uninterrupted = play(whole, WEDNESDAY, 1);

        Path interrupted = dir.resolve("interrupted");
        play(interrupted, MONDAY, 0);
        try (CopilotApp cut = start(interrupted, WEDNESDAY, 1, 60)) {
            long mondays = uninterruptedMonday(whole);
            TestAwait.until(() -> cut.health().eventsProcessed() > mondays, "Wednesday under way");
            Thread.sleep(4_000); // Tuesday and Wednesday's overnight unpaced, then into the window (10.5 min at 60x)
        }
        ReplayReport resumed = play(interrupted, WEDNESDAY, 1);

        assertEquals(uninterrupted.stateDigest(), resumed.stateDigest(), "the same engine state at Wednesday's end");
        assertEquals(uninterrupted.output().digest(), resumed.output().digest(), "every derived event once");
        assertEquals(uninterrupted.events(), resumed.events(), "no event applied twice, none missed");
    }

    /** Events Monday alone journals (the same in every data dir: the demo is deterministic). */
    private static long uninterruptedMonday(Path whole) {
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(whole))) {
            long[] count = {0};
            InputJournalReader.readBetween(input, -1, Journals.firstIndexOf(input, MONDAY.plusDays(1)), e -> count[0]++);
            return count[0];
        }
    }

    private static ReplayReport play(Path data, LocalDate date, int historyDays) throws Exception {
        try (CopilotApp app = start(data, date, historyDays, 0)) {
            app.awaitFeedFinished();
            return app.drainAndReport();
        }
    }

    private static CopilotApp start(Path data, LocalDate date, int historyDays, double speed) throws InterruptedException {
        DemoPlan plan = new DemoPlan(42, date, OPEN, END, historyDays);
        return CopilotApp.start(TestApps.withoutRateLimits(new AppSettings(data, "127.0.0.1", 0, RingThreading.blocking(),
                4096, 60, new MarketSource.Demo(plan, speed))));
    }

    private static long[] lastPrices(Path data) {
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(data))) {
            long[] last = InputJournalReader.lastPrices(input, Instruments.count());
            for (long price : last) {
                assertTrue(price != Prices.NONE, "every contract traded on Monday");
            }
            return last;
        }
    }
}
