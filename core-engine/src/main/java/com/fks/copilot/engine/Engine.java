package com.fks.copilot.engine;

import com.fks.copilot.engine.copilot.CompactSummary;
import com.fks.copilot.engine.copilot.EngineFacts;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;
import com.fks.copilot.engine.event.SummaryText;
import com.fks.copilot.engine.focus.FocusDesk;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.notrade.NoTradeReason;
import com.fks.copilot.engine.notrade.NoTradeRules;
import com.fks.copilot.engine.orb.OrbDesk;
import com.fks.copilot.engine.output.DerivedEmitter;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.output.DerivedEventSink;
import com.fks.copilot.engine.risk.IdempotencyKeys;
import com.fks.copilot.engine.risk.RiskDesk;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskState;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.state.BarHistory;
import com.fks.copilot.engine.state.FocusState;
import com.fks.copilot.engine.state.OrbState;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.engine.session.TradingDays;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.EngineStatus;
import com.fks.copilot.engine.state.MarketState;
import com.fks.copilot.engine.state.MinuteBar;
import com.fks.copilot.engine.state.StateDigest;

/**
 * The single writer of engine state: folds journaled input events, in ring order, into
 * per-instrument {@link MarketState}, the engine {@link EngineStatus} and the day's risk
 * ({@link RiskDesk}), and emits what it derives (bar closes, session changes, risk decisions,
 * no-trade verdicts, co-pilot summaries) to a {@link DerivedEventSink}.
 *
 * <p>Contract: call from one thread only. {@link #apply} never reads the wall clock (event time
 * comes from CLOCK and TICK events), never allocates in steady state (the co-pilot's local summary,
 * every 15 minutes of event time, is the one exception), and is idempotent per
 * journal index, so recovery may re-offer events that were already applied. {@link #endOfBatch}
 * persists what changed to the Chronicle Maps as one commit; a commit cut short by a crash makes
 * the next engine start from the newest valid end-of-day snapshot (or empty maps), so recovery replays the
 * journal after it.
 *
 * <p>Trading days end in event time: the first CLOCK of a new CME trading day first commits the state the
 * previous day left and has it snapshotted ({@link EngineStateStore#snapshotTradingDay}), then applies. The
 * boundary depends on the journal alone, so a replay makes the same snapshots at the same indexes.
 */
public final class Engine {
    private static final int CME_DAY_START_MINUTE = 18 * 60;
    /** The no-trade verdict is re-decided on every even minute of event time, and on every risk-relevant event. */
    private static final int NO_TRADE_EVERY_MINUTES = 2;
    private static final int FOCUS_EVERY_MINUTES = 5;
    private static final int ORB_EVERY_MINUTES = 2;
    private static final int GROK_EVERY_MINUTES = 15;

    private final EngineStateStore store;
    private final MarketState[] markets = new MarketState[Instruments.count()];
    private final boolean[] dirty = new boolean[Instruments.count()];
    private final EngineStatus status = new EngineStatus();
    private final EasternTime easternTime = new EasternTime();
    private final DerivedEmitter out;
    private final RiskDesk riskDesk;
    private final FocusDesk focusDesk;
    private final OrbDesk orbDesk;
    private final OrbState[] orbStates = new OrbState[Instruments.count()];
    private final BarHistory[] oneMinuteBars = new BarHistory[Instruments.count()];
    private final BarHistory[] fiveMinuteBars = new BarHistory[Instruments.count()];
    private final boolean[] oneMinuteDirty = new boolean[Instruments.count()];
    private final boolean[] fiveMinuteDirty = new boolean[Instruments.count()];
    private boolean statusDirty;
    private final boolean rebuilt;
    /** Where the trading day of the engine's event time ends (epoch nanos); MIN_VALUE before the first clock. */
    private long tradingDayEndsNanos = Long.MIN_VALUE;

    public Engine(EngineStateStore store, DerivedEventSink sink) {
        this(store, sink, RiskRules.defaults());
    }

