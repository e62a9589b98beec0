package com.fks.copilot.engine.orb;

import com.fks.copilot.engine.analytics.Bars;
import com.fks.copilot.engine.analytics.OpeningRange;
import com.fks.copilot.engine.analytics.OrbEvaluation;
import com.fks.copilot.engine.analytics.OrbStatus;
import com.fks.copilot.engine.analytics.TradeBias;
import com.fks.copilot.engine.focus.HistoryBars;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.output.DerivedEmitter;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.engine.state.BarHistory;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.OrbState;

import java.util.concurrent.TimeUnit;

/**
 * The opening-range breakout (FKS-RULES): range from 09:30–10:00 ET 1-minute bars, triggers at
 * ±0.5·ATR, evaluated on each 1-minute close and every 2 minutes from 09:30 to 11:00 ET. Every
 * evaluation is journaled (ORB_EVALUATED) for the audit; the day's first breakout also as
 * ORB_BREAKOUT. Engine thread only; an evaluation allocates nothing.
 */
public final class OrbDesk {
    public static final int FIRST_MINUTE = 9 * 60 + 30;
    public static final int LAST_MINUTE = 11 * 60;
    private static final long DAY_NANOS = TimeUnit.DAYS.toNanos(1);

    private final OrbState[] orb = new OrbState[Instruments.count()];
    private final boolean[] dirty = new boolean[Instruments.count()];
    private final EasternTime easternTime;
    private final DerivedEmitter out;
    /** Reused at every evaluation: the day's 1-minute bars as the analytics read them, and the result. */
    private final Bars.Buffer bars = new Bars.Buffer(EngineStateStore.ONE_MINUTE_BARS);
    private final OrbEvaluation result = new OrbEvaluation();

    public OrbDesk(EngineStateStore store, EasternTime easternTime, DerivedEmitter out) {
        for (int i = 0; i < orb.length; i++) {
            orb[i] = new OrbState();
            if (!store.readOrb(i, orb[i])) {
                orb[i].instrument = i;
            }
        }
        this.easternTime = easternTime;
        this.out = out;
    }

    public OrbState state(int instrument) {
        return orb[instrument];
    }

    /** True while the ORB is watched: 09:30 to 11:00 ET. */
    public static boolean inWindow(int minuteOfDay) {
        return minuteOfDay >= FIRST_MINUTE && minuteOfDay <= LAST_MINUTE;
    }

    /** Evaluates one contract on today's 1-minute bars; true when a breakout was found now. */
    public boolean evaluate(int instrument, long sourceIndex, long nowNanos, BarHistory oneMinuteBars) {
        OrbState state = orb[instrument];
        if (sourceIndex <= state.appliedIndex || oneMinuteBars.held() == 0) {
            return false;
        }
        long today = easternTime.epochDay(nowNanos);
        long dayStart = easternTime.epochNanosOf(today, 0);
        OpeningRange.evaluate(HistoryBars.fill(oneMinuteBars, Math.max(0, dayStart - DAY_NANOS), bars), easternTime,
                result);
        state.appliedIndex = sourceIndex;
        state.status = result.status.ordinal();
        state.evaluatedNanos = nowNanos;
        state.orHigh = result.orHigh;
        state.orLow = result.orLow;
        state.longTrigger = result.longTrigger;
        state.shortTrigger = result.shortTrigger;
        dirty[instrument] = true;
        emit(DerivedEvent.ORB_EVALUATED, state, nowNanos);
        // only a breakout on today's bars is today's: Saturday's clock re-evaluates Friday's bars, and may find a close
        // beyond a trigger after Friday's window had ended
        boolean fresh = result.breakout && easternTime.epochDay(result.breakoutBarStartNanos) == today
                && state.breakoutDay != today;
        if (fresh) {
            state.breakoutDay = today;
            state.breakoutDirection = result.breakoutDirection == TradeBias.LONG ? (byte) 1 : (byte) -1;
            state.breakoutPrice = result.breakoutPrice;
            state.breakoutBarNanos = result.breakoutBarStartNanos;
            emit(DerivedEvent.ORB_BREAKOUT, state, nowNanos);
        }
        return fresh;
    }

    private void emit(byte type, OrbState state, long nowNanos) {
        DerivedEvent event = out.next(type);
        event.instrument = state.instrument;
        event.timeNanos = nowNanos;
        event.code = state.status;
        event.rangeHigh = fixed(state.orHigh);
        event.rangeLow = fixed(state.orLow);
        event.longTrigger = fixed(state.longTrigger);
        event.shortTrigger = fixed(state.shortTrigger);
        // what the evaluation just computed: the ATR (computed from ZERO_ATR on; none before a valid range) and the range's bars
        event.atr = result.status.ordinal() >= OrbStatus.ZERO_ATR.ordinal() ? fixed(result.atr) : Prices.NONE;
        event.barCount = result.orBarCount;
        event.sessionMode = SessionMode.atMinuteOfDay(easternTime.minuteOfDay(nowNanos)).ordinal();
        if (type == DerivedEvent.ORB_BREAKOUT) {
            event.side = state.breakoutDirection;
            event.price = fixed(state.breakoutPrice);
        }
        out.emit();
    }

    private static long fixed(double points) {
        return Double.isFinite(points) ? Prices.toFixed(points) : Prices.NONE;
    }

    public void persist(EngineStateStore store) {
        for (int i = 0; i < orb.length; i++) {
            if (dirty[i]) {
                store.writeOrb(orb[i]);
                dirty[i] = false;
            }
        }
    }
}
