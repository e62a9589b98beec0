package com.fks.copilot.engine;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.output.DerivedEventSink;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.EngineStatus;
import com.fks.copilot.engine.state.MarketState;
import com.fks.copilot.engine.state.MinuteBar;
import com.fks.copilot.engine.state.StateDigest;

/**
 * The single writer of engine state: folds journaled input events, in ring order, into
 * per-instrument {@link MarketState} and the engine {@link EngineStatus}, and emits what it
 * derives (bar closes, session changes) to a {@link DerivedEventSink}.
 *
 * <p>Contract: call from one thread only. {@link #apply} never reads the wall clock (event time
 * comes from CLOCK and TICK events), never allocates in steady state, and is idempotent per
 * journal index, so recovery may re-offer events that were already applied. {@link #endOfBatch}
 * persists what changed to the Chronicle Maps, instruments first, status last.
 */
public final class Engine {
    private static final int CME_DAY_START_MINUTE = 18 * 60;

    private final EngineStateStore store;
    private final DerivedEventSink sink;
    private final MarketState[] markets = new MarketState[Instruments.count()];
    private final boolean[] dirty = new boolean[Instruments.count()];
    private final EngineStatus status = new EngineStatus();
    private final DerivedEvent derived = new DerivedEvent();
    private final EasternTime easternTime = new EasternTime();
    private boolean statusDirty;
    private long currentSource = -1;
    private int currentOrdinal;

    public Engine(EngineStateStore store, DerivedEventSink sink) {
        this.store = store;
        this.sink = sink;
        for (int i = 0; i < markets.length; i++) {
            MarketState state = new MarketState();
            if (!store.readMarket(i, state)) {
                state.instrument = i;
            }
            markets[i] = state;
        }
        store.readStatus(status);
    }

    /** Applies one journaled input event; events at or before {@link #appliedIndex()} are skipped. */
    public void apply(EngineEvent event) {
        long index = event.journalIndex;
        if (index < 0 || index <= status.appliedIndex) {
            return;
        }
        currentSource = index;
        currentOrdinal = 0;
        switch (event.type) {
            case EventType.TICK -> onTick(event);
            case EventType.CLOCK -> onClock(event);
            case EventType.POSITION -> onPosition(event);
            case EventType.FILL -> onFill(event);
            default -> { }
        }
        status.appliedIndex = index;
        status.eventsProcessed++;
        statusDirty = true;
    }

    /** Persists changed state: instruments first, then the status whose index covers them. */
    public void endOfBatch() {
        for (int i = 0; i < markets.length; i++) {
            if (dirty[i]) {
                store.writeMarket(markets[i]);
                dirty[i] = false;
            }
        }
        if (statusDirty) {
            store.writeStatus(status);
            statusDirty = false;
        }
    }

    private void onTick(EngineEvent event) {
        MarketState state = markets[event.instrument];
        if (event.journalIndex > state.appliedIndex) {
            long time = event.eventTimeNanos;
            long barStart = Math.floorDiv(time, MinuteBar.NANOS) * MinuteBar.NANOS;
            if (state.bar.isOpen() && barStart > state.bar.startNanos) {
                closeBar(state);
            }
            if (time >= state.nextTradingDayStartNanos) {
                startTradingDay(state, time);
            }
            if (state.bar.isOpen()) {
                state.bar.add(event.price, event.quantity);
            } else {
                state.bar.start(barStart, event.price, event.quantity);
            }
            state.onTrade(event.price, event.quantity, time, event.sourceSequence);
            touched(state, event.journalIndex);
        }
        writeView(event, state);
    }

    private void onClock(EngineEvent event) {
        long now = event.eventTimeNanos;
        if (now < status.eventTimeNanos) {
            return; // time never runs backwards; a stale clock event changes nothing
        }
        status.eventTimeNanos = now;
        for (MarketState state : markets) {
            if (state.bar.isOpen() && state.bar.startNanos + MinuteBar.NANOS <= now
                    && event.journalIndex > state.appliedIndex) {
                closeBar(state);
                touched(state, event.journalIndex);
            }
        }
        int mode = SessionMode.atMinuteOfDay(easternTime.minuteOfDay(now)).ordinal();
        if (mode != status.sessionMode) {
            status.sessionMode = mode;
            emitSessionChange(now, mode);
        }
    }

    private void onPosition(EngineEvent event) {
        MarketState state = markets[event.instrument];
        if (event.journalIndex > state.appliedIndex) {
            state.positionSide = event.side;
            state.positionQuantity = event.quantity;
            state.positionAveragePrice = event.price;
            state.positionUnrealizedCents = event.amount;
            touched(state, event.journalIndex);
        }
    }

    private void onFill(EngineEvent event) {
        MarketState state = markets[event.instrument];
        if (event.journalIndex > state.appliedIndex) {
            state.fillCount++;
            state.lastFillPrice = event.price;
            touched(state, event.journalIndex);
        }
    }

    private void touched(MarketState state, long index) {
        state.appliedIndex = index;
        dirty[state.instrument] = true;
    }

    private void startTradingDay(MarketState state, long timeNanos) {
        long day = easternTime.epochDay(timeNanos);
        long startDay = easternTime.minuteOfDay(timeNanos) >= CME_DAY_START_MINUTE ? day : day - 1;
        state.startTradingDay(easternTime.epochNanosOf(startDay, CME_DAY_START_MINUTE),
                easternTime.epochNanosOf(startDay + 1, CME_DAY_START_MINUTE));
    }

    private void closeBar(MarketState state) {
        MinuteBar bar = state.bar;
        DerivedEvent out = nextDerived(DerivedEvent.BAR_CLOSED);
        out.instrument = state.instrument;
        out.timeNanos = bar.startNanos;
        out.open = bar.open;
        out.high = bar.high;
        out.low = bar.low;
        out.close = bar.close;
        out.volume = bar.volume;
        sink.emit(out);
        state.closeBar();
    }

    private void emitSessionChange(long now, int mode) {
        DerivedEvent out = nextDerived(DerivedEvent.SESSION_CHANGE);
        out.timeNanos = now;
        out.sessionMode = mode;
        sink.emit(out);
    }

    private DerivedEvent nextDerived(byte type) {
        derived.clear();
        derived.type = type;
        derived.sourceIndex = currentSource;
        derived.ordinal = currentOrdinal++;
        return derived;
    }

    private static void writeView(EngineEvent event, MarketState state) {
        event.viewChanged = true;
        event.viewLastPrice = state.lastPrice;
        event.viewOpenPrice = state.openPrice;
        event.viewHighPrice = state.highPrice;
        event.viewLowPrice = state.lowPrice;
        event.viewVolume = state.volume;
        event.viewTickCount = state.tickCount;
    }

    /** Input-journal index of the last applied event (-1 before any). */
    public long appliedIndex() {
        return status.appliedIndex;
    }

    public long eventsProcessed() {
        return status.eventsProcessed;
    }

    /** Engine-thread view of one instrument; other threads read the store instead. */
    public MarketState market(int instrument) {
        return markets[instrument];
    }

    /** Digest of everything replay must reproduce. */
    public StateDigest digest() {
        StateDigest digest = new StateDigest();
        status.digestInto(digest);
        for (MarketState state : markets) {
            state.digestInto(digest);
        }
        return digest;
    }
}
