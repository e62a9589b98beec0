package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
