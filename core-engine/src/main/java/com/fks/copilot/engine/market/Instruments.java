package com.fks.copilot.engine.market;

import java.util.List;
import java.util.Optional;

/**
 * The registry of the six CME contracts the trader uses: the one place their specs live
 * (CME contract specs; MARKET.md).
 */
public final class Instruments {
    public static final int MGC = 0;
    public static final int MNQ = 1;
    public static final int MES = 2;
    public static final int MCL = 3;
    public static final int SIL = 4;
    public static final int MHG = 5;

    private static final List<Instrument> ALL = List.of(
            new Instrument(MGC, "MGC", "Micro Gold (10 troy oz)", 0.10, 1.00, 10, 1),
            new Instrument(MNQ, "MNQ", "Micro E-mini Nasdaq-100 ($2 x index)", 0.25, 0.50, 2, 2),
            new Instrument(MES, "MES", "Micro E-mini S&P 500 ($5 x index)", 0.25, 1.25, 5, 2),
            new Instrument(MCL, "MCL", "Micro WTI Crude Oil (100 bbl)", 0.01, 1.00, 100, 2),
            new Instrument(SIL, "SIL", "Micro Silver (1,000 oz)", 0.005, 5.00, 1000, 3),
            new Instrument(MHG, "MHG", "Micro Copper (2,500 lb)", 0.0005, 1.25, 2500, 4));

    private Instruments() {
    }

    public static List<Instrument> all() {
        return ALL;
    }

    public static int count() {
        return ALL.size();
    }

    public static Instrument byIndex(int index) {
        return ALL.get(index);
    }

    /** Looks a symbol up case-insensitively; HG (the old system's name for copper) resolves to MHG. */
    public static Optional<Instrument> bySymbol(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        String wanted = symbol.trim().toUpperCase(java.util.Locale.ROOT);
        if (wanted.equals("HG")) {
            wanted = "MHG";
        }
        for (Instrument instrument : ALL) {
            if (instrument.symbol().equals(wanted)) {
                return Optional.of(instrument);
            }
        }
        return Optional.empty();
    }
}
