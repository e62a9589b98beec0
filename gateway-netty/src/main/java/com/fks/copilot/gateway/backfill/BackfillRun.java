package com.fks.copilot.gateway.backfill;

import java.time.Instant;
import java.util.List;

/** One pass over the configured symbols. */
public record BackfillRun(Instant started, Instant finished, List<SymbolResult> symbols) {
    public boolean succeeded() {
        return symbols.stream().allMatch(SymbolResult::succeeded);
    }

    public long barsAdded() {
        return symbols.stream().mapToLong(SymbolResult::barsAdded).sum();
    }
}
