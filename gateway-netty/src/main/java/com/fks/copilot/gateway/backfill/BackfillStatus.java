package com.fks.copilot.gateway.backfill;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code GET /backfill/status} shows: overall running or idle, the last run, and per symbol its
 * state, bars stored, latest bar and last error. Written by the backfill thread, read by HTTP
 * threads; every method is synchronised (a few calls per chunk, never on the engine thread).
 */
public final class BackfillStatus implements BackfillProgress {
    private final Map<String, SymbolState> symbols = new LinkedHashMap<>();
    private boolean running;
    private Instant lastStarted;
    private Instant lastFinished;
    private String lastOutcome;
    private long lastBarsAdded;

    private static final class SymbolState {
        String state = "not run";
        Long barsStored;
        long barsAddedThisRun;
        Instant latestBar;
        int chunk;
        int chunks;
        String lastError;
    }

    public BackfillStatus(List<String> configured) {
        configured.forEach(s -> symbols.put(s, new SymbolState()));
    }

    public synchronized boolean running() {
        return running;
    }

    @Override
    public synchronized void runStarted(List<String> names) {
        running = true;
        lastStarted = Instant.now();
        lastFinished = null;
        lastOutcome = null;
        for (String name : names) {
            SymbolState state = symbol(name);
            state.state = "queued";
            state.barsAddedThisRun = 0;
            state.chunk = 0;
            state.chunks = 0;
        }
    }

    @Override
    public synchronized void symbolStarted(String name, Instant from, Instant to, int chunks, long barsStored) {
        SymbolState state = symbol(name);
        state.state = "running";
        state.chunks = chunks;
        state.barsStored = barsStored;
    }

    @Override
    public synchronized void chunkStored(String name, int chunk, int chunks, String ticker, int fetched, int added,
                                         Instant latestBar) {
        SymbolState state = symbol(name);
        state.chunk = chunk;
        state.barsAddedThisRun += added;
        state.barsStored = state.barsStored == null ? added : state.barsStored + added;
        state.latestBar = latestBar;
    }

    @Override
    public synchronized void symbolFinished(SymbolResult result) {
        SymbolState state = symbol(result.symbol());
        state.state = result.succeeded() ? "done" : "failed";
        state.barsAddedThisRun = result.barsAdded();
        if (result.barsStored() >= 0) {
            state.barsStored = result.barsStored();
        }
        if (result.latestBar() != null) {
            state.latestBar = result.latestBar();
        }
        state.lastError = result.error();
    }

    @Override
    public synchronized void runFinished(BackfillRun run) {
        running = false;
        lastFinished = run.finished();
        lastOutcome = run.succeeded() ? "ok" : "failed";
        lastBarsAdded = run.barsAdded();
    }

    /** What the table already holds for {@code name}, read when the app starts; a running backfill's figures win. */
    public synchronized void stored(String name, long barsStored, Instant latestBar) {
        SymbolState state = symbol(name);
        if (state.barsStored == null) {
            state.barsStored = barsStored;
            state.latestBar = latestBar;
        }
    }

    /** A run that could not start at all (e.g. the database is down). */
    public synchronized void runFailed(String error) {
        running = false;
        lastFinished = Instant.now();
        lastOutcome = "failed: " + error;
        lastBarsAdded = 0;
    }

    /** The status as JSON-ready maps, snake_case like the rest of the API. */
    public synchronized Map<String, Object> toJson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", running ? "running" : "idle");
        Map<String, Object> last = null;
        if (lastStarted != null) {
            last = new LinkedHashMap<>();
            last.put("started", lastStarted.toString());
            last.put("finished", lastFinished == null ? null : lastFinished.toString());
            last.put("outcome", lastOutcome);
            last.put("bars_added", lastFinished == null ? null : lastBarsAdded);
        }
        body.put("last_run", last);
        List<Map<String, Object>> rows = new ArrayList<>();
        symbols.forEach((name, state) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("symbol", name);
            row.put("state", state.state);
            row.put("bars_stored", state.barsStored);
            row.put("bars_added_last_run", state.barsAddedThisRun);
            row.put("latest_bar", state.latestBar == null ? null : state.latestBar.toString());
            row.put("chunk", state.chunk);
            row.put("chunks", state.chunks);
            row.put("last_error", state.lastError);
            rows.add(row);
        });
        body.put("symbols", rows);
        return body;
    }

    private SymbolState symbol(String name) {
        return symbols.computeIfAbsent(name, n -> new SymbolState());
    }
}
