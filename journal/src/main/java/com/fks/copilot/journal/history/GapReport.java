package com.fks.copilot.journal.history;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How completely the stored 1-minute bars of one symbol cover a time range, counted against the
 * Globex schedule: the daily break and the weekend are never expected, so they are never gaps.
 *
 * @param expectedBars    trading minutes in [from, to)
 * @param actualBars      stored bars on those trading minutes
 * @param coveragePercent {@code actualBars / expectedBars} in percent, two decimals (100 when nothing is expected)
 * @param gaps            runs of missing trading minutes at least {@code minGapMinutes} long, oldest first
 */
public record GapReport(String symbol, Instant from, Instant to, long expectedBars, long actualBars,
                        double coveragePercent, int minGapMinutes, List<Gap> gaps) {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /**
     * A run of missing trading minutes. {@code start} is the first missing minute, {@code end} the
     * minute after the last one; a run may straddle the daily break, whose hour it does not count.
     *
     * @param minutes missing trading minutes in the run
     */
    public record Gap(Instant start, Instant end, long minutes) {
    }

    /**
     * Counts the stored bars of {@code symbol} in [from, to) against the trading minutes.
     *
     * @param barMinutes    stored bar times, ascending, each the start of a minute
     * @param minGapMinutes shortest run of missing minutes reported as a gap
     */
    public static GapReport of(String symbol, Instant from, Instant to, List<Instant> barMinutes, int minGapMinutes) {
        Instant start = from.truncatedTo(ChronoUnit.MINUTES);
        Instant end = to.truncatedTo(ChronoUnit.MINUTES);
        List<Gap> gaps = new ArrayList<>();
        long expected = 0;
        long actual = 0;
        int next = 0;
        Instant runStart = null;
        Instant runEnd = null;
        long runMinutes = 0;
        for (Instant minute = start; minute.isBefore(end); minute = minute.plus(MINUTE)) {
            while (next < barMinutes.size() && barMinutes.get(next).isBefore(minute)) {
                next++;
            }
            if (!GlobexSchedule.isOpen(minute)) {
                continue;
            }
            expected++;
            if (next < barMinutes.size() && barMinutes.get(next).equals(minute)) {
                actual++;
                if (runMinutes >= minGapMinutes && runStart != null) {
                    gaps.add(new Gap(runStart, runEnd, runMinutes));
                }
                runStart = null;
                runMinutes = 0;
            } else {
                if (runStart == null) {
                    runStart = minute;
                }
                runEnd = minute.plus(MINUTE);
                runMinutes++;
            }
        }
        if (runStart != null && runMinutes >= minGapMinutes) {
            gaps.add(new Gap(runStart, runEnd, runMinutes));
        }
        double coverage = expected == 0 ? 100.0 : Math.round(actual * 10_000.0 / expected) / 100.0;
        return new GapReport(symbol, start, end, expected, actual, coverage, minGapMinutes, List.copyOf(gaps));
    }
}