    public Engine(EngineStateStore store, DerivedEventSink sink, RiskRules rules) {
        this.store = store;
        this.out = new DerivedEmitter(sink);
        this.rebuilt = store.discardInterruptedCommit();
        for (int i = 0; i < markets.length; i++) {
            MarketState state = new MarketState();
            if (!store.readMarket(i, state)) {
                state.instrument = i;
            }
            markets[i] = state;
            oneMinuteBars[i] = history(i, EngineStateStore.ONE_MINUTE_BARS);
            fiveMinuteBars[i] = history(i, EngineStateStore.FIVE_MINUTE_BARS);
            store.readOneMinuteBars(i, oneMinuteBars[i]);
            store.readFiveMinuteBars(i, fiveMinuteBars[i]);
        }
        store.readStatus(status);
        if (status.eventTimeNanos > 0) {
            tradingDayEndsNanos = TradingDays.endNanos(TradingDays.ofEpochNanos(status.eventTimeNanos));
        }
        this.focusDesk = new FocusDesk(store, rules.maxRiskPerTradeCents() / 100.0, out);
        this.riskDesk = new RiskDesk(store, markets, focusDesk.states(), rules, out);
        this.orbDesk = new OrbDesk(store, easternTime, out);
        for (int i = 0; i < orbStates.length; i++) {
            orbStates[i] = orbDesk.state(i);
        }
    }

    private static BarHistory history(int instrument, int capacity) {
        BarHistory history = new BarHistory(capacity);
        history.instrument = instrument;
        return history;
    }

    /** Applies one journaled input event; events at or before {@link #appliedIndex()} are skipped. */
    public void apply(EngineEvent event) {
        long index = event.journalIndex;
        if (index < 0 || index <= status.appliedIndex) {
            return;
        }
        if (event.type == EventType.CLOCK && event.eventTimeNanos >= tradingDayEndsNanos) {
            closeTradingDay(event.eventTimeNanos);
        }
        out.begin(index);
        switch (event.type) {
            case EventType.TICK -> onTick(event);
            case EventType.CLOCK -> onClock(event);
            case EventType.POSITION -> onPosition(event);
            case EventType.FILL -> onFill(event);
            case EventType.RISK_CHECK -> riskDesk.onCheck(event, minuteNow(), status.eventTimeNanos);
            case EventType.TRADE_OPEN -> afterRisk(event, riskDesk.onTradeOpen(event, minuteNow(), status.eventTimeNanos));
            case EventType.TRADE_CLOSE -> afterRisk(event, riskDesk.onTradeClose(event, minuteNow(), status.eventTimeNanos));
            case EventType.GROK_SUMMARY -> emitGrokUpdate(event);
            case EventType.EXECUTION -> afterRisk(event, riskDesk.onExecution(event, minuteNow(), status.eventTimeNanos));
            case EventType.AUDIT_NOTE -> event.resultCode = EngineEvent.RESULT_ACCEPTED; // journaled is all it asks
            case EventType.BACKTEST -> emitBacktestResult(event);
            default -> { }
        }
        status.appliedIndex = index;
        status.eventsProcessed++;
        statusDirty = true;
    }

    /**
     * Persists changed state as one commit: the marker, then bar histories, plans and instruments,
     * then the status whose index covers them (see {@code CommitMarker}).
     */
    public void endOfBatch() {
        if (!statusDirty) {
            return; // nothing applied since the last commit
        }
        store.beginCommit(status.appliedIndex);
        for (int i = 0; i < markets.length; i++) {
            if (oneMinuteDirty[i]) {
                store.writeOneMinuteBars(oneMinuteBars[i]);
                oneMinuteDirty[i] = false;
            }
            if (fiveMinuteDirty[i]) {
                store.writeFiveMinuteBars(fiveMinuteBars[i]);
                fiveMinuteDirty[i] = false;
            }
        }
        focusDesk.persist(store);
        orbDesk.persist(store);
        for (int i = 0; i < markets.length; i++) {
            if (dirty[i]) {
                store.writeMarket(markets[i]);
                dirty[i] = false;
            }
        }
        riskDesk.persist(store);
        store.writeStatus(status);
        statusDirty = false;
    }

