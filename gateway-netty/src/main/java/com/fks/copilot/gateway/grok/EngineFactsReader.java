package com.fks.copilot.gateway.grok;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.EngineStatus;
import com.fks.copilot.engine.state.FocusState;
import com.fks.copilot.engine.state.MarketState;
import com.fks.copilot.engine.state.OrbState;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.MarketTime;
import com.fks.copilot.gateway.views.NoTradeBanner;
import com.fks.copilot.gateway.views.OrbPanel;
import com.fks.copilot.gateway.views.RiskPanel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads {@link EngineFacts} from the engine's Chronicle Maps (the dashboard's readers), never from
 * the engine: focus, risk, ORB and no-trade, as of the last event the engine persisted. Any thread.
 */
public final class EngineFactsReader {
    private final EngineStateStore store;
    private final DashboardState state;
    private final RiskRules rules;

    public EngineFactsReader(EngineStateStore store, DashboardState state, RiskRules rules) {
        this.store = store;
        this.state = state;
        this.rules = rules;
    }

    /** The facts as of the engine's own event time (its last CLOCK or tick). */
    public EngineFacts readNow() {
        return read(state.status().eventTimeNanos);
    }

    /** @param timeNanos the event time the facts speak for (the CLOCK that made the summary due) */
    public EngineFacts read(long timeNanos) {
        EngineStatus status = state.status();
        String session = status.sessionMode < 0 ? "UNKNOWN" : SessionMode.values()[status.sessionMode].label();
        RiskPanel risk = state.riskPanel(rules);
        RiskFacts riskFacts = new RiskFacts(risk.canTrade() ? "" : risk.blockReason(), risk.warnings(), risk.dailyPnl(),
                risk.openPositions(), risk.consecutiveLosses());
        return new EngineFacts(timeNanos, MarketTime.of(timeNanos), session, focusAssets(), riskFacts,
                NoTradeBanner.of(status.noTradeMask).reasons(), orbLines());
    }

    private List<AssetFacts> focusAssets() {
        List<AssetFacts> focus = new ArrayList<>();
        for (Instrument spec : Instruments.all()) {
            FocusState plan = state.focus(spec.index());
            if (plan != null && plan.computed() && plan.focusAsset) {
                focus.add(asset(spec, plan, state.orb(spec.index())));
            }
        }
        focus.sort(Comparator.comparingInt(AssetFacts::rank));
        return focus;
    }

    private AssetFacts asset(Instrument spec, FocusState plan, OrbState orb) {
        MarketState market = new MarketState();
        boolean traded = store.readMarket(spec.index(), market) && market.hasPrice();
        double last = traded ? Prices.toPoints(market.lastPrice) : plan.lastPrice;
        double change = traded && market.openPrice != Prices.NONE ? Prices.toPoints(market.lastPrice - market.openPrice) : 0;
        boolean hasRange = orb != null && orb.status >= 0;
        return new AssetFacts(spec, plan.rank, plan.bias, plan.skip, plan.quality, last, change, plan.entryLow,
                plan.entryHigh, plan.stop, plan.target1, plan.target2, plan.contracts,
                hasRange ? orb.longTrigger : Double.NaN, hasRange ? orb.shortTrigger : Double.NaN);
    }

    /** "GOLD range 5190.0–5210.0, long above 5215.0, short below 5185.0, LONG breakout at 5216.0" per contract with a range. */
    private List<String> orbLines() {
        List<String> lines = new ArrayList<>();
        for (OrbPanel.Row row : OrbPanel.of(state::orb).rows()) {
            if (row.orHigh().equals("—")) {
                continue;
            }
            String label = AssetFacts.labelOf(Instruments.bySymbol(row.symbol()).orElseThrow());
            lines.add(label + " range " + row.orLow() + "–" + row.orHigh() + ", long above " + row.longTrigger()
                    + ", short below " + row.shortTrigger() + " (" + row.status() + ")"
                    + (row.breakout().isEmpty() ? "" : ", " + row.breakout()));
        }
        return lines;
    }
}
