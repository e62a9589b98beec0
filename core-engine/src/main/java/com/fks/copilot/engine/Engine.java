package com.fks.copilot.engine;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.notrade.NoTradeReason;
import com.fks.copilot.engine.notrade.NoTradeRules;
import com.fks.copilot.engine.risk.RiskManager;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskState;
import com.fks.copilot.engine.risk.RiskVerdict;
import com.fks.copilot.engine.risk.TradeRecord;
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
    /** The no-trade verdict is re-decided on every even minute of event time, and on every risk-relevant event. */
    private static final int NO_TRADE_EVERY_MINUTES = 2;

    private final EngineStateStore store;
    private final DerivedEventSink sink;
    private final MarketState[] markets = new MarketState[Instruments.count()];
    private final boolean[] dirty = new boolean[Instruments.count()];
    private final EngineStatus status = new EngineStatus();
    private final DerivedEvent derived = new DerivedEvent();
    private final EasternTime easternTime = new EasternTime();
    private final RiskState risk = new RiskState();
    private final RiskManager riskManager;
    private final RiskVerdict standing = new RiskVerdict();
    private boolean statusDirty;
    private boolean riskDirty;
    private long currentSource = -1;
    private int currentOrdinal;

    public Engine(EngineStateStore store, DerivedEventSink sink) {
        this(store, sink, RiskRules.defaults());
    }

    public Engine(EngineStateStore store, DerivedEventSink sink, RiskRules rules) {
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
        store.readRisk(risk);
        riskManager = new RiskManager(rules, risk, markets);
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
            case EventType.RISK_CHECK -> onRiskCheck(event);
            case EventType.TRADE_OPEN -> onTradeOpen(event);
            case EventType.TRADE_CLOSE -> onTradeClose(event);
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
        if (riskDirty) {
            store.writeRisk(risk);
            riskDirty = false;
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
            if (NoTradeReason.NO_MARKET_DATA.firedIn(status.noTradeMask)) {
                evaluateNoTrade(event); // data is back: clear the verdict now, not at the next even minute
            }
        }
        writeView(event, state);
    }

    private void onClock(EngineEvent event) {
        long now = event.eventTimeNanos;
        long previous = status.eventTimeNanos;
        if (now < previous) {
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
        if (event.journalIndex > risk.appliedIndex) {
            riskManager.startDayIfNeeded(easternTime.epochDay(now));
            announceStanding(event);
        }
        long minute = now / MinuteBar.NANOS;
        if (status.noTradeMask < 0 || (minute != previous / MinuteBar.NANOS && minute % NO_TRADE_EVERY_MINUTES == 0)) {
            evaluateNoTrade(event);
        }
    }

    /** Re-decides the no-trade verdict; journals NO_TRADE_CHANGED and flags the slot when it changed. */
    private void evaluateNoTrade(EngineEvent event) {
        int mask = NoTradeRules.evaluate(markets, risk, status.eventTimeNanos, minuteNow());
        if (mask != status.noTradeMask) {
            status.noTradeMask = mask;
            event.noTradeChanged = true;
            event.noTradeMask = mask;
            DerivedEvent out = nextDerived(DerivedEvent.NO_TRADE_CHANGED);
            out.blocks = mask;
            out.timeNanos = status.eventTimeNanos;
            sink.emit(out);
        }
    }

    /** The bridge's account snapshot replaces every contract's position; the answer is the standing verdict. */
    private void onPosition(EngineEvent event) {
        for (MarketState state : markets) {
            int i = state.instrument;
            if (event.journalIndex > state.appliedIndex) {
                state.positionSide = event.positionSides[i];
                state.positionQuantity = event.positionQuantities[i];
                state.positionAveragePrice = event.positionQuantities[i] > 0 ? event.positionPrices[i] : Prices.NONE;
                state.positionUnrealizedCents = event.positionPnlCents[i];
                touched(state, event.journalIndex);
            }
        }
        if (event.journalIndex > risk.appliedIndex) {
            riskManager.evaluateStatus(minuteNow(), event.verdict);
            event.resultCode = event.verdict.allowed() ? EngineEvent.RESULT_ACCEPTED : EngineEvent.RESULT_BLOCKED;
            announceStanding(event);
        }
    }

    private void onRiskCheck(EngineEvent event) {
        if (event.journalIndex <= risk.appliedIndex) {
            return;
        }
        evaluateEntry(event);
        emitRisk(DerivedEvent.RISK_CHECKED, event, 0);
        riskTouched(event.journalIndex);
    }

    private void onTradeOpen(EngineEvent event) {
        if (event.journalIndex <= risk.appliedIndex) {
            return;
        }
        evaluateEntry(event);
        boolean enforced = event.amount == 1;
        TradeRecord trade = enforced && !event.verdict.allowed() ? null
                : riskManager.openTrade(event.journalIndex, event.instrument, event.side, event.quantity, event.price,
                        event.stopPrice, status.eventTimeNanos);
        if (trade == null) {
            event.resultCode = event.verdict.allowed() ? EngineEvent.RESULT_TRADE_TABLE_FULL : EngineEvent.RESULT_BLOCKED;
            emitRisk(DerivedEvent.TRADE_REFUSED, event, 0);
        } else {
            event.resultCode = EngineEvent.RESULT_ACCEPTED;
            event.resultTradeId = trade.tradeId;
            emitRisk(DerivedEvent.TRADE_OPENED, event, trade.tradeId);
        }
        riskTouched(event.journalIndex);
        announceStanding(event);
    }

    private void onTradeClose(EngineEvent event) {
        if (event.journalIndex <= risk.appliedIndex) {
            return;
        }
        TradeRecord trade = riskManager.closeTrade(event.amount, event.price, status.eventTimeNanos);
        if (trade == null) {
            event.resultCode = EngineEvent.RESULT_UNKNOWN_TRADE;
        } else {
            event.resultCode = EngineEvent.RESULT_ACCEPTED;
            event.resultTradeId = trade.tradeId;
            event.resultRealizedCents = trade.realizedCents;
            DerivedEvent out = nextDerived(DerivedEvent.TRADE_CLOSED);
            out.instrument = trade.instrument;
            out.side = trade.side;
            out.quantity = trade.quantity;
            out.price = trade.exitPrice;
            out.stopPrice = trade.stopPrice;
            out.tradeId = trade.tradeId;
            out.amountCents = trade.realizedCents;
            out.timeNanos = status.eventTimeNanos;
            sink.emit(out);
            riskTouched(event.journalIndex);
            announceStanding(event);
        }
    }

    private void evaluateEntry(EngineEvent event) {
        // NaN wave ratio until the analytics feed one in: stacking stays refused rather than guessed.
        riskManager.evaluateEntry(event.instrument, event.side, event.quantity, event.price, event.stopPrice,
                minuteNow(), Double.NaN, event.verdict);
        event.resultCode = event.verdict.allowed() ? EngineEvent.RESULT_ACCEPTED : EngineEvent.RESULT_BLOCKED;
    }

    /**
     * Re-evaluates the standing verdict after an event that may move it; shows it on the slot for the
     * dashboard when a position or trade changed it or its blocks/warnings changed, and journals
     * RISK_STATUS only in the latter case.
     */
    private void announceStanding(EngineEvent event) {
        long index = event.journalIndex;
        if (event.type != EventType.CLOCK) {
            evaluateNoTrade(event);
        }
        riskManager.evaluateStatus(minuteNow(), standing);
        boolean changed = standing.blocks != risk.statusBlocks || standing.warnings != risk.statusWarnings;
        if (changed || event.type != EventType.CLOCK) {
            event.standingChanged = true;
            event.standing.copyFrom(standing);
        }
        if (changed) {
            risk.statusBlocks = standing.blocks;
            risk.statusWarnings = standing.warnings;
            DerivedEvent out = nextDerived(DerivedEvent.RISK_STATUS);
            out.blocks = standing.blocks;
            out.warnings = standing.warnings;
            out.amountCents = standing.dailyPnlCents;
            out.quantity = standing.openPositions;
            out.timeNanos = status.eventTimeNanos;
            sink.emit(out);
            riskTouched(index);
        }
    }

    /** A check or trade decision as an output event, carrying the proposal's dollar risk. */
    private void emitRisk(byte type, EngineEvent event, long tradeId) {
        DerivedEvent out = nextDerived(type);
        out.tradeId = tradeId;
        out.instrument = event.instrument;
        out.side = event.side;
        out.quantity = event.quantity;
        out.price = event.price;
        out.stopPrice = event.stopPrice;
        out.blocks = event.verdict.blocks;
        out.warnings = event.verdict.warnings;
        out.amountCents = event.verdict.riskCents;
        out.timeNanos = status.eventTimeNanos;
        sink.emit(out);
    }

    private void riskTouched(long index) {
        risk.appliedIndex = index;
        riskDirty = true;
    }

    /** ET minute of the engine's event time, or -1 before the first clock event. */
    private int minuteNow() {
        return status.eventTimeNanos > 0 ? easternTime.minuteOfDay(status.eventTimeNanos) : -1;
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

    /** Engine-thread view of the day's risk state; other threads read the store instead. */
    public RiskState risk() {
        return risk;
    }

    /** Engine-thread view of one instrument; other threads read the store instead. */
    public MarketState market(int instrument) {
        return markets[instrument];
    }

    /** Digest of everything replay must reproduce. */
    public StateDigest digest() {
        StateDigest digest = new StateDigest();
        status.digestInto(digest);
        risk.digestInto(digest);
        for (MarketState state : markets) {
            state.digestInto(digest);
        }
        return digest;
    }
}
