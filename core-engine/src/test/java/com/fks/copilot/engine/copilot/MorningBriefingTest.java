package com.fks.copilot.engine.copilot;

import com.fks.copilot.engine.risk.RiskRules;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.fks.copilot.engine.copilot.MorningFacts.entriesAllowed;
import static com.fks.copilot.engine.copilot.MorningFacts.fourFocusAssets;
import static com.fks.copilot.engine.copilot.MorningFacts.goldLongAboveZone;
import static com.fks.copilot.engine.copilot.MorningFacts.morning;
import static com.fks.copilot.engine.copilot.MorningFacts.nasdaqShortInZone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local morning briefing (issue 16 item 5): the detailed text made from engine facts when Grok has not written one. */
class MorningBriefingTest {
    private static final RiskRules RULES = RiskRules.defaults();

    /**
     * The 09:45 ET morning of {@link MorningFacts}: each focus asset's plan with size and dollar risk
     * (NASDAQ 55 points × $2 × 3 = $330; GOLD 16.75 × $10 × 2 = $335; SILVER 0.445 × $1,000 × 1 = $445,
     * over the $375 limit), its reading and what cancels it (NASDAQ's short dies at or above its 21510
     * stop; CRUDE is already through its 68.25 stop; SILVER has no direction, only the ORB triggers),
     * then the verdict, risk, ORB, the day's times with 08:30 and 09:30 passed, and the compact DO NOW.
     */
    @Test
    void eachFocusAssetHasItsPlanReadingAndWhatCancelsItThenTheDay() {
        assertEquals("""
                MORNING BRIEFING 09:45:00 ET (ACTIVE)

                PLAN, best first
                1. NASDAQ (MNQ) SHORT 🔴, quality 74%
                   Now: NASDAQ 🔴 21450 (-36) | Bias VALID | Watch 21380
                   Plan: sell 21440.00–21470.00, stop 21510.00, TP1 21380.00, TP2 21300.00; 3 micros, $330.00 at risk
                   Reading: wave ratio 0.62 (bear waves outrun bull waves), volatility 45th percentile (MEDIUM)
                   Cancelled by: a trade at or above 21510.00 (the stop); quality below 55% at the next plan; volatility above the 88th percentile (NO TRADE).
                2. GOLD (MGC) LONG 🟢, quality 71%
                   Now: GOLD 🟢 5212 (+4) | Bias VALID | Watch 5225
                   Plan: buy 5195.0–5201.5, stop 5183.3, TP1 5225.0, TP2 5240.0; 2 micros, $335.00 at risk
                   Reading: wave ratio 2.00 (bull waves outrun bear waves; strong: a narrow zone; adding from +0.5R allowed), volatility 64th percentile (HIGH)
                   Cancelled by: a trade at or below 5183.3 (the stop); quality below 55% at the next plan; volatility above the 88th percentile (NO TRADE).
                3. CRUDE (MCL) LONG 🟢, quality 62%
                   Now: CRUDE 🟢 68.10 (-0.45) | Bias INVALID | Watch 68.25
                   Plan: buy 68.40–68.70, stop 68.25, TP1 69.20, TP2 69.60; 2 micros, $60.00 at risk
                   Reading: wave ratio 1.20 (bull waves outrun bear waves), volatility 30th percentile (LOW)
                   Cancelled now: 68.10 is through the 68.25 stop; the idea stands again only if price reclaims 68.25.
                4. SILVER (SIL) NEUTRAL ⚪, quality 58%
                   Now: SILVER ⚪ 31.245 (+0.120) | Bias NONE | Watch 31.400
                   Plan: range 31.000–31.500, stop 30.800, TP1 31.700, TP2 32.000; 1 micro, $445.00 at risk (above the $375.00 a trade may risk: the risk check refuses it)
                   Reading: wave ratio 1.00 (waves even), volatility 50th percentile (MEDIUM)
                   No direction: only an opening-range breakout, long above 31.400 or short below 31.050.

                NO TRADE: clear
                It would be called by: No market data; All focus assets below 55% signal quality; A focus asset's volatility is above the 88th percentile; Daily P&L at or below -$250; More than 2 losing trades in a row; After 10:00 ET with no tradeable setup; Session over (12:00 ET)

                RISK: entries allowed; daily P&L -$120.00 (stop at -$500.00); open positions 1 of 2; losing trades in a row 0; $375.00 a trade

                OPENING RANGE (09:30–10:00 ET)
                - SILVER range 31.100–31.350, long above 31.400, short below 31.050

                TODAY (ET)
                08:30 economic data: a burst of volume, let it settle (passed)
                09:30 cash open: the opening range starts (passed)
                10:00 opening range closes, breakout triggers set; entry cutoff: no new entries
                11:00 last opening-range breakout check
                11:30 overnight warning while positions are open
                12:00 end of the active session: no new trades

                DO NOW: NASDAQ is in its 21440.00–21470.00 sell zone: short 3 with stop 21510.00, first target 21380.00.""",
                MorningBriefing.of(fourFocusAssets(), RULES));
    }

