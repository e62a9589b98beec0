package com.fks.copilot.gateway.grok;

import com.fks.copilot.engine.copilot.EngineFacts;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.EngineStatus;
import com.fks.copilot.engine.state.FocusState;
import com.fks.copilot.engine.state.MarketState;
import com.fks.copilot.engine.state.OrbState;
import com.fks.copilot.gateway.views.DashboardState;

/**
 * Reads {@link EngineFacts} from the engine's Chronicle Maps (the dashboard's readers), never from
 * the engine: focus, risk, ORB and no-trade, as of the last event the engine persisted. The same
 * {@link EngineFacts#of} the engine uses for its local summary turns them into facts. Any thread.
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

    /** The risk rules the facts are read with, whose limits and times the briefing names. */
    public RiskRules rules() {
        return rules;
    }

    /** The facts as of the engine's own event time (its last CLOCK or tick). */
    public EngineFacts readNow() {
        return read(state.status().eventTimeNanos);
    }

    /** @param timeNanos the event time the facts speak for (the CLOCK that made the summary due) */
    public EngineFacts read(long timeNanos) {
        EngineStatus status = state.status();
        int n = Instruments.count();
        MarketState[] markets = new MarketState[n];
        FocusState[] plan = new FocusState[n];
        OrbState[] orbs = new OrbState[n];
        for (int i = 0; i < n; i++) {
            MarketState market = new MarketState();
            markets[i] = store.readMarket(i, market) ? market : null;
            plan[i] = state.focus(i);
            orbs[i] = state.orb(i);
        }
        return EngineFacts.of(timeNanos, status.sessionMode, markets, plan, orbs, state.standing(rules), status.noTradeMask, rules);
    }
}
