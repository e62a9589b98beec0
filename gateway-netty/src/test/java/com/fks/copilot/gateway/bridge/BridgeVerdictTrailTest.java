package com.fks.copilot.gateway.bridge;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.gateway.sse.AlertLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a trader sees of the journaled bridge verdicts: the real engine's output feeding the alerts panel
 * and the risk history. Every update is a decision; only a change is an alert; history keeps changes.
 */
class BridgeVerdictTrailTest {
    private static final RiskRules RULES = RiskRules.defaults();
    @TempDir
    Path dir;
    private EngineStateStore store;
    private Engine engine;
    private final AlertLog alerts = new AlertLog(RULES);
    private final RiskHistory history = new RiskHistory(RULES);
    private int decisions;
    private final EngineEvent event = new EngineEvent();
    private long index;

    @BeforeEach
    void openAt0945() {
        store = EngineStateStore.open(dir);
        engine = new Engine(store, this::emit, RULES);
        long nanos = LocalDateTime.parse("2026-11-24T09:45:00").atZone(EasternTime.ZONE).toEpochSecond() * 1_000_000_000L;
        event.setClock(nanos, 1);
        apply();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void emit(DerivedEvent e) {
        decisions += e.type == DerivedEvent.BRIDGE_VERDICT ? 1 : 0;
        alerts.emit(e);
        history.emit(e);
    }

    private void apply() {
        event.journalIndex = index++;
        engine.apply(event);
        engine.endOfBatch();
    }

    /** NinjaTrader reports 1 MGC long at 5212.3. */
    private void goldUpdate() {
        event.clear();
        event.type = EventType.POSITION;
        event.positionSides[Instruments.MGC] = EngineEvent.SIDE_LONG;
        event.positionQuantities[Instruments.MGC] = 1;
        event.positionPrices[Instruments.MGC] = Prices.toFixed(5212.3);
        apply();
    }

    @Test
    void twoIdenticalBridgeUpdatesAreTwoJournaledDecisionsButOneAlert() {
        int before = alerts.panel().alerts().size(); // the clock's: session, no market data, risk clear
        goldUpdate();
        goldUpdate();
        assertEquals(2, decisions);
        List<?> raised = alerts.panel().alerts().subList(0, alerts.panel().alerts().size() - before);
        assertEquals(1, raised.size(), "only the change the first update made: " + raised);
    }

    @Test
    void riskHistoryShowsABridgeVerdictOnceUntilItSaysSomethingNew() {
        goldUpdate();
        goldUpdate();
        goldUpdate();
        List<RiskEventView> recent = history.recent(50);
        assertEquals(1, recent.stream().filter(e -> e.type().equals("BRIDGE_VERDICT")).count(), recent.toString());

        event.clear();
        event.type = EventType.POSITION; // NinjaTrader reports the account flat again
        apply();
        assertEquals(2, history.recent(50).stream().filter(e -> e.type().equals("BRIDGE_VERDICT")).count());
    }
}
