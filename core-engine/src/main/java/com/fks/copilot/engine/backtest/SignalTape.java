package com.fks.copilot.engine.backtest;

import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.output.DerivedEventSink;

import java.util.ArrayList;
import java.util.List;

/** Records, in the engine's order, the derived events a backtest acts on (a copy of each: the engine reuses its event). */
public final class SignalTape implements DerivedEventSink {
    private final List<Signal> signals = new ArrayList<>();

    @Override
    public void emit(DerivedEvent e) {
        switch (e.type) {
            case DerivedEvent.BAR_CLOSED -> signals.add(new Signal.BarClosed(e.instrument, e.timeNanos, e.open, e.high,
                    e.low, e.close));
            case DerivedEvent.ORB_EVALUATED -> signals.add(new Signal.OrbEvaluated(e.instrument, e.timeNanos));
            case DerivedEvent.ORB_BREAKOUT -> signals.add(new Signal.OrbBreakout(e.instrument, e.timeNanos, e.side,
                    e.price, e.atr));
            case DerivedEvent.FOCUS_UPDATED -> signals.add(new Signal.PlanLine(e.instrument, e.timeNanos, e.side,
                    e.entryLow, e.entryHigh, e.stopPrice, e.target1, e.target2, (int) e.quantity, e.quality, e.blocks == 1));
            case DerivedEvent.NO_TRADE_CHANGED -> signals.add(new Signal.NoTradeChange(e.timeNanos, e.blocks));
            default -> {
                // the rest (risk, audit, co-pilot) is not what a simulated trader acts on
            }
        }
    }

    public List<Signal> signals() {
        return signals;
    }
}
