package com.fks.copilot.gateway.backfill;

import java.time.Instant;
import java.util.List;

/**
 * What a running backfill reports, in order: run started, then per symbol started → chunks →
 * finished, then run finished. Called on the backfill's own thread; implementations that are read
 * elsewhere synchronise themselves.
 */
public interface BackfillProgress {
    default void runStarted(List<String> symbols) {
    }

    /** @param barsStored bars of the symbol already in the table */
    default void symbolStarted(String symbol, Instant from, Instant to, int chunks, long barsStored) {
    }

    /**
     * One fetched stretch stored (a chunk, or the part of it before or after a contract roll).
     *
     * @param chunk   1-based chunk number out of {@code chunks}
     * @param fetched bars Massive returned
     * @param added   of those, bars that were new
     */
    default void chunkStored(String symbol, int chunk, int chunks, String ticker, int fetched, int added,
                             Instant latestBar) {
    }

    default void symbolFinished(SymbolResult result) {
    }

    default void runFinished(BackfillRun run) {
    }

    /** Tells every one of {@code listeners}, in order. */
    static BackfillProgress all(BackfillProgress... listeners) {
        return new BackfillProgress() {
            @Override
            public void runStarted(List<String> symbols) {
                for (BackfillProgress l : listeners) {
                    l.runStarted(symbols);
                }
            }

            @Override
            public void symbolStarted(String symbol, Instant from, Instant to, int chunks, long barsStored) {
                for (BackfillProgress l : listeners) {
                    l.symbolStarted(symbol, from, to, chunks, barsStored);
                }
            }

            @Override
            public void chunkStored(String symbol, int chunk, int chunks, String ticker, int fetched, int added,
                                    Instant latestBar) {
                for (BackfillProgress l : listeners) {
                    l.chunkStored(symbol, chunk, chunks, ticker, fetched, added, latestBar);
                }
            }

            @Override
            public void symbolFinished(SymbolResult result) {
                for (BackfillProgress l : listeners) {
                    l.symbolFinished(result);
                }
            }

            @Override
            public void runFinished(BackfillRun run) {
                for (BackfillProgress l : listeners) {
                    l.runFinished(run);
                }
            }
        };
    }
}
