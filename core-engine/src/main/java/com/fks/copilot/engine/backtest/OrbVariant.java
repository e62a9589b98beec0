package com.fks.copilot.engine.backtest;

import com.fks.copilot.engine.analytics.Bars;
import com.fks.copilot.engine.analytics.OpeningRange;
import com.fks.copilot.engine.analytics.OrbEvaluation;
import com.fks.copilot.engine.analytics.TradeBias;
import com.fks.copilot.engine.focus.HistoryBars;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.state.BarHistory;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.MinuteBar;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The engine's opening-range breakout with its triggers another number of ATRs outside the range: at every moment the
 * engine evaluated the range, {@link OpeningRange} runs again on the same bars (the engine's 1-minute bars since the
 * previous ET midnight, as {@code OrbDesk} gives them) with the candidate multiple, and a breakout is announced as
 * {@code OrbDesk} announces one: once a day, on a bar of that day. At the engine's own 0.5 it gives the engine's
 * breakouts back exactly ({@code OrbVariantTest}). One engine run then serves every candidate of a walk-forward.
 */
public final class OrbVariant {
    private static final long DAY_NANOS = TimeUnit.DAYS.toNanos(1);

    private final double triggerAtrs;
    private final EasternTime easternTime = new EasternTime();
    private final BarHistory[] history = new BarHistory[Instruments.count()];
    private final long[] breakoutDay = new long[Instruments.count()];
    private final Bars.Buffer bars = new Bars.Buffer(EngineStateStore.ONE_MINUTE_BARS);
    private final OrbEvaluation result = new OrbEvaluation();
    private final MinuteBar scratch = new MinuteBar();

    private OrbVariant(double triggerAtrs) {
        this.triggerAtrs = triggerAtrs;
        for (int i = 0; i < history.length; i++) {
            history[i] = new BarHistory(EngineStateStore.ONE_MINUTE_BARS);
            breakoutDay[i] = Long.MIN_VALUE;
        }
    }

    /** {@code signals} with the engine's ORB breakouts replaced by those at {@code triggerAtrs}. */
    public static List<Signal> retrigger(List<Signal> signals, double triggerAtrs) {
        OrbVariant variant = new OrbVariant(triggerAtrs);
        List<Signal> out = new ArrayList<>(signals.size());
        for (Signal signal : signals) {
            if (signal instanceof Signal.BarClosed bar) {
                variant.add(bar);
                out.add(signal);
            } else if (signal instanceof Signal.OrbEvaluated evaluated) {
                out.add(signal);
                Signal.OrbBreakout breakout = variant.evaluate(evaluated);
                if (breakout != null) {
                    out.add(breakout);
                }
            } else if (!(signal instanceof Signal.OrbBreakout)) {
                out.add(signal);
            }
        }
        return out;
    }

    private void add(Signal.BarClosed bar) {
        scratch.startNanos = bar.startNanos();
        scratch.open = bar.open();
        scratch.high = bar.high();
        scratch.low = bar.low();
        scratch.close = bar.close();
        history[bar.instrument()].append(scratch);
    }

    private Signal.OrbBreakout evaluate(Signal.OrbEvaluated evaluated) {
        int i = evaluated.instrument();
        long today = easternTime.epochDay(evaluated.timeNanos());
        long dayStart = easternTime.epochNanosOf(today, 0);
        OpeningRange.evaluate(HistoryBars.fill(history[i], Math.max(0, dayStart - DAY_NANOS), bars), easternTime, result,
                triggerAtrs);
        if (!result.breakout || easternTime.epochDay(result.breakoutBarStartNanos) != today || breakoutDay[i] == today) {
            return null;
        }
        breakoutDay[i] = today;
        return new Signal.OrbBreakout(i, evaluated.timeNanos(), result.breakoutDirection == TradeBias.LONG ? (byte) 1 : (byte) -1,
                Prices.toFixed(result.breakoutPrice), Prices.toFixed(result.atr));
    }
}
