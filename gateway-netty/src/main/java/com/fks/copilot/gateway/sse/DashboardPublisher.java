package com.fks.copilot.gateway.sse;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.gateway.bridge.PositionsUpdate;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskVerdict;
import com.fks.copilot.engine.ring.LatencyBuckets;
import com.fks.copilot.gateway.grok.GrokStage;
import com.fks.copilot.gateway.views.CardView;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.MarketStatus;
import com.fks.copilot.gateway.views.NoTradeBanner;
import com.fks.copilot.gateway.views.OrbPanel;
import com.fks.copilot.gateway.views.PlanLine;
import com.fks.copilot.gateway.views.PositionsPanel;
import com.fks.copilot.gateway.views.RiskPanel;
import com.fks.copilot.gateway.views.Views;
import com.lmax.disruptor.EventHandler;

import java.time.Instant;

/**
 * The ring stage after the engine: turns what the engine applied into dashboard updates. It reads
 * only the {@code view*} fields the engine wrote into the slot and the maps the engine has persisted,
 * so it never touches engine state, and it runs on its own ring thread, off the engine's.
 *
 * <p>A trade is split in two. Its price goes out live on every tick as a small {@code mgc-price}
 * JSON the page patches into the card: the number the trader watches is never held back. The whole
 * card ({@code mgc-update}: high/low, volume, plan lines, chart levels) is coalesced per contract by
 * a {@link CardThrottle} in event time: at once after a quiet window, then at most once per window.
 * Price frames are not kept for the catch-up (a newer card already carries the price), so the eight
 * frames a reconnecting browser gets are whole cards and panels.
 *
 * <p>A clock event redraws the header's market line once per event-time second; a bridge snapshot the
 * positions panel; a changed standing verdict the risk panel; a plan change every card; alerts the
 * engine raised while applying the event the alerts panel; a closed trade or an applied execution the
 * trade log (read from the persisted risk state: never per tick).
 *
 * <p>Every frame of a ring batch goes into one {@link SseBatch}, handed to the event loops at the end of
 * the batch: a trade costs one price frame encoded in place, nothing allocated, and each client gets
 * one write and one flush per batch. The Grok panel is rendered off this thread ({@link GrokStage}).
 */
public final class DashboardPublisher implements EventHandler<EngineEvent> {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private final SseBatch out;
    private final Views views;
    private final RiskRules rules;
    private final DashboardState state;
    private final AlertLog alerts;
    private final CardThrottle throttle;
    /** Each contract's plan line as last computed; read from the maps only when the plan changes, not per tick. */
    private final PlanLine[] plans = new PlanLine[Instruments.count()];
    /** Each contract's market view as of its last trade, for the trailing edge of a coalesced card. */
    private final long[] last = new long[Instruments.count()];
    private final long[] open = new long[Instruments.count()];
    private final long[] high = new long[Instruments.count()];
    private final long[] low = new long[Instruments.count()];
    private final long[] volume = new long[Instruments.count()];
    private final long[] trades = new long[Instruments.count()];
    private final long[] sequence = new long[Instruments.count()];
    /** Wall-clock epoch nanos minus {@code System.nanoTime()}: turns the ring's ingress stamp into a time a browser can compare. */
    private final long wallOffsetNanos;
    private boolean plansLoaded;
    private long lastClockSecond = Long.MIN_VALUE;
    private final GrokStage grok;
    private long nowNanos = Long.MIN_VALUE;
    /** Event time up to which the ring is catching up on history (a demo's prior days): see {@link #quietUntil}. */
    private long quietUntilNanos = Long.MIN_VALUE;
    private boolean caughtUp = true;
    /** Applied → price frame queued, per live trade: the dashboard's share of tick → browser. */
    private LatencyBuckets publishLatency = new LatencyBuckets();

    /**
     * {@code state} reads the maps, which the engine stage has persisted for every event this stage sees;
     * {@code cardWindowNanos} is the coalescing window of focus cards, in event time; with {@code grok}
     * (may be null) due summaries are asked for and applied ones become {@code grok-update}.
     */
    public DashboardPublisher(SseHub hub, Views views, RiskRules rules, DashboardState state, AlertLog alerts,
                              long cardWindowNanos, GrokStage grok) {
        this.out = hub.batch();
        this.views = views;
        this.rules = rules;
        this.state = state;
        this.grok = grok;
        this.alerts = alerts;
        this.throttle = new CardThrottle(cardWindowNanos);
        Instant wall = Instant.now();
        this.wallOffsetNanos = wall.getEpochSecond() * NANOS_PER_SECOND + wall.getNano() - System.nanoTime();
    }

    /**
     * Events before {@code eventTimeNanos} are history played as fast as the ring takes it (a demo's prior
     * days): their prices, cards and clock go to no one — a browser open during the catch-up would spend the
     * machine on hundreds of thousands of frames it cannot show — and the first event after it sends every card.
     * Panels (risk, positions, alerts, trades) still go out: they change rarely. Call before the ring starts.
     */
    public DashboardPublisher quietUntil(long eventTimeNanos) {
        quietUntilNanos = eventTimeNanos;
        return this;
    }

