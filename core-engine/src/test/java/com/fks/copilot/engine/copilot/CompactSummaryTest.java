package com.fks.copilot.engine.copilot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.fks.copilot.engine.copilot.MorningFacts.entriesAllowed;
import static com.fks.copilot.engine.copilot.MorningFacts.fourFocusAssets;
import static com.fks.copilot.engine.copilot.MorningFacts.goldLongAboveZone;
import static com.fks.copilot.engine.copilot.MorningFacts.morning;
import static com.fks.copilot.engine.copilot.MorningFacts.nasdaqShortInZone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompactSummaryTest {

    @Test
    void goldLongAboveItsZoneIsValidAndWatchesTheFirstTarget() {
        assertEquals("GOLD 🟢 5212 (+4) | Bias VALID | Watch 5225", CompactSummary.statusLine(goldLongAboveZone()));
    }

    @Test
    void aShortInsideItsZoneIsValidAndWatchesTheFirstTargetBelow() {
        assertEquals("NASDAQ 🔴 21450 (-36) | Bias VALID | Watch 21380", CompactSummary.statusLine(nasdaqShortInZone()));
    }

    @Test
    void priceThroughTheStopInvalidatesTheBiasAndTheStopIsTheLevelToWatch() {
        assertEquals("CRUDE 🟢 68.10 (-0.45) | Bias INVALID | Watch 68.25",
                CompactSummary.statusLine(MorningFacts.crudeThroughItsStop()));
    }

    @Test
    void anAssetWithoutDirectionWatchesTheNearerOpeningRangeTrigger() {
        // 31.400 is 0.155 away, 31.050 is 0.195 away
        assertEquals("SILVER ⚪ 31.245 (+0.120) | Bias NONE | Watch 31.400",
                CompactSummary.statusLine(MorningFacts.silverNeutral()));
    }

    @Test
    void fourFocusAssetsGiveFourStatusLinesThenTheBestStandingIdeaAsDoNow() {
        String summary = CompactSummary.of(fourFocusAssets());
        assertEquals("""
                NASDAQ 🔴 21450 (-36) | Bias VALID | Watch 21380
                GOLD 🟢 5212 (+4) | Bias VALID | Watch 5225
                CRUDE 🟢 68.10 (-0.45) | Bias INVALID | Watch 68.25
                SILVER ⚪ 31.245 (+0.120) | Bias NONE | Watch 31.400
                DO NOW: NASDAQ is in its 21440.00–21470.00 sell zone: short 3 with stop 21510.00, first target 21380.00.""",
                summary);
        assertTrue(CompactSummary.isCompact(summary, fourFocusAssets().focus()));
    }

    @Test
    void aLongAboveItsZoneIsNotChased() {
        String summary = CompactSummary.of(morning(List.of(goldLongAboveZone()), entriesAllowed(), List.of()));
        assertEquals("DO NOW: Let GOLD come back to 5195.0–5201.5 before you buy; do not chase.",
                summary.lines().reduce((first, second) -> second).orElseThrow());
    }

    @Test
    void theNoTradeVerdictOverridesEveryIdea() {
        String summary = CompactSummary.of(morning(List.of(nasdaqShortInZone()), entriesAllowed(),
                List.of("Daily P&L at or below -$250", "Losses in a row")));
        assertTrue(summary.endsWith("DO NOW: Stand aside, no new trades: Daily P&L at or below -$250."), summary);
    }

    @Test
    void aRiskBlockStopsNewEntries() {
        RiskFacts blocked = new RiskFacts("Past entry cutoff (10:00 ET)", List.of(), "$0.00", 0, 0);
        String summary = CompactSummary.of(morning(List.of(nasdaqShortInZone()), blocked, List.of()));
        assertTrue(summary.endsWith("DO NOW: No new entries: Past entry cutoff (10:00 ET)."), summary);
    }

    @Test
    void beforeThePlanExistsTheSummarySaysSoAndStillEndsWithDoNow() {
        String summary = CompactSummary.of(morning(List.of(), entriesAllowed(), List.of()));
        assertEquals("""
                No focus assets yet: the daily plan needs 30 five-minute bars.
                DO NOW: Wait for the daily plan before taking any trade.""", summary);
        assertTrue(CompactSummary.isCompact(summary, List.of()));
    }

    @Test
    void anAnswerOfNineLinesIsNotCompact() {
        String nine = "GOLD a\nNASDAQ b\nCRUDE c\nSILVER d\ne\nf\ng\nh\nDO NOW: i";
        assertFalse(CompactSummary.isCompact(nine, fourFocusAssets().focus()));
    }

    @Test
    void anAnswerWithoutDoNowIsNotCompact() {
        assertFalse(CompactSummary.isCompact("GOLD a\nNASDAQ b\nCRUDE c\nSILVER d", fourFocusAssets().focus()));
    }

    @Test
    void anAnswerThatLeavesOutAFocusAssetIsNotCompact() {
        assertFalse(CompactSummary.isCompact("GOLD a\nNASDAQ b\nCRUDE c\nDO NOW: x", fourFocusAssets().focus()));
    }

    @Test
    void markdownBulletsAndBlankLinesDoNotBreakTheCompactForm() {
        String answer = "- **NASDAQ** 🔴 21450\n\n- GOLD 🟢 5212\n- CRUDE 🟢 68.10\n- SILVER ⚪ 31.245\n\n**DO NOW:** sell the pop.";
        assertTrue(CompactSummary.isCompact(answer, fourFocusAssets().focus()));
    }
}
