package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.state.MarketState;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CardViewTest {
    private static CardView gold(double last, double open) {
        return CardView.of(Instruments.byIndex(Instruments.MGC), Prices.toFixed(last), Prices.toFixed(open),
                Prices.toFixed(Math.max(last, open)), Prices.toFixed(Math.min(last, open)), 12, 5, 99);
    }

    @Test
    void goldPriceIsNeverScaledOnTheCard() {
        Element card = Jsoup.parse(new Views().card(gold(5212.3, 5208.0))).selectFirst("article");
        assertEquals("5212.3", card.selectFirst("[data-field=price]").text());
        assertEquals("MGC", card.attr("data-symbol"));
        assertEquals("mgc-update", card.attr("sse-swap"));
        assertEquals("99", card.attr("data-seq"));
    }

    @Test
    void changeIsSignedAgainstTheSessionOpen() {
        CardView up = gold(5212.3, 5208.0);
        assertEquals("+4.3", up.change());
        assertEquals("+0.08%", up.changePercent());
        assertEquals("up", up.direction());
        CardView down = gold(5200.0, 5208.0);
        assertEquals("-8.0", down.change());
        assertEquals("down", down.direction());
    }

    @Test
    void copperShowsFourDecimalsOfItsHalfTenthTick() {
        CardView copper = CardView.of(Instruments.byIndex(Instruments.MHG), Prices.toFixed(4.5125), Prices.toFixed(4.5120),
                Prices.toFixed(4.5125), Prices.toFixed(4.5120), 3, 2, 7);
        assertEquals("4.5125", copper.price());
        assertEquals("+0.0005", copper.change());
    }

    @Test
    void cardWarnsWhenThePlannedContractRisksMoreThanTheTradeLimit() {
        // MES P 5000.00 stop 4900.00: 400 ticks × $1.25 = $500 for one contract, over the $375 per trade
        CardView card = CardView.of(Instruments.byIndex(Instruments.MES), new MarketState(),
                FocusPlans.mesOneContractAt500(), RiskRules.defaults());

        Element warning = Jsoup.parse(new Views().card(card)).selectFirst(".plan .trade-risk");
        assertEquals("⚠ 1 MES risks $500.00 > $375.00 per trade: the risk rules refuse this size", warning.text());
    }

    @Test
    void cardWithinTheTradeLimitShowsNoWarning() {
        // FKS-RULES worked example: MGC P 5200 stop 5195 → 7 contracts, $350 ≤ $375
        CardView card = CardView.of(Instruments.byIndex(Instruments.MGC), new MarketState(),
                FocusPlans.longPlan(Instruments.MGC, 5200, 5195), RiskRules.defaults());

        assertNull(Jsoup.parse(new Views().card(card)).selectFirst(".trade-risk"));
    }
}
