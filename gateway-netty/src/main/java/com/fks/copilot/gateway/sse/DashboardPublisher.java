package com.fks.copilot.gateway.sse;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskVerdict;
import com.fks.copilot.gateway.views.CardView;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.OrbPanel;
import com.fks.copilot.gateway.views.PlanLine;
import com.fks.copilot.gateway.views.NoTradeBanner;
import com.fks.copilot.gateway.views.PositionsPanel;
import com.fks.copilot.gateway.views.RiskPanel;
import com.fks.copilot.gateway.views.MarketStatus;
import com.fks.copilot.gateway.views.Views;
import com.lmax.disruptor.EventHandler;

/**
 * The ring stage after the engine: turns what the engine applied into dashboard updates. A tick
 * becomes its instrument's card ({@code mgc-update} …) at once; a clock event redraws the header's market line
 * (ET time, session, CME Globex status, London/NY overlap) once per event-time second; a bridge snapshot redraws the positions panel and a changed standing verdict the risk panel; alerts the
 * engine raised while applying the event redraw the alerts panel. It reads only the {@code view*} fields the engine wrote into the slot, so it never
 * touches engine state, and it runs on its own ring thread, off the engine's.
 */
public final class DashboardPublisher implements EventHandler<EngineEvent> {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private final SseHub hub;
    private final Views views;
    private final RiskRules rules;
    private final DashboardState state;
    private final AlertLog alerts;
    /** Each contract's plan line as last computed; read from the maps only when the plan changes, not per tick. */
    private final PlanLine[] plans = new PlanLine[Instruments.count()];
    private boolean plansLoaded;
    private long lastClockSecond = Long.MIN_VALUE;

    /** {@code state} reads the maps, which the engine stage has persisted for every event this stage sees. */
    public DashboardPublisher(SseHub hub, Views views, RiskRules rules, DashboardState state, AlertLog alerts) {
        this.hub = hub;
        this.alerts = alerts;
        this.views = views;
        this.rules = rules;
        this.state = state;
    }

    private PlanLine plan(int instrument) {
        if (!plansLoaded) {
            for (int i = 0; i < plans.length; i++) {
                plans[i] = PlanLine.of(Instruments.byIndex(i), state.focus(i));
            }
            plansLoaded = true;
        }
        return plans[instrument];
    }

    @Override
    public void onEvent(EngineEvent event, long sequence, boolean endOfBatch) {
        if (event.type == EventType.TICK && event.viewChanged) {
            Instrument spec = Instruments.byIndex(event.instrument);
            CardView card = CardView.of(spec, event.viewLastPrice, event.viewOpenPrice, event.viewHighPrice,
                    event.viewLowPrice, event.viewVolume, event.viewTickCount, event.sourceSequence,
                    plan(spec.index()));
            hub.publish(spec.updateEventName(), views.card(card));
        } else if (event.type == EventType.CLOCK && event.journalIndex >= 0) {
            long second = event.eventTimeNanos / NANOS_PER_SECOND;
            if (second != lastClockSecond) {
                lastClockSecond = second;
                hub.announce("clock-update", views.time(MarketStatus.at(event.eventTimeNanos)));
            }
        } else if (event.type == EventType.POSITION && event.resultCode != EngineEvent.RESULT_NONE) {
            hub.publish("positions-update", views.positions(PositionsPanel.of(event.positionSides,
                    event.positionQuantities, event.positionPrices, event.positionPnlCents,
                    event.standing.openRiskCents, rules)));
        }
        if (event.focusChanged) {
            plansLoaded = false;
            for (CardView card : state.cards()) {
                hub.publish(card.eventName(), views.card(card));
            }
        }
        if (event.orbChanged) {
            hub.publish("orb-update", views.orb(OrbPanel.of(state::orb)));
        }
        if (event.noTradeChanged) {
            hub.publish("no-trade-alert", views.noTrade(NoTradeBanner.of(event.noTradeMask)));
        }
        if (event.standingChanged) {
            RiskVerdict standing = event.standing;
            hub.publish("risk-update", views.risk(RiskPanel.of(standing.blocks, standing.warnings,
                    standing.dailyPnlCents, standing.consecutiveLosses, standing.openPositions, rules)));
        }
        if (alerts.takeChanged()) {
            hub.publish("alerts-update", views.alerts(alerts.panel()));
        }
    }
}