    /**
     * The first clock of a new trading day: commits what the previous day left (the batch may go on past this
     * event, so it must not wait for {@link #endOfBatch}) and snapshots it. Once a day; its allocation is allowed.
     * The CME's daily break (17:00–18:00 ET) has no trades, so the ring is quiet while the copy runs.
     */
    private void closeTradingDay(long now) {
        if (status.eventTimeNanos > 0 && status.appliedIndex >= 0) {
            endOfBatch();
            store.snapshotTradingDay(TradingDays.ofEpochNanos(status.eventTimeNanos), status.appliedIndex);
        }
        tradingDayEndsNanos = TradingDays.endNanos(TradingDays.ofEpochNanos(now));
    }

    /**
     * True when the store held a half-written commit (or unreadable maps) and was replaced by the newest valid
     * snapshot, or emptied when none verified: recovery replays the journal after the engine's applied index.
     */
    public boolean rebuiltAfterInterruptedCommit() {
        return rebuilt;
    }

    private void onTick(EngineEvent event) {
        MarketState state = markets[event.instrument];
        if (event.journalIndex > state.appliedIndex) {
            long time = event.eventTimeNanos;
            long barStart = Math.floorDiv(time, MinuteBar.NANOS) * MinuteBar.NANOS;
            if (state.bar.isOpen() && barStart > state.bar.startNanos) {
                closeBar(state, event);
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
            if (event.journalIndex > state.appliedIndex && state.bar.isOpen() && state.bar.startNanos + MinuteBar.NANOS <= now) {
                closeBar(state, event);
                touched(state, event.journalIndex);
            }
            if (event.journalIndex > state.appliedIndex && state.fiveMinuteBar.isOpen()
                    && state.fiveMinuteBar.startNanos + MinuteBar.FIVE_MINUTE_NANOS <= now) {
                closeFiveMinuteBar(state, event.journalIndex);
                touched(state, event.journalIndex);
            }
        }
        int minuteOfDay = easternTime.minuteOfDay(now);
        int mode = SessionMode.atMinuteOfDay(minuteOfDay).ordinal();
        if (mode != status.sessionMode) {
            status.sessionMode = mode;
            emitSessionChange(now, mode);
        }
        riskDesk.onClock(event, easternTime.epochDay(now), minuteOfDay, now);
        long minute = now / MinuteBar.NANOS;
        boolean newMinute = minute != previous / MinuteBar.NANOS;
        if (newMinute) {
            onSchedule(event, minuteOfDay, minute, now);
        } else if (focusDesk.firstPlanDue(fiveMinuteBars)) {
            recomputePlan(event, now);
        }
        if (status.noTradeMask < 0 || (minute != previous / MinuteBar.NANOS && minute % NO_TRADE_EVERY_MINUTES == 0)) {
            evaluateNoTrade(event);
        }
        if (event.grokDue != GrokKind.NONE) {
            emitGrokDue(event, now);
        }
    }

    /** The bridge's account snapshot replaces every contract's position; the answer is the standing verdict. */
    /**
     * Minute-driven work (ARCHITECTURE rule 1: from event time): the daily plan every 5 minutes in
     * ACTIVE hours and once in PRE-MARKET, and at any hour as soon as a contract without a line has the
     * bars for one (history just loaded: the plan should not wait for the next schedule); the ORB every 2 minutes from 09:30 to 11:00 ET; the
     * co-pilot's morning briefing right after the PRE-MARKET plan and its live update every 15 minutes
     * in ACTIVE hours.
     */
    private void onSchedule(EngineEvent event, int minuteOfDay, long epochMinute, long now) {
        SessionMode mode = SessionMode.atMinuteOfDay(minuteOfDay);
        long day = easternTime.epochDay(now);
        boolean preMarketPlanDue = mode == SessionMode.PRE_MARKET && status.preMarketPlanDay != day;
        if (preMarketPlanDue || (mode == SessionMode.ACTIVE && epochMinute % FOCUS_EVERY_MINUTES == 0)
                || focusDesk.firstPlanDue(fiveMinuteBars)) {
            recomputePlan(event, now);
            if (preMarketPlanDue) {
                status.preMarketPlanDay = day;
            }
        }
        if (OrbDesk.inWindow(minuteOfDay) && epochMinute % ORB_EVERY_MINUTES == 0) {
            for (int i = 0; i < markets.length; i++) {
                orbDesk.evaluate(i, event.journalIndex, now, oneMinuteBars[i]);
            }
            event.orbChanged = true;
        }
        if (preMarketPlanDue) {
            event.grokDue = GrokKind.BRIEFING;
        } else if (mode == SessionMode.ACTIVE && epochMinute % GROK_EVERY_MINUTES == 0) {
            event.grokDue = GrokKind.LIVE;
        }
    }

    private void recomputePlan(EngineEvent event, long now) {
        focusDesk.recompute(event.journalIndex, now, fiveMinuteBars);
        event.focusChanged = true;
        evaluateNoTrade(event);
    }

    /**
     * A summary is due at this clock (after this minute's plan, risk and no-trade work): journals
     * GROK_DUE, then the engine's own compact summary as a local GROK_UPDATE, so the panel always has
     * one and replay reproduces it; the flag on the slot lets the gateway ask Grok off the ring.
     * Allocates (text): every 15 minutes, never per tick.
     */
    private void emitGrokDue(EngineEvent event, long now) {
        DerivedEvent due = out.next(DerivedEvent.GROK_DUE);
        due.code = event.grokDue;
        due.timeNanos = now;
        out.emit();
        EngineFacts facts = EngineFacts.of(now, status.sessionMode, markets, focusDesk.states(), orbStates,
                riskDesk.standing(), status.noTradeMask, riskDesk.rules());
        DerivedEvent local = out.next(DerivedEvent.GROK_UPDATE);
        local.code = event.grokDue;
        local.origin = SummaryOrigin.LOCAL;
        local.askedBy = event.journalIndex;
        local.timeNanos = now;
        local.textLength = SummaryText.encode(CompactSummary.of(facts), local.text);
        out.emit();
    }

    /** A summary is external input: the engine keeps no state from it, it only journals it for the dashboard. */
    private void emitGrokUpdate(EngineEvent event) {
        DerivedEvent update = passedThrough(DerivedEvent.GROK_UPDATE, event);
        update.origin = event.summaryOrigin;
        out.emit();
    }

    /**
     * An OFF-HOURS backtest's record, computed off the ring: the engine keeps no state from it and passes it to the
     * output journal unchanged (a copy, no allocation), so the drain and the backtest page read it from there.
     */
    private void emitBacktestResult(EngineEvent event) {
        passedThrough(DerivedEvent.BACKTEST_RESULT, event);
        out.emit();
        event.resultCode = EngineEvent.RESULT_ACCEPTED;
    }

    /** A text input as its derived event, to emit: kind in code, its asker or run in askedBy, time and text copied. */
    private DerivedEvent passedThrough(byte type, EngineEvent event) {
        DerivedEvent derived = out.next(type);
        derived.code = event.summaryKind;
        derived.askedBy = event.amount;
        derived.timeNanos = event.eventTimeNanos;
        derived.textLength = event.summaryLength;
        System.arraycopy(event.summary, 0, derived.text, 0, event.summaryLength);
        return derived;
    }

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
        afterRisk(event, riskDesk.onPosition(event, minuteNow(), status.eventTimeNanos));
    }

