package com.fks.copilot.gateway.backfill;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.gateway.massive.MassiveRest;
import com.fks.copilot.gateway.massive.MassiveSettings;
import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.db.DbSettings;
import com.fks.copilot.journal.history.GapReport;
import com.fks.copilot.journal.history.HistoricalBarStore;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The backfill inside the running app: one run at a time on its own thread (never the engine's),
 * its status, and gap reports computed off the HTTP threads. Without a Massive key it still
 * answers status and gap reports from the database but never runs.
 */
public final class BackfillService implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("copilot.backfill");

    private final Database database;
    /** False when the app's history pool is shared: the app closes it. */
    private final boolean ownsDatabase;
    private final HistoricalBarStore store;
    private final MassiveRest massive;
    private final BackfillSettings settings;
    private final Clock clock;
    private final BackfillStatus status;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("backfill"));
    private final ExecutorService queries = Executors.newFixedThreadPool(2, daemon("backfill-query"));

    private BackfillService(Database database, boolean ownsDatabase, MassiveRest massive, BackfillSettings settings,
                            Clock clock) {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        this.store = new HistoricalBarStore(database.dataSource(), settings.insertBatch());
        this.massive = massive;
        this.settings = settings;
        this.clock = clock;
        this.status = new BackfillStatus(settings.symbols().stream().map(Instrument::symbol).toList());
    }

    /**
     * Opens the database pool (no connection yet) and, when {@code massiveSettings} is not null, the
     * Massive client.
     */
    public static BackfillService open(DbSettings db, MassiveSettings massiveSettings, BackfillSettings settings,
                                       Clock clock) {
        return start(new BackfillService(Database.open(db, "backfill", 3), true, massive(massiveSettings), settings, clock));
    }

    /** On the app's own history pool, which stays the app's to close. */
    public static BackfillService open(Database shared, MassiveSettings massiveSettings, BackfillSettings settings,
                                       Clock clock) {
        return start(new BackfillService(shared, false, massive(massiveSettings), settings, clock));
    }

    private static MassiveRest massive(MassiveSettings settings) {
        return settings == null ? null : new MassiveRest(settings);
    }

    private static BackfillService start(BackfillService service) {
        service.worker.execute(service::readWhatIsStored);
        return service;
    }

    /** Fills the status with the stored bars per symbol, so it means something before the first run. */
    private void readWhatIsStored() {
        try {
            database.migrate();
            for (Instrument instrument : settings.symbols()) {
                String symbol = instrument.symbol();
                status.stored(symbol, store.count(symbol), store.latestBarTime(symbol).orElse(null));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "backfill status: cannot read the stored bars yet: " + e.getMessage());
        }
    }

    /** True when a Massive key is configured, so runs can start. */
    public boolean canRun() {
        return massive != null;
    }

    /**
     * Starts a run on the backfill thread unless one is running or no key is configured.
     *
     * @param why logged, e.g. "session changed to OFF-HOURS"
     * @return the run, or empty when none was started
     */
    public Optional<Future<BackfillRun>> start(String why) {
        if (massive == null) {
            LOG.log(System.Logger.Level.INFO, "backfill not started ({0}): no MASSIVE_API_KEY", why);
            return Optional.empty();
        }
        if (!running.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.INFO, "backfill not started ({0}): a run is in progress", why);
            return Optional.empty();
        }
        LOG.log(System.Logger.Level.INFO, "backfill starting: {0}", why);
        return Optional.of(worker.submit(this::runOnce));
    }

    private BackfillRun runOnce() throws Exception {
        try {
            database.migrate();
            return new Backfill(store, massive, settings, clock).run(BackfillProgress.all(new BackfillLog(), status));
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "backfill could not run: " + e);
            status.runFailed(String.valueOf(e.getMessage()));
            throw e;
        } finally {
            running.set(false);
        }
    }

    /** The gap report of {@code instrument} over the last {@code days} days, computed off the caller's thread. */
    public CompletableFuture<GapReport> gaps(Instrument instrument, int days) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                database.migrate();
                Instant to = clock.instant().truncatedTo(ChronoUnit.MINUTES);
                return store.gapReport(instrument.symbol(), to.minus(Duration.ofDays(days)), to, settings.minGapMinutes());
            } catch (SQLException e) {
                throw new IllegalStateException("database: " + e.getMessage(), e);
            }
        }, queries);
    }

    public BackfillStatus status() {
        return status;
    }

    public BackfillSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        worker.shutdownNow();
        queries.shutdownNow();
        if (ownsDatabase) {
            database.close();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
