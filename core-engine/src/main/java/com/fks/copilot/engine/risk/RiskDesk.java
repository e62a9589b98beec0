package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.output.DerivedEmitter;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.FocusState;
import com.fks.copilot.engine.state.MarketState;

/**
 * The engine's risk side: answers bridge snapshots, pre-flight checks and trade open/close events
 * with verdicts written into the ring slot, journals every decision and every change of the
 * standing verdict, and keeps the day's {@link RiskState}. Engine thread only; idempotent per
 * journal index (events at or before the state's applied index are skipped), allocation-free.
 * Each method returns true when the event changed risk state, i.e. when the no-trade verdict
 * deserves another look.
 */
public final class RiskDesk implements ExecutionBook.RoundTrips {
    private final RiskState risk = new RiskState();
    private final IdempotencyKeys keys = new IdempotencyKeys();
    private final ExecutionBook executions = new ExecutionBook();
    private final RiskManager manager;
    private final RiskVerdict standing = new RiskVerdict();
    private final DerivedEmitter out;
    private final FocusState[] plan;
    private boolean dirty;
    private boolean keysDirty;
    private boolean executionsDirty;
    /** The round trip the execution being applied ended, if any (one fill ends at most one). */
    private TradeRecord endedTrip;

    /**
     * {@code plan} supplies each contract's wave ratio for the stacking rule (NaN until computed) and the
     * plan stop that measures the risk of a broker position without a trade stop.
     */
    public RiskDesk(EngineStateStore store, MarketState[] markets, FocusState[] plan, RiskRules rules, DerivedEmitter out) {
        store.readRisk(risk);
        store.readIdempotencyKeys(keys);
        store.readExecutions(executions);
        this.manager = new RiskManager(rules, risk, markets, plan);
        this.plan = plan;
        this.out = out;
    }

    /** The standing verdict as last evaluated (at the latest clock, position or trade event). */
    public RiskVerdict standing() {
        return standing;
    }

    public RiskRules rules() {
        return manager.rules();
    }

    public RiskState state() {
        return risk;
    }

    /** A clock event: daily reset on a new ET date, and RISK_STATUS when the standing verdict moved (10:00, 12:00…). */
    public void onClock(EngineEvent event, long epochDay, int minute, long now) {
        if (fresh(event)) {
            manager.startDayIfNeeded(epochDay);
            executionsDirty |= executions.startDayIfNeeded(epochDay);
            announceStanding(event, minute, now);
        }
    }

    /**
     * The bridge's snapshot (already folded into the markets): its answer is the standing verdict, journaled
     * as BRIDGE_VERDICT for every update (issue 4: every risk decision), and as RISK_STATUS when it changed.
     */
    public boolean onPosition(EngineEvent event, int minute, long now) {
        if (!fresh(event)) {
            return false;
        }
        manager.evaluateStatus(minute, event.verdict);
        event.resultCode = event.verdict.allowed() ? EngineEvent.RESULT_ACCEPTED : EngineEvent.RESULT_BLOCKED;
        emitVerdict(DerivedEvent.BRIDGE_VERDICT, event.verdict, minute, now);
        touched(event);
        announceStanding(event, minute, now);
        return true;
    }

    /** A verdict as an output event (RISK_STATUS or BRIDGE_VERDICT): blocks, warnings, daily P&L, open positions. */
    private void emitVerdict(byte type, RiskVerdict verdict, int minute, long now) {
        DerivedEvent status = nextAuditEvent(type, minute);
        status.blocks = verdict.blocks;
        status.warnings = verdict.warnings;
        status.amountCents = verdict.dailyPnlCents;
        status.quantity = verdict.openPositions;
        status.timeNanos = now;
        out.emit();
    }

    public void onCheck(EngineEvent event, int minute, long now) {
        if (fresh(event)) {
            evaluateEntry(event, minute);
            emitDecision(DerivedEvent.RISK_CHECKED, event, 0, minute, now);
            touched(event);
        }
    }

