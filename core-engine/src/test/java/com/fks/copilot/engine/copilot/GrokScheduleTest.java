package com.fks.copilot.engine.copilot;

import com.fks.copilot.engine.EngineFixture;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;
import com.fks.copilot.engine.notrade.NoTradeReason;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.session.EasternTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.fks.copilot.engine.EngineFixture.et;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the co-pilot speaks: from journaled event time alone (ARCHITECTURE rule 1, TASK-601/602). */
class GrokScheduleTest {
    private static final long MINUTE = 60_000_000_000L;

    /** Clock every minute from {@code from} to {@code to} (ET); returns "HH:mm KIND" for each slot the schedule marked. */
    private static List<String> marked(EngineFixture f, String from, String to) {
        List<String> marks = new ArrayList<>();
        for (long t = et(from); t <= et(to); t += MINUTE) {
            EngineEvent clock = f.clock(t);
            if (clock.grokDue != GrokKind.NONE) {
                marks.add(hhmm(t) + " " + GrokKind.name(clock.grokDue));
            }
        }
        return marks;
    }

    private static String hhmm(long nanos) {
        return Instant.ofEpochSecond(0, nanos).atZone(EasternTime.ZONE).toLocalTime().toString();
    }

    @Test
    void morningBriefingComesOnceInPreMarketThenLiveUpdatesEveryFifteenMinutesUntilNoon(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir)) {
            List<String> marks = marked(f, "2026-11-24T03:58:00", "2026-11-24T12:20:00");
            List<String> expected = new ArrayList<>(List.of("03:58 BRIEFING"));
            for (int minute = 5 * 60; minute < 12 * 60; minute += 15) {
                expected.add(String.format("%02d:%02d LIVE", minute / 60, minute % 60));
            }
            assertEquals(expected, marks, "05:00, 05:15 … 11:45: 28 live updates, none after 12:00");
        }
    }

    @Test
    void briefingIsDueAgainOnTheNextTradingDayOnly(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir)) {
            List<String> marks = marked(f, "2026-11-24T04:50:00", "2026-11-24T04:59:00");
            marks.addAll(marked(f, "2026-11-25T00:00:00", "2026-11-25T00:03:00"));
            assertEquals(List.of("04:50 BRIEFING", "00:00 BRIEFING"), marks);
        }
    }

    @Test
    void everyDueSummaryIsJournaledAsAGrokDueEventWithItsKindAndClockTime(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir)) {
            marked(f, "2026-11-24T09:44:00", "2026-11-24T10:01:00");
            List<String> due = new ArrayList<>();
            for (int i = 0; i < f.derived.size(); i++) {
                if (f.derived.get(i).startsWith(DerivedEvent.typeName(DerivedEvent.GROK_DUE))) {
                    due.add(hhmm(f.derivedTimes.get(i)));
                }
            }
            assertEquals(List.of("09:45", "10:00"), due);
        }
    }

    @Test
    void atEachDueClockTheEngineJournalsItsOwnCompactSummaryAsALocalUpdate(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir)) {
            EngineEvent asked = f.clock(et("2026-11-24T07:15:00"));

            assertEquals(List.of("LIVE/" + SummaryOrigin.LOCAL + "/" + asked.journalIndex + "@" + et("2026-11-24T07:15:00")
                    + ": No focus assets yet: the daily plan needs 30 five-minute bars.\n"
                    + "DO NOW: Stand aside, no new trades: " + NoTradeReason.NO_MARKET_DATA.text() + "."), f.summaries);
        }
    }

    @Test
    void grokAnswerIsJournaledAfterTheLocalOneWithItsTextKindOriginAndAsker(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir)) {
            EngineEvent asked = f.clock(et("2026-11-24T09:45:00"));
            long askedBy = asked.journalIndex;
            String text = "GOLD 🟢 5212 (+4) | Bias VALID | Watch 5225\nDO NOW: hold the long, stop stays at 5195.";
            f.summary(GrokKind.LIVE, SummaryOrigin.GROK, askedBy, et("2026-11-24T09:45:00"), text);

            assertEquals(2, f.summaries.size());
            assertTrue(f.summaries.get(0).startsWith("LIVE/" + SummaryOrigin.LOCAL + "/" + askedBy + "@"));
            assertEquals("LIVE/" + SummaryOrigin.GROK + "/" + askedBy + "@" + et("2026-11-24T09:45:00") + ": " + text,
                    f.summaries.get(1));
        }
    }
}