    private void onFill(EngineEvent event) {
        MarketState state = markets[event.instrument];
        if (event.journalIndex > state.appliedIndex) {
            state.fillCount++;
            state.lastFillPrice = event.price;
            touched(state, event.journalIndex);
        }
    }

    private void afterRisk(EngineEvent event, boolean riskChanged) {
        if (riskChanged) {
            evaluateNoTrade(event);
        }
    }

    /** Re-decides the no-trade verdict; journals NO_TRADE_CHANGED and flags the slot when it changed. */
    private void evaluateNoTrade(EngineEvent event) {
        int minute = minuteNow();
        int mask = NoTradeRules.evaluate(markets, focusDesk.states(), riskDesk.state(), status.eventTimeNanos, minute);
        if (mask != status.noTradeMask) {
            status.noTradeMask = mask;
            event.noTradeChanged = true;
            event.noTradeMask = mask;
            DerivedEvent changed = riskDesk.nextAuditEvent(DerivedEvent.NO_TRADE_CHANGED, minute);
            changed.blocks = mask;
            changed.timeNanos = status.eventTimeNanos;
            out.emit();
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

    /**
     * Closes the 1-minute bar in progress: journaled, kept in the instrument's 1-minute history,
     * folded into the 5-minute bar, and in the ORB window re-evaluates the opening range.
     */
    private void closeBar(MarketState state, EngineEvent event) {
        MinuteBar bar = state.bar;
        int i = state.instrument;
        long index = event.journalIndex;
        if (index > oneMinuteBars[i].appliedIndex) {
            oneMinuteBars[i].append(bar);
            oneMinuteBars[i].appliedIndex = index;
            oneMinuteDirty[i] = true;
        }
        long bucket = Math.floorDiv(bar.startNanos, MinuteBar.FIVE_MINUTE_NANOS) * MinuteBar.FIVE_MINUTE_NANOS;
        if (state.fiveMinuteBar.isOpen() && state.fiveMinuteBar.startNanos != bucket) {
            closeFiveMinuteBar(state, index);
        }
        state.fiveMinuteBar.merge(bar, bucket);
        if (bar.startNanos + MinuteBar.NANOS >= bucket + MinuteBar.FIVE_MINUTE_NANOS) {
            closeFiveMinuteBar(state, index);
        }
        DerivedEvent closed = out.next(DerivedEvent.BAR_CLOSED);
        closed.instrument = state.instrument;
        closed.timeNanos = bar.startNanos;
        closed.open = bar.open;
        closed.high = bar.high;
        closed.low = bar.low;
        closed.close = bar.close;
        closed.volume = bar.volume;
        out.emit();
        int closeMinute = easternTime.minuteOfDay(bar.startNanos + MinuteBar.NANOS);
        bar.clear();
        if (OrbDesk.inWindow(closeMinute) && status.eventTimeNanos > 0) {
            orbDesk.evaluate(i, index, Math.max(status.eventTimeNanos, event.eventTimeNanos), oneMinuteBars[i]);
            event.orbChanged = true;
        }
    }

    private void closeFiveMinuteBar(MarketState state, long index) {
        int i = state.instrument;
        if (index > fiveMinuteBars[i].appliedIndex) {
            fiveMinuteBars[i].append(state.fiveMinuteBar);
            fiveMinuteBars[i].appliedIndex = index;
            fiveMinuteDirty[i] = true;
        }
        state.fiveMinuteBar.clear();
    }

    private void emitSessionChange(long now, int mode) {
        DerivedEvent change = out.next(DerivedEvent.SESSION_CHANGE);
        change.timeNanos = now;
        change.sessionMode = mode;
        out.emit();
    }

    /** ET minute of the engine's event time, or -1 before the first clock event. */
    private int minuteNow() {
        return status.eventTimeNanos > 0 ? easternTime.minuteOfDay(status.eventTimeNanos) : -1;
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
        return riskDesk.state();
    }

    /** The Idempotency-Keys of recent trade requests (engine thread). */
    public IdempotencyKeys idempotencyKeys() {
        return riskDesk.idempotencyKeys();
    }

    /** The broker executions folded so far (engine thread). */
    public com.fks.copilot.engine.risk.ExecutionBook executions() {
        return riskDesk.executions();
    }

    /** Engine-thread views of the plan, the ORB and the closed bars; other threads read the store instead. */
    public FocusState focus(int instrument) {
        return focusDesk.states()[instrument];
    }

    public OrbState orb(int instrument) {
        return orbDesk.state(instrument);
    }

    public BarHistory oneMinuteBars(int instrument) {
        return oneMinuteBars[instrument];
    }

    public BarHistory fiveMinuteBars(int instrument) {
        return fiveMinuteBars[instrument];
    }

    /** Engine-thread view of one instrument; other threads read the store instead. */
    public MarketState market(int instrument) {
        return markets[instrument];
    }

    /** Digest of everything replay must reproduce. */
    public StateDigest digest() {
        StateDigest digest = new StateDigest();
        status.digestInto(digest);
        riskDesk.state().digestInto(digest);
        riskDesk.idempotencyKeys().digestInto(digest);
        riskDesk.executions().digestInto(digest);
        for (int i = 0; i < markets.length; i++) {
            markets[i].digestInto(digest);
            oneMinuteBars[i].digestInto(digest);
            fiveMinuteBars[i].digestInto(digest);
            focusDesk.states()[i].digestInto(digest);
            orbDesk.state(i).digestInto(digest);
        }
        return digest;
    }
}