    public boolean onTradeOpen(EngineEvent event, int minute, long now) {
        if (!fresh(event) || answeredBefore(event, now)) {
            return false;
        }
        evaluateEntry(event, minute);
        boolean refuse = event.amount == 1 && !event.verdict.allowed();
        TradeRecord trade = refuse ? null : manager.openTrade(event.journalIndex, event.instrument, event.side,
                event.quantity, event.price, event.stopPrice, now);
        if (trade == null) {
            event.resultCode = event.verdict.allowed() ? EngineEvent.RESULT_TRADE_TABLE_FULL : EngineEvent.RESULT_BLOCKED;
            emitDecision(DerivedEvent.TRADE_REFUSED, event, 0, minute, now);
        } else {
            event.resultCode = EngineEvent.RESULT_ACCEPTED;
            event.resultTradeId = trade.tradeId;
            emitDecision(DerivedEvent.TRADE_OPENED, event, trade.tradeId, minute, now);
        }
        remember(event, now);
        touched(event);
        announceStanding(event, minute, now);
        return true;
    }

    public boolean onTradeClose(EngineEvent event, int minute, long now) {
        if (!fresh(event) || answeredBefore(event, now)) {
            return false;
        }
        TradeRecord trade = manager.closeTrade(event.amount, event.price, now);
        if (trade == null) {
            event.resultCode = EngineEvent.RESULT_UNKNOWN_TRADE;
            remember(event, now);
            return false;
        }
        event.resultCode = EngineEvent.RESULT_ACCEPTED;
        event.resultTradeId = trade.tradeId;
        event.resultRealizedCents = trade.realizedCents;
        remember(event, now);
        closedTrade(DerivedEvent.TRADE_CLOSED, trade, minute);
        out.emit();
        touched(event);
        announceStanding(event, minute, now);
        return true;
    }

    /**
     * One broker execution: a repeated execution id is {@link EngineEvent#RESULT_DUPLICATE} and changes
     * nothing; a new one is folded FIFO into its account's and contract's round trips, whose realized P&L,
     * loss streak and trade count go through the same path as a journaled trade's close; a round trip it ends
     * is journaled as ROUND_TRIP_CLOSED. The answer (also for a duplicate) is the standing verdict after it.
     */
    public boolean onExecution(EngineEvent event, int minute, long now) {
        if (!fresh(event)) {
            return false;
        }
        boolean applied = false;
        if (executions.seen(event)) {
            event.resultCode = EngineEvent.RESULT_DUPLICATE;
        } else if (executions.apply(event, this)) {
            event.resultCode = EngineEvent.RESULT_ACCEPTED;
            executionsDirty = true;
            emitRoundTrip(event, minute);
            touched(event);
            announceStanding(event, minute, now);
            applied = true;
        } else {
            event.resultCode = EngineEvent.RESULT_TRADE_TABLE_FULL;
        }
        manager.evaluateStatus(minute, event.verdict);
        return applied;
    }

    @Override
    public void realized(long cents) {
        manager.realize(cents);
    }

    @Override
    public void roundTripClosed(TradeRecord trip) {
        manager.roundTripClosed(trip.realizedCents);
        endedTrip = trip;
    }

    /** Counts the round trip in the day's trades; its R is measured against today's plan stop when that is protective. */
    @Override
    public long roundTripOpened(EngineEvent fill) {
        manager.roundTripOpened();
        return manager.protectivePlanStop(fill.instrument, fill.side, fill.price);
    }

    private void emitRoundTrip(EngineEvent fill, int minute) {
        TradeRecord trip = endedTrip;
        if (trip == null) {
            return;
        }
        endedTrip = null;
        DerivedEvent closed = closedTrade(DerivedEvent.ROUND_TRIP_CLOSED, trip, minute);
        closed.entryPrice = trip.entryPrice;
        closed.openedNanos = trip.openedNanos;
        closed.setAccount(fill.account, fill.accountLength);
        out.emit();
    }

    /** A closed trade as an output event: exit in {@code price}, net P&L in {@code amountCents}, at its close time. */
    private DerivedEvent closedTrade(byte type, TradeRecord trade, int minute) {
        DerivedEvent closed = nextAuditEvent(type, minute);
        closed.instrument = trade.instrument;
        closed.side = trade.side;
        closed.quantity = trade.quantity;
        closed.price = trade.exitPrice;
        closed.stopPrice = trade.stopPrice;
        closed.tradeId = trade.tradeId;
        closed.amountCents = trade.realizedCents;
        closed.timeNanos = trade.closedNanos;
        return closed;
    }

