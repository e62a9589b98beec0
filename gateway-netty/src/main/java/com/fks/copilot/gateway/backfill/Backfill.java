package com.fks.copilot.gateway.backfill;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.gateway.massive.AggregateBar;
import com.fks.copilot.gateway.massive.FuturesContract;
import com.fks.copilot.gateway.massive.MassiveRest;
import com.fks.copilot.journal.history.GlobexSchedule;
import com.fks.copilot.journal.history.HistoricalBar;
import com.fks.copilot.journal.history.HistoricalBarStore;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fills {@code historical_bars} with 1-minute bars from Massive, symbol by symbol, from the later of
 * (latest stored bar + 1 minute) and (now − days back) up to the current minute, in chunks of
 * {@code chunkDays}, each chunk from the contract that was the front month then and committed on
 * its own. Because chunks run oldest first and commit whole, everything before the latest stored
 * bar has been fetched, so a second run fetches only what is newer. A symbol that fails is
 * reported and the next one still runs. Blocking; run it on its own thread.
 */
public final class Backfill {
    private final HistoricalBarStore store;
    private final MassiveRest massive;
    private final BackfillSettings settings;
    private final Clock clock;

    public Backfill(HistoricalBarStore store, MassiveRest massive, BackfillSettings settings, Clock clock) {
        this.store = store;
        this.massive = massive;
        this.settings = settings;
        this.clock = clock;
    }

    public BackfillRun run(BackfillProgress progress) throws InterruptedException {
        Instant started = clock.instant();
        progress.runStarted(settings.symbols().stream().map(Instrument::symbol).toList());
        List<SymbolResult> results = new ArrayList<>();
        for (Instrument instrument : settings.symbols()) {
            SymbolResult result = fill(instrument, started.truncatedTo(ChronoUnit.MINUTES), progress);
            progress.symbolFinished(result);
            results.add(result);
        }
        BackfillRun run = new BackfillRun(started, clock.instant(), List.copyOf(results));
        progress.runFinished(run);
        return run;
    }

    private SymbolResult fill(Instrument instrument, Instant now, BackfillProgress progress) throws InterruptedException {
        String symbol = instrument.symbol();
        long added = 0;
        try {
            Instant windowStart = now.minus(Duration.ofDays(settings.daysBack()));
            Optional<Instant> latest = store.latestBarTime(symbol);
            Instant from = latest.map(t -> t.plus(Duration.ofMinutes(1))).filter(t -> t.isAfter(windowStart))
                    .orElse(windowStart);
            Duration chunk = Duration.ofDays(settings.chunkDays());
            int chunks = chunksBetween(from, now, chunk);
            progress.symbolStarted(symbol, from, now, chunks, store.count(symbol));
            ContractCalendar calendar = new ContractCalendar(massive, settings.dataRoot(instrument), settings.rollDays());
            for (int i = 0; i < chunks; i++) {
                Instant chunkStart = from.plus(chunk.multipliedBy(i));
                Instant chunkEnd = min(chunkStart.plus(chunk), now);
                added += fillChunk(symbol, calendar, chunkStart, chunkEnd, i + 1, chunks, progress);
            }
            return finished(symbol, added, null);
        } catch (IOException | SQLException | RuntimeException e) {
            return finished(symbol, added, describe(e));
        }
    }

    /** One chunk, split where the front month rolls so each stretch comes from the right contract. */
    private long fillChunk(String symbol, ContractCalendar calendar, Instant start, Instant end, int chunk, int chunks,
                           BackfillProgress progress) throws IOException, InterruptedException, SQLException {
        long added = 0;
        Instant cursor = start;
        while (cursor.isBefore(end)) {
            FuturesContract contract = calendar.frontMonthOn(GlobexSchedule.tradingDate(cursor));
            Instant stretchEnd = min(end, GlobexSchedule.tradingDateStart(calendar.rollDate(contract)));
            List<AggregateBar> fetched = massive.minuteBars(contract.ticker(), cursor, stretchEnd);
            List<HistoricalBar> bars = new ArrayList<>(fetched.size());
            for (AggregateBar bar : fetched) {
                if (!bar.windowStart().isBefore(cursor) && bar.windowStart().isBefore(stretchEnd)) {
                    bars.add(new HistoricalBar(symbol, bar.windowStart(), bar.open(), bar.high(), bar.low(), bar.close(),
                            bar.volume(), "massive:" + contract.ticker()));
                }
            }
            int stored = store.insert(bars);
            added += stored;
            progress.chunkStored(symbol, chunk, chunks, contract.ticker(), fetched.size(), stored,
                    store.latestBarTime(symbol).orElse(null));
            cursor = stretchEnd;
        }
        return added;
    }

    /** Chunks of {@code chunk} needed to cover [from, to), the last one possibly shorter; 0 when there is nothing to cover. */
    static int chunksBetween(Instant from, Instant to, Duration chunk) {
        if (!from.isBefore(to)) {
            return 0;
        }
        long millis = Duration.between(from, to).toMillis();
        return (int) ((millis + chunk.toMillis() - 1) / chunk.toMillis());
    }

    private SymbolResult finished(String symbol, long added, String error) {
        try {
            return new SymbolResult(symbol, added, store.count(symbol), store.latestBarTime(symbol).orElse(null), error);
        } catch (SQLException e) {
            return new SymbolResult(symbol, added, -1, null, error != null ? error : describe(e));
        }
    }

    private static String describe(Exception e) {
        return e instanceof SQLException ? "database: " + e.getMessage() : e.getMessage() != null ? e.getMessage()
                : e.getClass().getSimpleName();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
