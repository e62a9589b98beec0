package com.fks.copilot.engine.feed;

import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.session.EasternTime;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's prior trading days (issue 16): deterministic, each date its own, CME Globex hours (18:00 ET the
 * evening before to 17:00 ET, no trading in the daily break or the weekend), prices on each contract's tick grid
 * with a day's range a trader would recognise. 2026-11-30 is a Monday: its five prior days are Mon 23 – Fri 27.
 */
class DemoHistoryTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalTime START = LocalTime.of(9, 29, 30);
    private static final LocalTime END = LocalTime.of(9, 35);

    /** Every event as one line: sequence, type, instrument, price, quantity, time. */
    private static List<String> events(DemoDay day) {
        List<String> events = new ArrayList<>();
        while (day.next()) {
            events.add(day.sequence() + " " + day.type() + " " + day.instrument() + " " + day.price() + " " + day.quantity()
                    + " " + day.timeNanos());
        }
        return events;
    }

    private static ZonedDateTime et(long nanos) {
        return Instant.ofEpochSecond(0, nanos).atZone(EasternTime.ZONE);
    }

    @Test
    void theSameSeedGivesTheSameEventsAndAnotherDateOtherOnes() {
        List<String> first = events(new DemoDay(42, MONDAY, START, END, 2));
        assertEquals(first, events(new DemoDay(42, MONDAY, START, END, 2)));
        List<String> dayLater = events(new DemoDay(42, MONDAY.plusDays(1), START, END, 2));
        assertNotEquals(first.subList(0, 1_000).stream().map(e -> e.split(" ")[3]).toList(),
                dayLater.subList(0, 1_000).stream().map(e -> e.split(" ")[3]).toList(),
                "each date trades its own way, not the same walk shifted");
        assertNotEquals(steps(new DemoDay(42, MONDAY, START, END, 2)), steps(new DemoDay(42, MONDAY.plusDays(1), START, END, 2)),
                "the day's own window too");
    }

    /** The window's gold price changes, tick by tick: the shape of its walk whatever level it starts at. */
    private static List<Long> steps(DemoDay day) {
        List<Long> steps = new ArrayList<>();
        long previous = -1;
        while (day.next()) {
            if (day.timeNanos() >= day.windowStartNanos() && day.type() == EventType.TICK && day.instrument() == Instruments.MGC) {
                if (previous >= 0) {
                    steps.add(day.price() - previous);
                }
                previous = day.price();
            }
        }
        return steps;
    }

    @Test
    void withoutHistoryTheDayIsWhatItAlwaysWas() {
        assertEquals(events(new DemoDay(42, MONDAY, START, END)), events(new DemoDay(42, MONDAY, START, END, 0)));
        DemoDay day = new DemoDay(42, MONDAY, START, END, 0);
        day.next();
        assertEquals(day.windowStartNanos(), day.timeNanos(), "the first event is the window's first clock");
    }

    @Test
    void historyTradesOnlyInGlobexHoursAndThenRunsTheDayWithoutAGap() {
        DemoDay day = new DemoDay(42, MONDAY, START, END, 5);
        long first = Long.MAX_VALUE;
        long lastHistory = 0;
        long previousSequence = 0;
        while (day.next()) {
            ZonedDateTime at = et(day.timeNanos());
            first = Math.min(first, day.timeNanos());
            int minute = at.getHour() * 60 + at.getMinute();
            assertTrue(minute < 17 * 60 || minute >= 18 * 60, "nothing in the 17:00–18:00 ET break: " + at);
            DayOfWeek weekday = at.getDayOfWeek();
            assertTrue(weekday != DayOfWeek.SATURDAY && !(weekday == DayOfWeek.FRIDAY && minute >= 17 * 60)
                    && !(weekday == DayOfWeek.SUNDAY && minute < 18 * 60), "nothing over the weekend: " + at);
            assertEquals(previousSequence + 1, day.sequence());
            previousSequence = day.sequence();
            if (day.timeNanos() < day.windowStartNanos()) {
                lastHistory = day.timeNanos();
            }
        }
        assertEquals(ZonedDateTime.of(2026, 11, 22, 18, 0, 0, 0, EasternTime.ZONE), et(first),
                "Monday 23's session opens Sunday 18:00 ET");
        assertTrue(day.windowStartNanos() - lastHistory < 5_000_000_000L, "today's overnight runs up to the window");
    }

    @Test
    void historyPricesSitOnTheTickGridWithAUsualDaysRange() {
        DemoDay day = new DemoDay(42, MONDAY, START, END, 5);
        Map<String, double[]> ranges = new TreeMap<>(); // contract + session date → low, high
        while (day.next() && day.timeNanos() < day.windowStartNanos()) {
            if (day.type() != EventType.TICK) {
                continue;
            }
            var spec = Instruments.byIndex(day.instrument());
            assertEquals(0, day.price() % spec.tickFixed(), spec.symbol() + " on its tick grid");
            ZonedDateTime at = et(day.timeNanos());
            LocalDate session = at.getHour() >= 18 ? at.toLocalDate().plusDays(1) : at.toLocalDate();
            double points = Prices.toPoints(day.price());
            ranges.merge(spec.symbol() + " " + session, new double[] {points, points},
                    (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        assertEquals(6 * 6, ranges.size(), "six contracts × (five prior sessions + today's overnight)");
        ranges.forEach((key, range) -> {
            double percent = (range[1] - range[0]) / range[0] * 100;
            // a session of these contracts ranges about 0.5–4 % (silver and crude up to ~6 % on a wild day); an overnight less
            assertTrue(percent > 0.3 && percent < 7.0, key + " ranged " + percent + " %");
        });
    }

    @Test
    void theFeedSaysItIsPlayingHistoryUntilTheWindowOpens() {
        List<Long> times = new ArrayList<>();
        PacedFeed[] feed = new PacedFeed[1];
        FeedSink sink = new FeedSink() {
            @Override
            public void tick(int instrument, long price, long quantity, long exchangeTimeNanos, long sequence) {
                record(exchangeTimeNanos);
            }

            @Override
            public void clock(long eventTimeNanos, long sequence) {
                record(eventTimeNanos);
            }

            private void record(long time) {
                times.add(feed[0].playingHistory() ? time : -time);
            }
        };
        DemoDay day = new DemoDay(42, MONDAY, START, END, 1);
        long window = day.windowStartNanos();
        feed[0] = new PacedFeed(day, sink, 0, 0);
        assertTrue(feed[0].playingHistory(), "before the first event");
        feed[0].run();

        assertTrue(times.stream().filter(t -> t > 0).allMatch(t -> t < window), "history while before the window");
        assertTrue(times.stream().filter(t -> t < 0).allMatch(t -> -t >= window), "the window is not history");
        assertTrue(times.stream().anyMatch(t -> t < 0));
        assertTrue(!feed[0].playingHistory(), "finished");
    }
}