    @Test
    void itExtendsTheCompactSummaryEveryStatusLineAndItsDoNowAppearUnchanged() {
        String briefing = MorningBriefing.of(fourFocusAssets(), RULES);
        List<String> lines = CompactSummary.lines(briefing);
        for (String compact : CompactSummary.lines(CompactSummary.of(fourFocusAssets()))) {
            assertTrue(lines.contains(compact) || lines.contains("Now: " + compact), compact + " in\n" + briefing);
        }
    }

    @Test
    void theSameFactsGiveTheSameTextByteForByte() {
        assertEquals(MorningBriefing.of(fourFocusAssets(), RULES), MorningBriefing.of(fourFocusAssets(), RULES));
    }

    @Test
    void aFiredNoTradeVerdictListsItsReasonsTheOthersItWatchesAndDoNowStandsAside() {
        String briefing = MorningBriefing.of(morning(List.of(nasdaqShortInZone()), entriesAllowed(),
                List.of("Daily P&L at or below -$250", "More than 2 losing trades in a row")), RULES);
        assertTrue(briefing.contains("""

                NO TRADE: stand aside, no new trades
                - Daily P&L at or below -$250
                - More than 2 losing trades in a row
                Also called by: No market data; All focus assets below 55% signal quality; A focus asset's volatility is above the 88th percentile; After 10:00 ET with no tradeable setup; Session over (12:00 ET)
                """), briefing);
        assertTrue(briefing.endsWith("DO NOW: Stand aside, no new trades: Daily P&L at or below -$250."), briefing);
    }

    @Test
    void aRiskBlockAndItsWarningsAreSpelledOutWithTheLimits() {
        RiskFacts blocked = new RiskFacts("Max daily loss reached", List.of("Overnight risk: 1 position open after 11:30 ET"),
                "-$512.50", 1, 2);
        String briefing = MorningBriefing.of(morning(List.of(goldLongAboveZone()), blocked, List.of()), RULES);
        assertTrue(briefing.contains("""

                RISK: entries BLOCKED: Max daily loss reached; daily P&L -$512.50 (stop at -$500.00); open positions 1 of 2; losing trades in a row 2; $375.00 a trade
                - warning: Overnight risk: 1 position open after 11:30 ET
                """), briefing);
        assertTrue(briefing.endsWith("DO NOW: No new entries: Max daily loss reached."), briefing);
    }

    /** The times come from the rules in force and the facts' event time: with the cutoff moved to 09:40, at 09:45 it has passed. */
    @Test
    void theCalendarTakesItsTimesFromTheRulesAndMarksThemPassedAtTheEventTime() {
        RiskRules earlyCutoff = new RiskRules(5_000_000, 2, 37_500, 50_000, 9 * 60 + 40, 12 * 60, 11 * 60 + 30, 0.5, 1.8, 3);
        String briefing = MorningBriefing.of(fourFocusAssets(), earlyCutoff);
        assertTrue(briefing.contains("""
                TODAY (ET)
                08:30 economic data: a burst of volume, let it settle (passed)
                09:30 cash open: the opening range starts (passed)
                09:40 entry cutoff: no new entries (passed)
                10:00 opening range closes, breakout triggers set
                11:00 last opening-range breakout check
                """), briefing);
    }

    @Test
    void beforeThePlanExistsItSaysWhyAndStillGivesTheVerdictRiskAndTheDay() {
        EngineFacts premarket = new EngineFacts(0, "—", "UNKNOWN", List.of(), entriesAllowed(), List.of("No market data"), List.of());
        String briefing = MorningBriefing.of(premarket, RULES);
        assertTrue(briefing.startsWith("""
                MORNING BRIEFING — (UNKNOWN)

                PLAN, best first
                No focus assets yet: the daily plan needs 30 five-minute bars.

                NO TRADE: stand aside, no new trades
                - No market data
                """), briefing);
        assertTrue(briefing.contains("OPENING RANGE (09:30–10:00 ET): not formed yet\n"), briefing);
        assertTrue(briefing.contains("08:30 economic data: a burst of volume, let it settle\n"), "no event time: nothing is marked passed");
    }

    @Test
    void volatilityPercentilesReadAsOrdinals() {
        assertEquals(List.of("1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "45th", "88th", "92nd", "—"),
                java.util.stream.DoubleStream.of(0.01, 0.02, 0.03, 0.11, 0.12, 0.13, 0.21, 0.45, 0.88, 0.92, Double.NaN)
                        .mapToObj(MorningBriefing::percentile).toList());
    }
}
