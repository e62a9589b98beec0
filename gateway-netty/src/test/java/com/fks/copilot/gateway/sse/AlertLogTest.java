package com.fks.copilot.gateway.sse;

import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.gateway.views.Alert;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertLogTest {
    private static void noTradeChange(AlertLog log, long timeNanos, int mask) {
        DerivedEvent e = new DerivedEvent();
        e.clear();
        e.type = DerivedEvent.NO_TRADE_CHANGED;
        e.timeNanos = timeNanos;
        e.blocks = mask;
        log.emit(e);
    }

    @Test
    void shouldListTheNewestAlertFirst() {
        AlertLog log = new AlertLog(RiskRules.defaults());
        noTradeChange(log, 1_000, 1);
        noTradeChange(log, 2_000, 0);
        List<Alert> alerts = log.panel().alerts();
        assertEquals(2_000, alerts.get(0).timeNanos());
        assertEquals(1_000, alerts.get(1).timeNanos());
    }

    @Test
    void shouldKeepOnlyTheLastFiftyAlerts() {
        AlertLog log = new AlertLog(RiskRules.defaults());
        for (int i = 1; i <= AlertLog.CAPACITY + 10; i++) {
            noTradeChange(log, i, i % 2);
        }
        List<Alert> alerts = log.panel().alerts();
        assertEquals(AlertLog.CAPACITY, alerts.size());
        assertEquals(AlertLog.CAPACITY + 10, alerts.get(0).timeNanos());
        assertEquals(11, alerts.get(AlertLog.CAPACITY - 1).timeNanos());
    }

    @Test
    void shouldReportAChangeOnceAndOnlyForEventsThatRaiseAnAlert() {
        AlertLog log = new AlertLog(RiskRules.defaults());
        DerivedEvent bar = new DerivedEvent();
        bar.clear();
        bar.type = DerivedEvent.BAR_CLOSED;
        log.emit(bar);
        assertFalse(log.takeChanged(), "a closed bar is not an alert");

        DerivedEvent session = new DerivedEvent();
        session.clear();
        session.type = DerivedEvent.SESSION_CHANGE;
        session.sessionMode = SessionMode.OFF_HOURS.ordinal();
        log.emit(session);
        assertTrue(log.takeChanged());
        assertFalse(log.takeChanged(), "taken: the panel was pushed");
    }
}
