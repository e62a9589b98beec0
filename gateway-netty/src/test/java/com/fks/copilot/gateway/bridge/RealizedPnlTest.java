package com.fks.copilot.gateway.bridge;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.gateway.views.RiskPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NinjaTrader's session realized P&L in {@code /positions/update}: validated, carried in the POSITION event, compared with ours. */
class RealizedPnlTest {

    private static PositionsUpdate update(String realized) {
        return PositionsUpdate.parse(("{\"account\":\"Sim101\",\"positions\":[]" + (realized == null ? "" : ",\"realized_pnl\":" + realized)
                + "}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theReportedFigureRidesInThePositionEventAndReadsBack() {
        PositionsUpdate update = update("-252.48");
        assertEquals(-25_248, update.realizedCents());
        EngineEvent event = new EngineEvent();
        update.fill(event);
        assertEquals(-25_248, PositionsUpdate.realizedCents(event));
    }

    @Test
    void aZeroIsReportedAndALeftOutOrNullOneIsNot() {
        EngineEvent zero = new EngineEvent();
        update("0").fill(zero);
        assertEquals(0, PositionsUpdate.realizedCents(zero));
        EngineEvent none = new EngineEvent();
        update(null).fill(none);
        assertEquals(PositionsUpdate.NOT_REPORTED, PositionsUpdate.realizedCents(none), "an older record (amount 0, quantity 0) reads the same");
        EngineEvent nullOne = new EngineEvent();
        update("null").fill(nullOne);
        assertEquals(PositionsUpdate.NOT_REPORTED, PositionsUpdate.realizedCents(nullOne), "null is left out, as elsewhere in JsonInput");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"-12.5\"", "NaN", "true", "1e10", "-1000000000.01", "[1]"})
    void aBadFigureIsRefusedNamingRealizedPnl(String realized) {
        BadRequest refused = assertThrows(BadRequest.class, () -> update(realized));
        assertEquals("realized_pnl", refused.field());
    }

    @Test
    void morethanOneDollarApartIsAMismatchThePanelExplains() {
        assertFalse(RiskPanel.mismatch(-25_248, -25_200), "48 cents apart");
        assertFalse(RiskPanel.mismatch(-25_248, -25_148), "exactly $1 apart");
        assertTrue(RiskPanel.mismatch(-25_248, -25_147));
        assertFalse(RiskPanel.mismatch(-25_248, Long.MIN_VALUE), "never reported");
        RiskPanel panel = RiskPanel.of(0, 0, -25_248, 1, 0, RiskRules.defaults(), -30_000);
        assertTrue(panel.realizedMismatch().contains("NinjaTrader reports"), panel.realizedMismatch());
        assertTrue(panel.realizedMismatch().contains("the rules use ours"), panel.realizedMismatch());
        assertNull(RiskPanel.of(0, 0, -25_248, 1, 0, RiskRules.defaults(), -25_248).realizedMismatch());
    }
}
