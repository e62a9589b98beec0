package com.fks.copilot.engine.market;

import com.fks.copilot.engine.EngineFixture;
import com.fks.copilot.engine.state.MarketState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GoldPriceTest {

    @Test
    void goldPriceIsNeverScaled(@TempDir Path dir) {
        long price = Prices.toFixed(5212.3);
        try (EngineFixture fixture = new EngineFixture(dir)) {
            fixture.tick(Instruments.MGC, price, 1, EngineFixture.et("2026-11-24T09:31:00"));

            MarketState stored = new MarketState();
            fixture.store.readMarket(Instruments.MGC, stored);
            assertEquals(5212.3, Prices.toPoints(stored.lastPrice), 0.0, "stored");
            assertEquals("5212.3", Prices.format(stored.lastPrice, Instruments.byIndex(Instruments.MGC).decimals()), "shown");
            assertEquals(5212.3, Prices.toPoints(stored.bar.close), 0.0, "used for levels (bar close)");
        }
    }

    @Test
    void dollarsComeFromTicksTimesTickValueNotFromThePrice() {
        Instrument gold = Instruments.bySymbol("MGC").orElseThrow();
        // 5 points on MGC = 50 ticks x $1.00 x 7 contracts = $350 (FKS-RULES worked example)
        assertEquals(350.0, gold.dollarsFor(Prices.toFixed(5.0), 7), 1e-9);
        Instrument nasdaq = Instruments.bySymbol("MNQ").orElseThrow();
        // 50 points on MNQ = 200 ticks x $0.50 x 3 contracts = $300
        assertEquals(300.0, nasdaq.dollarsFor(Prices.toFixed(50.0), 3), 1e-9);
    }
}
