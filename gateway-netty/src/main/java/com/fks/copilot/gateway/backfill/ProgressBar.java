package com.fks.copilot.gateway.backfill;

import java.io.PrintStream;
import java.time.Instant;

/**
 * A text progress bar per symbol for the CLI, redrawn in place after each chunk:
 * {@code MGC  [##########----------]  3/6 chunks   4,140 bars new}.
 */
public final class ProgressBar implements BackfillProgress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private long addedSoFar;

    public ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void symbolStarted(String symbol, Instant from, Instant to, int chunks, long barsStored) {
        addedSoFar = 0;
        draw(symbol, 0, chunks);
    }

    @Override
    public void chunkStored(String symbol, int chunk, int chunks, String ticker, int fetched, int added,
                            Instant latestBar) {
        addedSoFar += added;
        draw(symbol, chunk, chunks);
    }

    @Override
    public void symbolFinished(SymbolResult result) {
        out.println(result.succeeded()
                ? "  done, " + result.barsStored() + " stored, latest " + result.latestBar()
                : "  FAILED: " + result.error());
        out.flush();
    }

    /** The bar text for {@code done} of {@code total} chunks. */
    static String bar(int done, int total) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
    }

    private void draw(String symbol, int done, int total) {
        out.printf(java.util.Locale.ROOT, "\r%-4s %s %3d/%-3d chunks %,9d bars new", symbol, bar(done, total), done, total, addedSoFar);
        out.flush();
    }
}
