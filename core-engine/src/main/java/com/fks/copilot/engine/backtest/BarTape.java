package com.fks.copilot.engine.backtest;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.feed.BarPath;
import com.fks.copilot.engine.state.MinuteBar;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Stored 1-minute bars as the engine's inputs: a CLOCK at the start of every minute from the first bar's to the minute
 * after the last, and each bar as the four trades of its {@link BarPath}, as the live feed's gap fill plays them. The
 * engine builds the same bar back, so its ORB, plan and no-trade verdict see what a live run would have.
 */
public final class BarTape {
    private final EngineEvent event = new EngineEvent();
    private final Consumer<EngineEvent> engine;
    private long index;

    private BarTape(Consumer<EngineEvent> engine) {
        this.engine = engine;
    }

    /** Plays {@code bars} (any order) into {@code engine}, each event with the next journal index from 0. */
    public static void play(List<TapeBar> bars, Consumer<EngineEvent> engine) {
        if (bars.isEmpty()) {
            return;
        }
        List<TapeBar> sorted = bars.stream().sorted(Comparator.comparingLong(TapeBar::startNanos)
                .thenComparingInt(TapeBar::instrument)).toList();
        new BarTape(engine).playSorted(sorted);
    }

    private void playSorted(List<TapeBar> bars) {
        long minute = minuteOf(bars.get(0).startNanos());
        long last = minuteOf(bars.get(bars.size() - 1).startNanos()) + MinuteBar.NANOS;
        int next = 0;
        for (; minute <= last; minute += MinuteBar.NANOS) {
            clock(minute);
            while (next < bars.size() && minuteOf(bars.get(next).startNanos()) == minute) {
                trades(bars.get(next++));
            }
        }
    }

    private void trades(TapeBar bar) {
        BarPath.play(bar.startNanos(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume(), (price, quantity, nanos) -> {
            event.setTick(bar.instrument(), price, quantity, nanos, index + 1);
            apply();
        });
    }

    private void clock(long timeNanos) {
        event.setClock(timeNanos, index + 1);
        apply();
    }

    private void apply() {
        event.journalIndex = index++;
        engine.accept(event);
    }

    private static long minuteOf(long nanos) {
        return Math.floorDiv(nanos, MinuteBar.NANOS) * MinuteBar.NANOS;
    }
}
