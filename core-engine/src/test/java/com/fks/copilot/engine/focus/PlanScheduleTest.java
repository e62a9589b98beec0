package com.fks.copilot.engine.focus;

import com.fks.copilot.engine.EngineFixture;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static com.fks.copilot.engine.EngineFixture.et;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the daily plan and the ORB are computed: from event time alone (TASK-202). */
class PlanScheduleTest {
    private static final long STEP = 30_000_000_000L;

    /** Gold trades and the clock ticks every 30 s from {@code from} to {@code to} (ET). */
    private static void play(EngineFixture f, String from, String to) {
        SplittableRandom random = new SplittableRandom(3);
        long price = Prices.toFixed(5200.0);
        for (long t = et(from); t <= et(to); t += STEP) {
            price += (random.nextInt(9) - 4) * Prices.toFixed(0.1);
            f.tick(Instruments.MGC, price, 1 + random.nextInt(3), t);
            f.clock(t);
        }
    }

    /** ET wall times (HH:mm:ss) at which events of the type were derived. */
    private static TreeSet<String> times(EngineFixture f, String type, List<Long> sourceTimes) {
        TreeSet<String> times = new TreeSet<>();
        for (int i = 0; i < f.derived.size(); i++) {
            if (f.derived.get(i).startsWith(type)) {
                times.add(Instant.ofEpochSecond(0, sourceTimes.get(i)).atZone(ZoneId.of("America/New_York")).toLocalTime().toString());
            }
        }
        return times;
    }

    @Test
    void planComesAsSoonAsTheBarsAllowThenOnceInPreMarketThenEveryFiveMinutesFromFive(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir)) {
            play(f, "2026-11-23T21:00:00", "2026-11-24T05:12:00");
            TreeSet<String> plans = times(f, "FOCUS_UPDATED", f.derivedTimes);
            assertEquals(new TreeSet<>(List.of("23:30", "00:00", "05:00", "05:05", "05:10")), plans,
                    "at 23:30, the first clock with 30 five-minute bars (21:00 + 30 × 5 min), though OFF-HOURS has no"
                            + " schedule; once at the start of PRE-MARKET; then every 5 min in ACTIVE");
        }
    }

    @Test
    void aPlanSaysHowManyBarsAndGlobexSessionsItWasComputedFrom(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir)) {
            play(f, "2026-11-23T16:00:00", "2026-11-24T05:10:00");
            var gold = f.engine.focus(Instruments.MGC);
            // 16:00 Monday to 05:10 Tuesday: 13 h 10 min = 158 five-minute bars; before 18:00 they are Monday's
            // session, from 18:00 Tuesday's (the tape here runs through the 17:00 break)
            assertEquals(158, gold.barCount);
            assertEquals(2, gold.sessionCount);
        }
    }

    @Test
    void orbIsEvaluatedEveryTwoMinutesAndOnEachMinuteCloseFrom0930To1100(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir)) {
            play(f, "2026-11-24T09:20:00", "2026-11-24T11:10:00");
            TreeSet<String> evaluations = times(f, "ORB_EVALUATED", f.derivedTimes);
            assertEquals("09:30", evaluations.first());
            assertEquals("11:00", evaluations.last());
            assertTrue(evaluations.contains("09:31") && evaluations.contains("10:59"),
                    "odd minutes come from 1-minute bar closes, the clock's evaluations are on even ones: " + evaluations);
            assertEquals(91, evaluations.size(), "every minute from 09:30 to 11:00 inclusive");
        }
    }
}
