package com.fks.copilot.engine.focus;

import com.fks.copilot.engine.analytics.DailyFocusPlan;
import com.fks.copilot.engine.analytics.FocusAsset;
import com.fks.copilot.engine.analytics.TradeBias;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.output.DerivedEmitter;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.state.BarHistory;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.FocusState;

import java.util.ArrayList;
import java.util.List;

/**
 * Today's plan (TASK-203): from each contract's 5-minute bars, bias, entry zone, stop, targets,
 * micro-contract size for the $375 risk budget, quality and volatility; ranked best first, the
 * top {@value #FOCUS_ASSETS} being the day's focus assets. Engine thread only; runs on its
 * schedule (every 5 minutes in ACTIVE hours, once in PRE-MARKET), never per tick.
 */
public final class FocusDesk {
    public static final int FOCUS_ASSETS = 4;
    /** 18:00 ET: a bar from then on belongs to the next day's Globex session. */
    private static final int GLOBEX_OPEN_MINUTE = 18 * 60;
    private final FocusState[] focus = new FocusState[Instruments.count()];
    private final double maxRiskDollars;
    private final DerivedEmitter out;
    private final EasternTime easternTime = new EasternTime();
    private boolean dirty;

    public FocusDesk(EngineStateStore store, double maxRiskDollars, DerivedEmitter out) {
        for (int i = 0; i < focus.length; i++) {
            focus[i] = new FocusState();
            if (!store.readFocus(i, focus[i])) {
                focus[i].instrument = i;
            }
        }
        this.maxRiskDollars = maxRiskDollars;
        this.out = out;
    }

    public FocusState[] states() {
        return focus;
    }

    /**
     * True when a contract has no line yet but enough 5-minute bars for one ({@link DailyFocusPlan#MIN_BARS}):
     * history just arrived (a warm-up, a demo's prior days), and the plan should be on screen now, not at the
     * next scheduled time. A contract whose bars gave no plan asks again only once it has more bars than at the
     * last attempt (kept in the persisted line, so a restarted engine decides exactly as one that ran on).
     */
    public boolean firstPlanDue(BarHistory[] fiveMinuteBars) {
        for (int i = 0; i < focus.length; i++) {
            int held = fiveMinuteBars[i].held();
            if (!focus[i].computed() && held >= DailyFocusPlan.MIN_BARS && held != focus[i].barCount) {
                return true;
            }
        }
        return false;
    }

    /** Recomputes every contract's line from its 5-minute bars and journals each as FOCUS_UPDATED. */
    public void recompute(long sourceIndex, long nowNanos, BarHistory[] fiveMinuteBars) {
        if (sourceIndex <= focus[0].appliedIndex) {
            return; // applied before a restart
        }
        List<FocusAsset> planned = new ArrayList<>();
        for (int i = 0; i < focus.length; i++) {
            DailyFocusPlan.planAsset(Instruments.byIndex(i), HistoryBars.of(fiveMinuteBars[i], 0), maxRiskDollars)
                    .ifPresent(planned::add);
        }
        List<FocusAsset> ranked = DailyFocusPlan.bestFirst(planned);
        for (FocusState state : focus) {
            state.rank = 0;
            state.focusAsset = false;
            state.appliedIndex = sourceIndex;
            state.barCount = fiveMinuteBars[state.instrument].held(); // the bars this attempt saw, planned or not
        }
        for (int rank = 1; rank <= ranked.size(); rank++) {
            FocusAsset asset = ranked.get(rank - 1);
            FocusState state = focus[Instruments.bySymbol(asset.symbol()).orElseThrow().index()];
            write(state, asset, rank, nowNanos);
            basis(state, fiveMinuteBars[state.instrument]);
            emit(state);
        }
        dirty = true;
    }

    private static void write(FocusState state, FocusAsset asset, int rank, long nowNanos) {
        state.computedNanos = nowNanos;
        state.rank = rank;
        state.focusAsset = rank <= FOCUS_ASSETS;
        state.bias = asset.bias() == TradeBias.LONG ? FocusState.LONG : asset.bias() == TradeBias.SHORT ? FocusState.SHORT : FocusState.NEUTRAL;
        state.skip = asset.skip();
        state.lastPrice = asset.lastPrice();
        state.quality = asset.quality();
        state.waveRatio = asset.waveRatio();
        state.volPercentile = asset.volPercentile();
        state.entryLow = asset.plan().entryLow();
        state.entryHigh = asset.plan().entryHigh();
        state.stop = asset.plan().stop();
        state.target1 = asset.plan().tp1();
        state.target2 = asset.plan().tp2();
        state.contracts = asset.size().contracts();
        state.riskDollars = asset.size().riskDollars();
    }

    /** The bars the line was computed from: how many, and how many Globex sessions (18:00 ET → 17:00 ET) they span. */
    private void basis(FocusState state, BarHistory bars) {
        int sessions = 0;
        long session = Long.MIN_VALUE;
        for (int i = 0; i < bars.held(); i++) {
            long start = bars.oldestFirst(i).startNanos;
            long day = easternTime.epochDay(start) + (easternTime.minuteOfDay(start) >= GLOBEX_OPEN_MINUTE ? 1 : 0);
            if (day != session) {
                session = day;
                sessions++;
            }
        }
        state.barCount = bars.held();
        state.sessionCount = sessions;
    }

    private void emit(FocusState state) {
        DerivedEvent line = out.next(DerivedEvent.FOCUS_UPDATED);
        line.instrument = state.instrument;
        line.timeNanos = state.computedNanos;
        line.code = state.rank;
        line.side = state.bias;
        line.price = Prices.toFixed(state.lastPrice);
        line.entryLow = Prices.toFixed(state.entryLow);
        line.entryHigh = Prices.toFixed(state.entryHigh);
        line.stopPrice = Prices.toFixed(state.stop);
        line.target1 = Prices.toFixed(state.target1);
        line.target2 = Prices.toFixed(state.target2);
        line.quantity = state.contracts;
        line.amountCents = Math.round(state.riskDollars * 100);
        line.quality = state.quality;
        line.waveRatio = state.waveRatio;
        line.volPercentile = state.volPercentile;
        line.blocks = state.focusAsset ? 1 : 0;
        out.emit();
    }

    public void persist(EngineStateStore store) {
        if (dirty) {
            for (FocusState state : focus) {
                store.writeFocus(state);
            }
            dirty = false;
        }
    }
}
