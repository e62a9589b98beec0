package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.RiskManager;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskState;
import com.fks.copilot.engine.risk.RiskVerdict;
import com.fks.copilot.engine.state.FocusState;
import com.fks.copilot.engine.state.MarketState;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The positions panel as the trader sees it (seed TASK-501), rendered by its jte template. */
class PositionsPanelTest {
    private static final RiskRules RULES = RiskRules.defaults();

    /** Gold long 2 @ 5212.3 (+$46.00) and Nasdaq short 1 @ 21450.25 (-$12.50), with the given open risk to stops. */
    private static Element panel(long openRiskCents) {
        RiskVerdict openRisk = new RiskVerdict();
        openRisk.openRiskCents = openRiskCents;
        return panel(openRisk);
    }

    private static Element panel(RiskVerdict openRisk) {
        int n = Instruments.count();
        byte[] sides = new byte[n];
        long[] quantities = new long[n];
        long[] prices = new long[n];
        long[] pnl = new long[n];
        sides[Instruments.MGC] = EngineEvent.SIDE_LONG;
        quantities[Instruments.MGC] = 2;
        prices[Instruments.MGC] = Prices.toFixed(5212.3);
        pnl[Instruments.MGC] = 4_600;
        sides[Instruments.MNQ] = EngineEvent.SIDE_SHORT;
        quantities[Instruments.MNQ] = 1;
        prices[Instruments.MNQ] = Prices.toFixed(21450.25);
        pnl[Instruments.MNQ] = -1_250;
        return render(PositionsPanel.of(sides, quantities, prices, pnl, openRisk, RULES));
    }

    /** The same two positions measured by the engine's rules: gold against today's plan stop 5202.3, Nasdaq with no plan. */
    private static Element measuredAgainstGoldPlanStop() {
        MarketState[] markets = new MarketState[Instruments.count()];
        FocusState[] plan = new FocusState[Instruments.count()];
        for (int i = 0; i < markets.length; i++) {
            markets[i] = new MarketState();
            markets[i].instrument = i;
            plan[i] = new FocusState();
            plan[i].instrument = i;
        }
        hold(markets[Instruments.MGC], EngineEvent.SIDE_LONG, 2, 5212.3);
        hold(markets[Instruments.MNQ], EngineEvent.SIDE_SHORT, 1, 21450.25);
        plan[Instruments.MGC].computedNanos = 1;
        plan[Instruments.MGC].rank = 1;
        plan[Instruments.MGC].stop = 5202.3;
        RiskVerdict openRisk = new RiskVerdict();
        new RiskManager(RULES, new RiskState(), markets, plan).measureOpenRisk(openRisk);
        return panel(openRisk);
    }

    private static void hold(MarketState market, byte side, long quantity, double averagePrice) {
        market.positionSide = side;
        market.positionQuantity = quantity;
        market.positionAveragePrice = Prices.toFixed(averagePrice);
    }

    private static Element render(PositionsPanel panel) {
        return Jsoup.parse(new Views().positions(panel)).selectFirst("#positions-panel");
    }

    @Test
    void eachPositionShowsSymbolSideQuantityAveragePriceAndDollarPnl() {
        Element gold = panel(0).selectFirst("tr[data-symbol=MGC]");
        assertNotNull(gold);
        assertEquals("MGC", gold.child(0).text());
        assertEquals("LONG", gold.child(1).text());
        assertEquals("2", gold.child(2).text());
        assertTrue(gold.child(3).text().startsWith("5212.3"), gold.child(3).text());
        assertEquals("SHORT", panel(0).selectFirst("tr[data-symbol=MNQ] .side").text());
        assertTrue(panel(0).selectFirst("tr[data-symbol=MNQ] .loss").text().contains("12.50"));
    }

    @Test
    void openRiskIsShownAsAShareOfTheAccount() {
        // $1,000 of open risk on the $50,000 account
        assertTrue(panel(100_000).selectFirst(".open-risk").text().contains("(2.00% of account)"),
                panel(100_000).selectFirst(".open-risk").text());
    }

    @Test
    void openRiskOfExactlyFivePercentIsNotFlaggedRed() {
        Element risk = panel(250_000).selectFirst(".open-risk");
        assertFalse(risk.hasClass("risk-high"), risk.outerHtml());
        assertFalse(risk.hasAttr("data-risk-high"), "jte leaves a false boolean attribute out");
    }

    @Test
    void openRiskAboveFivePercentIsFlaggedRed() {
        // $2,500.50: one Nasdaq-micro tick ($0.50) past 5% of $50,000
        Element risk = panel(250_050).selectFirst(".open-risk");
        assertTrue(risk.hasClass("risk-high"), risk.outerHtml());
        assertTrue(risk.hasAttr("data-risk-high"), risk.outerHtml());
        assertTrue(risk.text().contains("above 5%"), risk.text());
    }

    @Test
    void aFlatAccountShowsNoOpenPositionsWithACheckMark() {
        int n = Instruments.count();
        Element empty = render(PositionsPanel.of(new byte[n], new long[n], new long[n], new long[n], new RiskVerdict(), RULES));
        assertEquals("No open positions ✓", empty.selectFirst(".empty").text());
        assertNull(empty.selectFirst("table"));
    }

    @Test
    void eachRowShowsTheStopItsRiskIsMeasuredToAndThatRiskInDollars() {
        // 2 MGC long @ 5212.3 to the plan stop 5202.3: 100 ticks x $1.00 x 2 = $200.00
        Element gold = measuredAgainstGoldPlanStop().selectFirst("tr[data-symbol=MGC]");
        assertEquals("5202.300 plan stop", gold.selectFirst(".stop").text());
        assertEquals("$200.00", gold.selectFirst(".risk").text());
    }

    @Test
    void aPositionWithoutAKnownStopSaysNoStopInsteadOfAZeroRisk() {
        Element panel = measuredAgainstGoldPlanStop();
        Element nasdaq = panel.selectFirst("tr[data-symbol=MNQ]");
        assertEquals("no stop — risk not counted", nasdaq.selectFirst(".no-stop").text());
        assertNull(nasdaq.selectFirst(".risk"), "no $0.00 risk for a position nobody measured");
        Element total = panel.selectFirst(".open-risk");
        assertEquals("1", total.attr("data-without-stop"));
        assertTrue(total.text().contains("$200.00 (0.40% of account)") && total.text().contains("1 without a stop"),
                total.text());
    }
}
