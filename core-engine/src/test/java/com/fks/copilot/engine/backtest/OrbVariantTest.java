package com.fks.copilot.engine.backtest;

import com.fks.copilot.engine.analytics.OpeningRange;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.feed.DemoDay;
import com.fks.copilot.engine.feed.FeedSink;
import com.fks.copilot.engine.risk.RiskRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's ORB at another trigger multiple, on the demo's Tuesday 24 November 2026 after two prior days (seed 42,
 * 09:00–11:00 ET): at the engine's own 0.5 ATR it finds exactly the engine's breakouts; further out, fewer.
 */
class OrbVariantTest {
    @TempDir
    static Path scratch;
    private static List<Signal> signals;

    @BeforeAll
    static void runTheEngineOnADemoMorning() {
        DemoDay day = new DemoDay(42, LocalDate.of(2026, 11, 24), LocalTime.of(9, 0), LocalTime.of(11, 0), 2);
        signals = BacktestEngine.run(scratch, RiskRules.defaults(), engine -> play(day, engine));
    }

    @Test
    void atTheEnginesOwnMultipleItFindsTheEnginesBreakouts() {
        List<Signal.OrbBreakout> engine = breakouts(signals);
        assertFalse(engine.isEmpty(), "the demo morning breaks out somewhere");
        assertEquals(engine, breakouts(OrbVariant.retrigger(signals, OpeningRange.TRIGGER_ATRS)));
    }

    @Test
    void triggersFurtherOutBreakOutLessOften() {
        int atHalf = breakouts(signals).size();
        assertTrue(breakouts(OrbVariant.retrigger(signals, 1.0)).size() <= atHalf);
        assertEquals(List.of(), breakouts(OrbVariant.retrigger(signals, 1000.0)), "no close is 1000 ATRs outside the range");
    }

    private static List<Signal.OrbBreakout> breakouts(List<Signal> signals) {
        return signals.stream().filter(s -> s instanceof Signal.OrbBreakout).map(s -> (Signal.OrbBreakout) s).toList();
    }

    private static void play(DemoDay day, Consumer<EngineEvent> engine) {
        EngineEvent event = new EngineEvent();
        long[] index = {0};
        FeedSink sink = new FeedSink() {
            @Override
            public void tick(int instrument, long price, long quantity, long exchangeTimeNanos, long sequence) {
                event.setTick(instrument, price, quantity, exchangeTimeNanos, sequence);
                apply();
            }

            @Override
            public void clock(long eventTimeNanos, long sequence) {
                event.setClock(eventTimeNanos, sequence);
                apply();
            }

            private void apply() {
                event.journalIndex = index[0]++;
                engine.accept(event);
            }
        };
        while (day.next()) {
            day.publishTo(sink);
        }
    }
}
