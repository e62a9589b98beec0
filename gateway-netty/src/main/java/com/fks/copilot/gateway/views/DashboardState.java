package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.risk.ExecutionBook;
import com.fks.copilot.engine.risk.RiskManager;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskState;
import com.fks.copilot.engine.risk.RiskVerdict;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.state.BarHistory;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.EngineStatus;
import com.fks.copilot.engine.state.FocusState;
import com.fks.copilot.engine.state.MarketState;
import com.fks.copilot.engine.state.OrbState;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the dashboard shows from the engine's Chronicle Maps, never from the engine itself
 * (single writer: readers copy, they do not lock). Any thread.
 */
public final class DashboardState {
    private final EngineStateStore store;
    /** NinjaTrader's session realized P&L from the last positions push that carried one (cents), or {@link Long#MIN_VALUE}. */
    private volatile long ninjaTraderRealizedCents = Long.MIN_VALUE;

    public DashboardState(EngineStateStore store) {
        this.store = store;
    }

    /** One card per contract with its plan line measured against {@code rules}, in registry order. */
    public List<CardView> cards(RiskRules rules) {
        List<CardView> cards = new ArrayList<>(Instruments.count());
        MarketState[] markets = markets();
        for (int i = 0; i < markets.length; i++) {
            cards.add(CardView.of(Instruments.byIndex(i), markets[i], focus(i), rules));
        }
        return cards;
    }

    /** The cards ordered as today's plan ranks them (best first; contracts without a plan last). */
    public List<CardView> rankedCards(RiskRules rules) {
        List<CardView> cards = new ArrayList<>(cards(rules));
        cards.sort(java.util.Comparator.comparingInt(CardView::sortRank));
        return cards;
    }

    public FocusState focus(int instrument) {
        FocusState focus = new FocusState();
        return store.readFocus(instrument, focus) ? focus : null;
    }

    /** The instrument's intraday chart from its closed 1-minute bars. */
    public IntradayChart chart(int instrument) {
        BarHistory bars = new BarHistory(EngineStateStore.ONE_MINUTE_BARS);
        return IntradayChart.of(Instruments.byIndex(instrument), store.readOneMinuteBars(instrument, bars) ? bars : null);
    }

    public OrbState orb(int instrument) {
        OrbState orb = new OrbState();
        return store.readOrb(instrument, orb) ? orb : null;
    }

    /** The positions panel from the bridge's last snapshot, measured to the open trades' or today's plan stops. */
    public PositionsPanel positions(RiskRules rules) {
        MarketState[] markets = markets();
        int n = markets.length;
        byte[] sides = new byte[n];
        long[] quantities = new long[n];
        long[] prices = new long[n];
        long[] pnl = new long[n];
        for (int i = 0; i < n; i++) {
            sides[i] = markets[i].positionSide;
            quantities[i] = markets[i].positionQuantity;
            prices[i] = markets[i].positionAveragePrice;
            pnl[i] = markets[i].positionUnrealizedCents;
        }
        RiskVerdict openRisk = new RiskVerdict();
        new RiskManager(rules, risk(), markets, plan()).measureOpenRisk(openRisk);
        return PositionsPanel.of(sides, quantities, prices, pnl, openRisk, rules);
    }

    /** Contracts with a broker position or an open journaled trade, as the risk rules count them. */
    public int openPositions(RiskRules rules) {
        return new RiskManager(rules, risk(), markets(), plan()).openPositions();
    }

    /** The standing verdict, evaluated on copies of the engine's state at its last event time. */
    public RiskVerdict standing(RiskRules rules) {
        EngineStatus status = status();
        int minute = status.eventTimeNanos > 0 ? new EasternTime().minuteOfDay(status.eventTimeNanos) : -1;
        RiskVerdict verdict = new RiskVerdict();
        new RiskManager(rules, risk(), markets(), plan()).evaluateStatus(minute, verdict);
        return verdict;
    }

    public RiskPanel riskPanel(RiskRules rules) {
        RiskVerdict verdict = standing(rules);
        return RiskPanel.of(verdict.blocks, verdict.warnings, verdict.dailyPnlCents, verdict.consecutiveLosses,
                verdict.openPositions, rules, ninjaTraderRealizedCents);
    }

    /** Keeps NinjaTrader's realized P&L of a positions push; {@link Long#MIN_VALUE} (not sent) keeps the last one. */
    public void ninjaTraderRealized(long cents) {
        if (cents != Long.MIN_VALUE) {
            ninjaTraderRealizedCents = cents;
        }
    }

    /** NinjaTrader's session realized P&L as last reported (cents), {@link Long#MIN_VALUE} before any. */
    public long ninjaTraderRealizedCents() {
        return ninjaTraderRealizedCents;
    }

    /** Today's trade log from the persisted risk state and execution book. */
    public TradeLogPanel tradeLog() {
        return TradeLogPanel.of(risk(), executions());
    }

    /** The broker executions as the engine last committed them (round trips of the day included). */
    public ExecutionBook executions() {
        ExecutionBook book = new ExecutionBook();
        store.readExecutions(book);
        return book;
    }

    public RiskState risk() {
        RiskState risk = new RiskState();
        store.readRisk(risk);
        return risk;
    }

    /** Today's plan per contract; a contract without a stored line gets an empty (not computed) one. */
    private FocusState[] plan() {
        FocusState[] plan = new FocusState[Instruments.count()];
        for (int i = 0; i < plan.length; i++) {
            plan[i] = new FocusState();
            if (!store.readFocus(i, plan[i])) {
                plan[i].instrument = i;
            }
        }
        return plan;
    }

    private MarketState[] markets() {
        MarketState[] markets = new MarketState[Instruments.count()];
        for (int i = 0; i < markets.length; i++) {
            markets[i] = new MarketState();
            if (!store.readMarket(i, markets[i])) {
                markets[i].instrument = i;
            }
        }
        return markets;
    }

    public EngineStatus status() {
        EngineStatus status = new EngineStatus();
        store.readStatus(status);
        return status;
    }
}
