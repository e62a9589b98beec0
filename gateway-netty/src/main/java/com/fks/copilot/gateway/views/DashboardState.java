package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.EngineStatus;
import com.fks.copilot.engine.state.MarketState;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the dashboard shows from the engine's Chronicle Maps, never from the engine itself
 * (single writer: readers copy, they do not lock). Any thread.
 */
public final class DashboardState {
    private final EngineStateStore store;

    public DashboardState(EngineStateStore store) {
        this.store = store;
    }

    public List<CardView> cards() {
        List<CardView> cards = new ArrayList<>(Instruments.count());
        MarketState state = new MarketState();
        for (int i = 0; i < Instruments.count(); i++) {
            if (!store.readMarket(i, state)) {
                state = new MarketState();
                state.instrument = i;
            }
            cards.add(CardView.of(Instruments.byIndex(i), state));
        }
        return cards;
    }

    public EngineStatus status() {
        EngineStatus status = new EngineStatus();
        store.readStatus(status);
        return status;
    }
}