    /** Records how long each live price took from applied to queued for the browsers in {@code buckets}. */
    public DashboardPublisher measuredIn(LatencyBuckets buckets) {
        publishLatency = buckets;
        return this;
    }

    @Override
    public void onEvent(EngineEvent event, long sequence, boolean endOfBatch) {
        if (event.type == EventType.TICK || event.type == EventType.CLOCK) {
            nowNanos = Math.max(nowNanos, event.eventTimeNanos);
        }
        boolean quiet = nowNanos < quietUntilNanos;
        if (quiet) {
            caughtUp = false;
        } else if (!caughtUp) {
            caughtUp = true;
            publishEveryCard();
        }
        if (event.type == EventType.TICK && event.viewChanged) {
            trade(event, quiet);
        } else if (event.type == EventType.CLOCK && event.journalIndex >= 0 && !quiet) {
            clock(event.eventTimeNanos);
        } else if (event.type == EventType.POSITION && event.resultCode != EngineEvent.RESULT_NONE) {
            state.ninjaTraderRealized(PositionsUpdate.realizedCents(event));
            out.publish("positions-update", views.positions(PositionsPanel.of(event.positionSides,
                    event.positionQuantities, event.positionPrices, event.positionPnlCents,
                    event.standing, rules)));
        }
        if (event.focusChanged) {
            plansLoaded = false;
            if (!quiet) {
                publishEveryCard();
            }
        }
        if (!quiet) {
            flushDueCards();
        }
        panels(event);
        if (endOfBatch) {
            out.endBatch();
        }
    }

    private void publishEveryCard() {
        for (CardView card : state.cards(rules)) {
            out.publish(card.eventName(), views.card(card));
        }
        for (int i = 0; i < plans.length; i++) {
            throttle.sent(i, nowNanos);
        }
    }

    private void trade(EngineEvent event, boolean quiet) {
        int i = event.instrument;
        Instrument spec = Instruments.byIndex(i);
        last[i] = event.viewLastPrice;
        open[i] = event.viewOpenPrice;
        high[i] = event.viewHighPrice;
        low[i] = event.viewLowPrice;
        volume[i] = event.viewVolume;
        trades[i] = event.viewTickCount;
        sequence[i] = event.sourceSequence;
        if (quiet) {
            return;
        }
        out.price(spec, last[i], open[i], high[i], low[i], sequence[i], event.eventTimeNanos,
                (event.receivedNanos + wallOffsetNanos) / 1_000);
        if (event.appliedNanos != 0) {
            publishLatency.record(System.nanoTime() - event.appliedNanos);
        }
        if (throttle.changed(i, nowNanos)) {
            publishCard(i);
        }
    }

    private void clock(long eventTimeNanos) {
        long second = eventTimeNanos / NANOS_PER_SECOND;
        if (second != lastClockSecond) {
            lastClockSecond = second;
            out.announce("clock-update", views.time(MarketStatus.at(eventTimeNanos)));
        }
    }

    private void flushDueCards() {
        for (int i = 0; i < last.length; i++) {
            if (throttle.due(i, nowNanos)) {
                throttle.sent(i, nowNanos);
                publishCard(i);
            }
        }
    }

    private void publishCard(int instrument) {
        Instrument spec = Instruments.byIndex(instrument);
        CardView card = CardView.of(spec, last[instrument], open[instrument], high[instrument], low[instrument],
                volume[instrument], trades[instrument], sequence[instrument], plan(instrument));
        out.publish(spec.updateEventName(), views.card(card));
    }

    private void panels(EngineEvent event) {
        if (event.orbChanged) {
            out.publish("orb-update", views.orb(OrbPanel.of(state::orb)));
        }
        if (event.noTradeChanged) {
            out.publish("no-trade-alert", views.noTrade(NoTradeBanner.of(event.noTradeMask)));
        }
        if (event.standingChanged) {
            RiskVerdict standing = event.standing;
            out.publish("risk-update", views.risk(RiskPanel.of(standing.blocks, standing.warnings,
                    standing.dailyPnlCents, standing.consecutiveLosses, standing.openPositions, rules,
                    state.ninjaTraderRealizedCents())));
        }
        if ((event.type == EventType.TRADE_CLOSE || event.type == EventType.EXECUTION)
                && event.resultCode == EngineEvent.RESULT_ACCEPTED) {
            out.publish("tradelog-update", views.tradeLog(state.tradeLog()));
        }
        if (grok != null) {
            grok.onEvent(event);
        }
        if (alerts.takeChanged()) {
            out.publish("alerts-update", views.alerts(alerts.panel()));
        }
    }

    private PlanLine plan(int instrument) {
        if (!plansLoaded) {
            for (int i = 0; i < plans.length; i++) {
                plans[i] = PlanLine.of(Instruments.byIndex(i), state.focus(i), rules);
            }
            plansLoaded = true;
        }
        return plans[instrument];
    }
}
