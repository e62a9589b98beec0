package com.fks.copilot.engine.market;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstrumentsTest {

    @Test
    void registryHoldsTheSixContractsWithCmeSpecs() {
        assertEquals(6, Instruments.count());
        assertSpec("MGC", 0.10, 1.00, 10);
        assertSpec("MNQ", 0.25, 0.50, 2);
        assertSpec("MES", 0.25, 1.25, 5);
        assertSpec("MCL", 0.01, 1.00, 100);
        assertSpec("SIL", 0.005, 5.00, 1000);
        assertSpec("MHG", 0.0005, 1.25, 2500);
    }

    @Test
    void tickValueIsTickSizeTimesPointValue() {
        for (Instrument instrument : Instruments.all()) {
            assertEquals(instrument.tickValue(), instrument.tickSize() * instrument.pointValue(), 1e-9, instrument.symbol());
        }
    }

    @Test
    void copperUnderItsOldNameResolvesToMicroCopper() {
        assertEquals("MHG", Instruments.bySymbol("hg").orElseThrow().symbol());
        assertFalse(Instruments.bySymbol("GC").isPresent(), "gold is always MGC, never the $100/pt GC");
    }

    @Test
    void tickGridRejectsOffGridPrices() {
        Instrument gold = Instruments.byIndex(Instruments.MGC);
        assertTrue(gold.isOnTickGrid(Prices.toFixed(5212.3)));
        assertFalse(gold.isOnTickGrid(Prices.toFixed(5212.35)));
        Instrument copper = Instruments.byIndex(Instruments.MHG);
        assertTrue(copper.isOnTickGrid(Prices.toFixed(4.5125)));
    }

    private static void assertSpec(String symbol, double tick, double tickValue, double pointValue) {
        Instrument instrument = Instruments.bySymbol(symbol).orElseThrow();
        assertEquals(tick, instrument.tickSize(), 0.0, symbol + " tick");
        assertEquals(tickValue, instrument.tickValue(), 0.0, symbol + " $/tick");
        assertEquals(pointValue, instrument.pointValue(), 0.0, symbol + " $/point");
    }
}
