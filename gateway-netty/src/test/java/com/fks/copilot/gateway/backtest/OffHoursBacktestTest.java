package com.fks.copilot.gateway.backtest;

import com.fks.copilot.engine.event.BacktestKind;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.session.TradingDays;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OffHoursBacktestTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final long TUESDAY_NOON = 1_795_539_600_000_000_000L; // 12:00 ET
    private static final Duration ROOMY = Duration.ofMinutes(10);

    /** What the worker submitted to the ring, in order. */
    private static final class Ring implements OffHoursBacktest.Journal {
        final List<EngineEvent> records = new ArrayList<>();
        final CountDownLatch runs = new CountDownLatch(1);

        @Override
        public synchronized void submit(Consumer<EngineEvent> fill) {
            EngineEvent event = new EngineEvent();
            fill.accept(event);
            records.add(event);
            if (event.summaryKind == BacktestKind.RUN) {
                runs.countDown();
            }
        }

        synchronized List<EngineEvent> records() {
            return List.copyOf(records);
        }
    }

    /** Monday's and Tuesday's clocks; Tuesday's wait for {@link #tuesday} once {@link #holdMonday} is set. */
    private static final class TwoDays implements MarketHistory {
        final CountDownLatch mondayPlayed = new CountDownLatch(1);
        final CountDownLatch tuesday = new CountDownLatch(1);
        final boolean holdMonday;

        TwoDays(boolean holdMonday) {
            this.holdMonday = holdMonday;
        }

        @Override
        public String describe() {
            return "two days of clocks";
        }

        @Override
        public List<LocalDate> tradingDays() {
            return List.of(MONDAY, TUESDAY);
        }

        @Override
        public void play(LocalDate to, Consumer<EngineEvent> engine) {
            EngineEvent clock = new EngineEvent();
            clock.setClock(TradingDays.endNanos(MONDAY) - 3_600_000_000_000L, 1);
            clock.journalIndex = 1;
            engine.accept(clock);
            mondayPlayed.countDown();
            if (holdMonday) {
                try {
                    tuesday.await();
                } catch (InterruptedException closing) {
                    Thread.currentThread().interrupt();
                }
            }
            clock.setClock(TUESDAY_NOON, 2);
            clock.journalIndex = 2;
            engine.accept(clock);
        }
    }

    @Test
    void aRunJournalsItsTradesThenItsRunUnderTheSessionChangesIndex() throws Exception {
        Ring ring = new Ring();
        try (OffHoursBacktest backtest = new OffHoursBacktest(() -> new TwoDays(false), RiskRules.defaults(), ring, ROOMY)) {
            backtest.offHours(4_711, TUESDAY_NOON);
            assertTrue(ring.runs.await(60, TimeUnit.SECONDS), "the run was journaled");
        }
        List<EngineEvent> records = ring.records();
        EngineEvent run = records.get(records.size() - 1);
        assertEquals(BacktestKind.RUN, run.summaryKind);
        assertEquals(4_711, run.amount);
        assertEquals(TUESDAY_NOON, run.eventTimeNanos);
        assertTrue(run.summaryText().contains("\"from\":\"2026-11-23\",\"to\":\"2026-11-24\""), run.summaryText());
        records.forEach(r -> assertEquals(4_711, r.amount, "every record names its run"));
    }

    @Test
    void awaitingIdleReturnsOnceTheRunAskedBeforeIsJournaled() throws Exception {
        Ring ring = new Ring();
        try (OffHoursBacktest backtest = new OffHoursBacktest(() -> new TwoDays(false), RiskRules.defaults(), ring, ROOMY)) {
            backtest.offHours(4_711, TUESDAY_NOON);
            backtest.awaitIdle();
            assertEquals(BacktestKind.RUN, ring.records().get(ring.records().size() - 1).summaryKind);
        }
    }

    @Test
    void aRunPastItsTimeLimitStopsAndJournalsNothing() {
        Ring ring = new Ring();
        TwoDays history = new TwoDays(false);
        try (OffHoursBacktest backtest = new OffHoursBacktest(() -> history, RiskRules.defaults(), ring, Duration.ZERO)) {
            backtest.offHours(4_711, TUESDAY_NOON);
        } // close waits for the worker, which stops at the first trading day
        assertEquals(List.of(), ring.records());
    }

    @Test
    void aNewerSessionChangeStopsTheRunInProgressAndOnlyItsOwnRunIsJournaled() throws Exception {
        Ring ring = new Ring();
        TwoDays first = new TwoDays(true);
        List<TwoDays> histories = new ArrayList<>(List.of(first, new TwoDays(false)));
        try (OffHoursBacktest backtest = new OffHoursBacktest(() -> histories.remove(0), RiskRules.defaults(), ring, ROOMY)) {
            backtest.offHours(100, TUESDAY_NOON);
            assertTrue(first.mondayPlayed.await(60, TimeUnit.SECONDS));
            backtest.offHours(200, TUESDAY_NOON);
            first.tuesday.countDown(); // the first run sees Tuesday enter, and the newer ask
            assertTrue(ring.runs.await(60, TimeUnit.SECONDS), "the newer run was journaled");
        }
        ring.records().forEach(r -> assertEquals(200, r.amount, "nothing of the superseded run"));
    }

    @Test
    void closingStopsARunInProgressAndItJournalsNothing() throws Exception {
        Ring ring = new Ring();
        TwoDays held = new TwoDays(true);
        OffHoursBacktest backtest = new OffHoursBacktest(() -> held, RiskRules.defaults(), ring, ROOMY);
        backtest.offHours(100, TUESDAY_NOON);
        assertTrue(held.mondayPlayed.await(60, TimeUnit.SECONDS));
        backtest.close(); // interrupts the held run; Tuesday then enters and the run stops there
        assertEquals(List.of(), ring.records());
        backtest.offHours(300, TUESDAY_NOON); // a session change after close starts nothing
        assertEquals(List.of(), ring.records());
    }
}
