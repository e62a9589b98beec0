package com.fks.copilot.journal.history;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.fks.copilot.journal.history.GlobexScheduleTest.et;
import static org.junit.jupiter.api.Assertions.assertEquals;

class GapReportTest {

    /** A bar on every trading minute of [from, to) except those in [holeFrom, holeTo). */
    private static List<Instant> barsWithHole(Instant from, Instant to, Instant holeFrom, Instant holeTo) {
        List<Instant> bars = new ArrayList<>();
        for (Instant m = from; m.isBefore(to); m = m.plus(Duration.ofMinutes(1))) {
            boolean inHole = !m.isBefore(holeFrom) && m.isBefore(holeTo);
            if (GlobexSchedule.isOpen(m) && !inHole) {
                bars.add(m);
            }
        }
        return bars;
    }

    @Test
    void shouldFindAMissingHourAsOneSixtyMinuteGap() {
        Instant from = et("2026-11-16T09:00");
        Instant to = et("2026-11-16T15:00");
        List<Instant> bars = barsWithHole(from, to, et("2026-11-16T10:00"), et("2026-11-16T11:00"));

        GapReport report = GapReport.of("MGC", from, to, bars, 30);

        assertEquals(360, report.expectedBars());
        assertEquals(300, report.actualBars());
        assertEquals(83.33, report.coveragePercent());
        assertEquals(List.of(new GapReport.Gap(et("2026-11-16T10:00"), et("2026-11-16T11:00"), 60)), report.gaps());
    }

    @Test
    void shouldNotCountTheDailyBreakOrTheWeekendAsGaps() {
        // Friday 09:00 ET → Tuesday 09:00 ET: Friday's close, the weekend and Monday's break are all closed
        Instant from = et("2026-11-13T09:00");
        Instant to = et("2026-11-17T09:00");
        List<Instant> bars = barsWithHole(from, to, to, to);

        GapReport report = GapReport.of("MNQ", from, to, bars, 30);

        assertEquals(480 + 1_380 + 900, report.expectedBars());
        assertEquals(report.expectedBars(), report.actualBars());
        assertEquals(100.0, report.coveragePercent());
        assertEquals(List.of(), report.gaps());
    }

    @Test
    void shouldLeaveRunsShorterThanTheThresholdOutOfTheGapsButNotOutOfTheCoverage() {
        Instant from = et("2026-11-16T09:00");
        Instant to = et("2026-11-16T10:00");
        List<Instant> bars = barsWithHole(from, to, et("2026-11-16T09:10"), et("2026-11-16T09:20"));

        GapReport report = GapReport.of("MES", from, to, bars, 30);

        assertEquals(50, report.actualBars());
        assertEquals(List.of(), report.gaps());
    }

    @Test
    void shouldCountOnlyTradingMinutesOfAGapAcrossTheDailyBreak() {
        Instant from = et("2026-11-16T12:00");
        Instant to = et("2026-11-16T22:00");
        List<Instant> bars = barsWithHole(from, to, et("2026-11-16T16:30"), et("2026-11-16T18:30"));

        GapReport report = GapReport.of("MCL", from, to, bars, 30);

        assertEquals(List.of(new GapReport.Gap(et("2026-11-16T16:30"), et("2026-11-16T18:30"), 60)), report.gaps());
    }
}