    public ExecutionBook executions() {
        return executions;
    }

    /** Writes the risk state (and the idempotency keys, the execution book) if the batch changed them. */
    public void persist(EngineStateStore store) {
        if (executionsDirty) {
            store.writeExecutions(executions);
            executionsDirty = false;
        }
        if (keysDirty) {
            store.writeIdempotencyKeys(keys);
            keysDirty = false;
        }
        if (dirty) {
            store.writeRisk(risk);
            dirty = false;
        }
    }

    public IdempotencyKeys idempotencyKeys() {
        return keys;
    }

    /**
     * A trade request whose Idempotency-Key was used in the last 24 h: the same request gets its first
     * answer again and changes nothing; a different one under that key is refused ({@link EngineEvent#RESULT_KEY_REUSED}).
     */
    private boolean answeredBefore(EngineEvent event, long now) {
        int slot = event.hasRequestKey() ? keys.find(event, now) : -1;
        if (slot < 0) {
            return false;
        }
        if (keys.sameRequest(slot, event)) {
            keys.answer(slot, event);
        } else {
            event.resultCode = EngineEvent.RESULT_KEY_REUSED;
        }
        return true;
    }

    /** Keeps a keyed request's answer; the commit that writes it also moves the applied index past it. */
    private void remember(EngineEvent event, long now) {
        if (event.hasRequestKey()) {
            keys.record(event, now);
            keysDirty = true;
            touched(event);
        }
    }

    private boolean fresh(EngineEvent event) {
        return event.journalIndex > risk.appliedIndex;
    }

    private void evaluateEntry(EngineEvent event, int minute) {
        // the plan's wave ratio; NaN before the first plan, which refuses stacking rather than guessing
        manager.evaluateEntry(event.instrument, event.side, event.quantity, event.price, event.stopPrice, minute,
                plan[event.instrument].waveRatio, event.verdict);
        event.resultCode = event.verdict.allowed() ? EngineEvent.RESULT_ACCEPTED : EngineEvent.RESULT_BLOCKED;
    }

    /**
     * Re-evaluates the standing verdict; shows it on the slot when a position or trade changed it or
     * its blocks/warnings changed, and journals RISK_STATUS only in the latter case.
     */
    private void announceStanding(EngineEvent event, int minute, long now) {
        manager.evaluateStatus(minute, standing);
        boolean changed = standing.blocks != risk.statusBlocks || standing.warnings != risk.statusWarnings;
        if (changed || event.type != EventType.CLOCK) {
            event.standingChanged = true;
            event.standing.copyFrom(standing);
        }
        if (changed) {
            risk.statusBlocks = standing.blocks;
            risk.statusWarnings = standing.warnings;
            emitVerdict(DerivedEvent.RISK_STATUS, standing, minute, now);
            touched(event);
        }
    }

    /** A check or trade decision as an output event, carrying the proposal's dollar risk. */
    private void emitDecision(byte type, EngineEvent event, long tradeId, int minute, long now) {
        DerivedEvent decision = nextAuditEvent(type, minute);
        decision.tradeId = tradeId;
        decision.instrument = event.instrument;
        decision.side = event.side;
        decision.quantity = event.quantity;
        decision.price = event.price;
        decision.stopPrice = event.stopPrice;
        decision.blocks = event.verdict.blocks;
        decision.warnings = event.verdict.warnings;
        decision.amountCents = event.verdict.riskCents;
        decision.timeNanos = now;
        out.emit();
    }

    /**
     * The next risk event with what the audit trail keeps beside the decision (TASK-705): open trades as the
     * rules count them, the account size the rules use, and the session of the event's ET minute ({@code minute}).
     */
    public DerivedEvent nextAuditEvent(byte type, int minute) {
        DerivedEvent event = out.next(type);
        event.openTrades = manager.openPositions();
        event.accountCents = manager.rules().accountCents();
        event.sessionMode = minute < 0 ? -1 : SessionMode.atMinuteOfDay(minute).ordinal(); // -1: no event time yet
        return event;
    }

    private void touched(EngineEvent event) {
        risk.appliedIndex = event.journalIndex;
        dirty = true;
    }
}
