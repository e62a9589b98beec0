package com.fks.copilot.engine.feed;

import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.state.StateDigest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDayTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private static long digestOf(DemoDay day) {
        StateDigest digest = new StateDigest();
        while (day.next()) {
            digest.add(day.type()).add(day.instrument()).add(day.price()).add(day.quantity()).add(day.timeNanos()).add(day.sequence());
        }
        return digest.value();
    }

    @Test
    void sameSeedGivesTheSameDay() {
        assertEquals(digestOf(new DemoDay(7, DAY, LocalTime.of(9, 0), LocalTime.of(10, 0))),
                digestOf(new DemoDay(7, DAY, LocalTime.of(9, 0), LocalTime.of(10, 0))));
        assertNotEquals(digestOf(new DemoDay(7, DAY, LocalTime.of(9, 0), LocalTime.of(10, 0))),
                digestOf(new DemoDay(8, DAY, LocalTime.of(9, 0), LocalTime.of(10, 0))));
    }

    @Test
    void tradesLieOnEachContractsTickGridAndTimeNeverRunsBackwards() {
        DemoDay day = new DemoDay(1, DAY, LocalTime.of(9, 25), LocalTime.of(9, 45));
        long last = 0;
        while (day.next()) {
            assertTrue(day.timeNanos() >= last);
            last = day.timeNanos();
            if (day.type() == EventType.TICK) {
                Instrument instrument = Instruments.byIndex(day.instrument());
                assertTrue(instrument.isOnTickGrid(day.price()), instrument.symbol());
                assertTrue(day.quantity() >= 1);
            }
        }
    }

    @Test
    void theCashOpenIsBusierThanTheQuietOvernight() {
        assertTrue(tradesBetween(LocalTime.of(9, 30), LocalTime.of(9, 35))
                > 5 * tradesBetween(LocalTime.of(3, 0), LocalTime.of(3, 5)));
    }

    @Test
    void aClockEventArrivesEverySecondOfEventTime() {
        DemoDay day = new DemoDay(3, DAY, LocalTime.of(9, 29), LocalTime.of(9, 31));
        int clocks = 0;
        while (day.next()) {
            if (day.type() == EventType.CLOCK) {
                clocks++;
            }
        }
        assertEquals(120, clocks);
    }

    private static int tradesBetween(LocalTime from, LocalTime to) {
        DemoDay day = new DemoDay(5, DAY, from, to);
        int trades = 0;
        while (day.next()) {
            trades += day.type() == EventType.TICK ? 1 : 0;
        }
        return trades;
    }

    @Test
    void startsAtTheRequestedEasternTime() {
        DemoDay day = new DemoDay(5, DAY, LocalTime.of(9, 29, 15), LocalTime.of(9, 31));
        day.next();
        assertEquals(9 * 60 + 29, new EasternTime().minuteOfDay(day.timeNanos()));
    }
}
