package com.fks.copilot.gateway.backfill;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a backfill fetches (TASK-204's BACKFILL_* settings).
 *
 * @param daysBack      how far back from now bars are wanted
 * @param chunkDays     days of bars per fetch, logged and committed chunk by chunk
 * @param symbols       the contracts to fill, traded roots
 * @param insertBatch   rows per INSERT
 * @param rollDays      calendar days before a contract's last trade date that its successor becomes the front month
 * @param dataRoots     traded root → root whose data stands in for it (e.g. MHG → HG); absent = the traded root
 * @param minGapMinutes shortest run of missing trading minutes the gap report lists
 */
public record BackfillSettings(int daysBack, int chunkDays, List<Instrument> symbols, int insertBatch, int rollDays,
                               Map<String, String> dataRoots, int minGapMinutes) {
    public static final int DEFAULT_DAYS_BACK = 30;
    public static final int DEFAULT_CHUNK_DAYS = 5;
    public static final int DEFAULT_INSERT_BATCH = 1_000;
    public static final int DEFAULT_ROLL_DAYS = 8;
    public static final int DEFAULT_MIN_GAP_MINUTES = 30;

    public BackfillSettings {
        positive(daysBack, "days back");
        positive(chunkDays, "chunk days");
        positive(insertBatch, "insert batch");
        if (rollDays < 0) {
            throw new IllegalArgumentException("roll days must be 0 or more, got " + rollDays);
        }
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("no symbols to backfill");
        }
        symbols = List.copyOf(symbols);
        dataRoots = Map.copyOf(dataRoots);
    }

    /** All six contracts, a month back, five days a chunk, each its own data root. */
    public static BackfillSettings defaults() {
        return new BackfillSettings(DEFAULT_DAYS_BACK, DEFAULT_CHUNK_DAYS, Instruments.all(), DEFAULT_INSERT_BATCH,
                DEFAULT_ROLL_DAYS, Map.of(), DEFAULT_MIN_GAP_MINUTES);
    }

    /**
     * From TASK-204's variables: BACKFILL_DAYS_BACK, BACKFILL_CHUNK_DAYS, BACKFILL_SYMBOLS,
     * BACKFILL_INSERT_BATCH, plus BACKFILL_ROLL_DAYS and BACKFILL_DATA_ROOTS ({@code MHG=HG,SIL=SI});
     * each unset one keeps its default.
     */
    public static BackfillSettings fromEnvironment(Map<String, String> env) {
        BackfillSettings d = defaults();
        return new BackfillSettings(number(env, "BACKFILL_DAYS_BACK", d.daysBack()),
                number(env, "BACKFILL_CHUNK_DAYS", d.chunkDays()),
                env.containsKey("BACKFILL_SYMBOLS") ? parseSymbols(env.get("BACKFILL_SYMBOLS")) : d.symbols(),
                number(env, "BACKFILL_INSERT_BATCH", d.insertBatch()), number(env, "BACKFILL_ROLL_DAYS", d.rollDays()),
                parseDataRoots(env.getOrDefault("BACKFILL_DATA_ROOTS", "")), d.minGapMinutes());
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
    }

    public BackfillSettings withDaysBack(int days) {
        return new BackfillSettings(days, chunkDays, symbols, insertBatch, rollDays, dataRoots, minGapMinutes);
    }

    public BackfillSettings withSymbols(List<Instrument> chosen) {
        return new BackfillSettings(daysBack, chunkDays, chosen, insertBatch, rollDays, dataRoots, minGapMinutes);
    }

    /** The product whose contracts are fetched for {@code instrument}. */
    public String dataRoot(Instrument instrument) {
        return dataRoots.getOrDefault(instrument.symbol(), instrument.symbol());
    }

    /** {@code MGC,MNQ} → instruments; an unknown name fails naming it. */
    public static List<Instrument> parseSymbols(String csv) {
        List<Instrument> chosen = new ArrayList<>();
        for (String name : csv.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Instrument instrument = Instruments.bySymbol(name)
                    .orElseThrow(() -> new IllegalArgumentException("unknown symbol '" + name.trim() + "'; expected "
                            + String.join(", ", Instruments.all().stream().map(Instrument::symbol).toList())));
            if (!chosen.contains(instrument)) {
                chosen.add(instrument);
            }
        }
        return chosen;
    }

    /** {@code MHG=HG,SIL=SI} → a map of traded root to data root. */
    public static Map<String, String> parseDataRoots(String text) {
        Map<String, String> roots = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] sides = pair.split("=");
            if (sides.length != 2 || sides[1].isBlank()) {
                throw new IllegalArgumentException("data roots must look like MHG=HG,SIL=SI, got '" + pair.trim() + "'");
            }
            String traded = parseSymbols(sides[0]).get(0).symbol();
            roots.put(traded, sides[1].trim().toUpperCase(Locale.ROOT));
        }
        return roots;
    }

    private static void positive(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + value);
        }
    }
}
