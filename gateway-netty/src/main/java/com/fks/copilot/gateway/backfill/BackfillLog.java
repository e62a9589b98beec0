package com.fks.copilot.gateway.backfill;

import java.time.Instant;
import java.util.List;

/** Logs a backfill's progress per symbol and per chunk. */
public final class BackfillLog implements BackfillProgress {
    private static final System.Logger LOG = System.getLogger("copilot.backfill");

    @Override
    public void runStarted(List<String> symbols) {
        LOG.log(System.Logger.Level.INFO, "backfill started: {0}", String.join(", ", symbols));
    }

    @Override
    public void symbolStarted(String symbol, Instant from, Instant to, int chunks, long barsStored) {
        if (chunks == 0) {
            LOG.log(System.Logger.Level.INFO, "backfill {0}: up to date ({1} bars stored)", symbol, barsStored);
        } else {
            LOG.log(System.Logger.Level.INFO, "backfill {0}: {1} → {2} in {3} chunks ({4} bars stored)",
                    symbol, from, to, chunks, barsStored);
        }
    }

    @Override
    public void chunkStored(String symbol, int chunk, int chunks, String ticker, int fetched, int added,
                            Instant latestBar) {
        LOG.log(System.Logger.Level.INFO, "backfill {0} chunk {1}/{2} from {3}: {4} bars fetched, {5} new, latest {6}",
                symbol, chunk, chunks, ticker, fetched, added, latestBar);
    }

    @Override
    public void symbolFinished(SymbolResult result) {
        if (result.succeeded()) {
            LOG.log(System.Logger.Level.INFO, "backfill {0} done: {1} bars added, {2} stored, latest {3}",
                    result.symbol(), result.barsAdded(), result.barsStored(), result.latestBar());
        } else {
            LOG.log(System.Logger.Level.WARNING, "backfill {0} failed after {1} bars added: {2}",
                    result.symbol(), result.barsAdded(), result.error());
        }
    }

    @Override
    public void runFinished(BackfillRun run) {
        LOG.log(System.Logger.Level.INFO, "backfill {0}: {1} bars added",
                run.succeeded() ? "finished" : "finished with failures", run.barsAdded());
    }
}
