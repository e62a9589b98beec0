package com.fks.copilot.gateway.backtest;

import com.fks.copilot.engine.backtest.BarTape;
import com.fks.copilot.engine.backtest.TapeBar;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.session.TradingDays;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/** 1-minute bars held in memory (from the history database or a bar file), played as trades by {@link BarTape}. */
public final class StoredBars implements MarketHistory {
    private final String source;
    private final List<TapeBar> bars;

    public StoredBars(String source, List<TapeBar> bars) {
        this.source = source;
        this.bars = List.copyOf(bars);
    }

    @Override
    public String describe() {
        return source;
    }

    @Override
    public List<LocalDate> tradingDays() {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (TapeBar bar : bars) {
            days.add(TradingDays.ofEpochNanos(bar.startNanos()));
        }
        return List.copyOf(days);
    }

    @Override
    public void play(LocalDate to, Consumer<EngineEvent> engine) {
        long end = TradingDays.endNanos(to);
        BarTape.play(bars.stream().filter(b -> b.startNanos() < end).toList(), engine);
    }
}
