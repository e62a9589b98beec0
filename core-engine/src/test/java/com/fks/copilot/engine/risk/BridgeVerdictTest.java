package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.EngineFixture;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Prices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static com.fks.copilot.engine.EngineFixture.et;
import static com.fks.copilot.engine.event.EngineEvent.SIDE_LONG;
import static com.fks.copilot.engine.market.Instruments.MGC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every verdict answered to a NinjaTrader bridge update is a journaled decision (issue 4, item 6). */
class BridgeVerdictTest {
    @TempDir
    Path dir;
    private EngineFixture f;

    @BeforeEach
    void openAt1130() {
        f = new EngineFixture(dir);
        f.clock(et("2026-11-24T11:30:00")); // past the cutoff, so the verdict blocks and warns
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<String> derivedFrom(EngineEvent update, String type) {
        String source = type + " src=" + update.journalIndex + "#";
        return f.derived.stream().filter(line -> line.startsWith(source)).toList();
    }

    private EngineEvent goldUpdate() {
        return f.position(MGC, SIDE_LONG, 1, Prices.toFixed(5212.3), 0);
    }

    @Test
    void aBridgeUpdateJournalsExactlyOneDecisionCarryingTheVerdictItWasAnswered() {
        EngineEvent update = goldUpdate();
        List<String> decisions = derivedFrom(update, "BRIDGE_VERDICT");
        assertEquals(1, decisions.size(), f.derived.toString());
        assertTrue(decisions.get(0).contains(" blocks=" + update.verdict.blocks
                + " warnings=" + update.verdict.warnings + " "), decisions.get(0));
        assertEquals(RiskBlock.ENTRY_CUTOFF.bit(), update.verdict.blocks);
    }

    @Test
    void twoIdenticalUpdatesJournalTwoDecisionsButOneChangeOfTheStandingVerdict() {
        EngineEvent first = goldUpdate();
        int firstDecisions = derivedFrom(first, "BRIDGE_VERDICT").size();
        int firstChanges = derivedFrom(first, "RISK_STATUS").size();
        EngineEvent second = goldUpdate();
        assertEquals(1, firstDecisions);
        assertEquals(1, firstChanges, "the first update opened a position: the standing verdict changed");
        assertEquals(1, derivedFrom(second, "BRIDGE_VERDICT").size());
        assertEquals(0, derivedFrom(second, "RISK_STATUS").size(), "nothing changed, so nothing to alert about");
    }
}
