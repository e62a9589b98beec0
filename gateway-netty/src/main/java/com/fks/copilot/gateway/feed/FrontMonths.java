package com.fks.copilot.gateway.feed;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.gateway.massive.FrontMonth;
import com.fks.copilot.gateway.massive.FuturesContract;
import com.fks.copilot.gateway.massive.MassiveRest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves, per traded contract, the ticker to subscribe on a trading date: the front month of
 * its data root from Massive's contract listing (ranked by last trade date, rolled
 * {@code rollDays} before expiry). Gold is always MGC: a data root for it is refused, so gold
 * prices are MGC's own, never another product's (TASK-101).
 */
public final class FrontMonths {
    private static final System.Logger LOG = System.getLogger("copilot.feed");

    private final MassiveRest rest;
    private final Map<String, String> dataRoots;
    private final int rollDays;

    /**
     * @param dataRoots traded root → data root, e.g. {@code MHG → HG}; absent = the traded root itself
     */
    public FrontMonths(MassiveRest rest, Map<String, String> dataRoots, int rollDays) {
        if (rollDays < 0) {
            throw new IllegalArgumentException("roll days must be 0 or more, got " + rollDays);
        }
        String goldRoot = dataRoots.getOrDefault("MGC", "MGC");
        if (!goldRoot.equals("MGC")) {
            throw new IllegalArgumentException("gold is always MGC: data root " + goldRoot + " refused for MGC");
        }
        this.rest = rest;
        this.dataRoots = Map.copyOf(dataRoots);
        this.rollDays = rollDays;
    }

    /** The routes of {@code instruments} on {@code tradingDate}; one with no listed front month is left out and logged. */
    public ContractRoutes resolve(List<Instrument> instruments, LocalDate tradingDate) throws IOException, InterruptedException {
        List<ContractRoute> routes = new ArrayList<>();
        for (Instrument instrument : instruments) {
            String dataRoot = dataRoots.getOrDefault(instrument.symbol(), instrument.symbol());
            List<FuturesContract> listed = rest.contracts(dataRoot, tradingDate);
            Optional<FuturesContract> front = FrontMonth.on(tradingDate, listed, rollDays);
            if (front.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "no {0} front month listed on {1}: {2} gets no live data",
                        dataRoot, tradingDate, instrument.symbol());
                continue;
            }
            routes.add(new ContractRoute(instrument, dataRoot, front.get(), FrontMonth.rollDate(front.get(), rollDays)));
        }
        return new ContractRoutes(routes);
    }

    /** {@code MHG=HG,SIL=SI} → map; names are checked against the six contracts. */
    public static Map<String, String> parseDataRoots(String csv) {
        Map<String, String> roots = new java.util.LinkedHashMap<>();
        for (String pair : csv.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=");
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException("data roots are TRADED=DATA pairs, e.g. MHG=HG; got '" + pair + "'");
            }
            Instrument traded = Instruments.bySymbol(parts[0].trim()).orElseThrow(() ->
                    new IllegalArgumentException("unknown contract '" + parts[0].trim() + "' in data roots"));
            roots.put(traded.symbol(), parts[1].trim().toUpperCase(java.util.Locale.ROOT));
        }
        return roots;
    }
}
