package com.fks.copilot.gateway.backfill;

import java.time.Instant;

/**
 * How one symbol's backfill ended.
 *
 * @param barsAdded  bars stored that were not stored before
 * @param barsStored all bars of the symbol in the table afterwards; -1 when the database could not say
 * @param latestBar  the newest stored bar afterwards; null when none is stored
 * @param error      why it stopped early; null when it finished
 */
public record SymbolResult(String symbol, long barsAdded, long barsStored, Instant latestBar, String error) {
    public boolean succeeded() {
        return error == null;
    }
}
