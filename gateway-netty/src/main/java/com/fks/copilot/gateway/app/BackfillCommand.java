package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.backfill.Backfill;
import com.fks.copilot.gateway.backfill.BackfillRun;
import com.fks.copilot.gateway.backfill.BackfillSettings;
import com.fks.copilot.gateway.backfill.ProgressBar;
import com.fks.copilot.gateway.backfill.SymbolResult;
import com.fks.copilot.gateway.massive.MassiveRest;
import com.fks.copilot.gateway.massive.MassiveSettings;
import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.db.DbSettings;
import com.fks.copilot.journal.history.HistoricalBarStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.concurrent.Callable;

/**
 * {@code copilot backfill --days N [--symbols MGC,MNQ] --db-url ...}: one backfill run now, with a
 * progress bar per symbol; exits 0 when every symbol is filled, 1 when one failed, 2 on bad options.
 */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = {"Fetch 1-minute bars from Massive.com into PostgreSQL (historical_bars), from the",
                "latest stored bar (or --days back) up to now, chunk by chunk, with a progress bar.",
                "Running it again fetches only what is newer than the latest stored bar."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every symbol filled", "1:a symbol failed or the database was unreachable (reason on stderr)",
                "2:bad options (message on stderr)"})
public final class BackfillCommand implements Callable<Integer> {
    private static final int FAILED = 1;
    private static final int BAD_OPTIONS = 2;

    @CommandLine.Mixin
    DatabaseOptions database = new DatabaseOptions();

    @CommandLine.Mixin
    MassiveOptions massiveOptions = new MassiveOptions();

    @Option(names = "--days", defaultValue = "${env:BACKFILL_DAYS_BACK:-" + BackfillSettings.DEFAULT_DAYS_BACK + "}",
            description = "How many days back to fill (default: $BACKFILL_DAYS_BACK or ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--symbols", defaultValue = "${env:BACKFILL_SYMBOLS:-MGC,MNQ,MES,MCL,SIL,MHG}",
            description = "Comma-separated roots (default: $BACKFILL_SYMBOLS or ${DEFAULT-VALUE}).")
    String symbols;

    @Option(names = "--chunk-days", defaultValue = "${env:BACKFILL_CHUNK_DAYS:-" + BackfillSettings.DEFAULT_CHUNK_DAYS + "}",
            description = "Days per fetched and committed chunk (default: $BACKFILL_CHUNK_DAYS or ${DEFAULT-VALUE}).")
    int chunkDays;

    @Option(names = "--insert-batch", defaultValue = "${env:BACKFILL_INSERT_BATCH:-" + BackfillSettings.DEFAULT_INSERT_BATCH + "}",
            description = "Rows per INSERT (default: $BACKFILL_INSERT_BATCH or ${DEFAULT-VALUE}).")
    int insertBatch;

    @Option(names = "--roll-days", defaultValue = "${env:BACKFILL_ROLL_DAYS:-" + BackfillSettings.DEFAULT_ROLL_DAYS + "}",
            description = "Roll to the next contract this many days before the last trade date (default: ${DEFAULT-VALUE}).")
    int rollDays;

    @Option(names = "--data-roots", defaultValue = "${env:BACKFILL_DATA_ROOTS:-}",
            description = "Take a contract's bars from another product, e.g. MHG=HG,SIL=SI (default: each its own).")
    String dataRoots;

    @Override
    public Integer call() throws InterruptedException {
        DbSettings db;
        MassiveSettings massive;
        BackfillSettings plan;
        try {
            db = database.settings();
            massive = massiveOptions.settings();
            plan = new BackfillSettings(days, chunkDays, BackfillSettings.parseSymbols(symbols), insertBatch, rollDays,
                    BackfillSettings.parseDataRoots(dataRoots), BackfillSettings.DEFAULT_MIN_GAP_MINUTES);
        } catch (IllegalArgumentException e) {
            return refuse(BAD_OPTIONS, e.getMessage());
        }
        if (db == null) {
            return refuse(BAD_OPTIONS, "no database: pass --db-url or set COPILOT_DB_URL");
        }
        if (massive == null) {
            return refuse(BAD_OPTIONS, "no Massive key: pass --massive-key or set MASSIVE_API_KEY");
        }
        try (Database database = Database.open(db, "backfill-cli", 2)) {
            try {
                database.migrate();
            } catch (RuntimeException e) {
                return refuse(FAILED, "cannot prepare the database at " + db.redactedUrl() + ": " + e.getMessage());
            }
            HistoricalBarStore store = new HistoricalBarStore(database.dataSource(), plan.insertBatch());
            BackfillRun run = new Backfill(store, new MassiveRest(massive), plan, Clock.systemUTC())
                    .run(new ProgressBar(System.out));
            return report(run);
        }
    }

    private static int report(BackfillRun run) {
        System.out.printf(java.util.Locale.ROOT, "backfill %s: %,d bars added%n", run.succeeded() ? "complete" : "incomplete", run.barsAdded());
        for (SymbolResult result : run.symbols()) {
            if (!result.succeeded()) {
                System.err.println("backfill: " + result.symbol() + " failed: " + result.error());
            }
        }
        return run.succeeded() ? 0 : FAILED;
    }

    private static int refuse(int status, String message) {
        System.err.println("backfill: " + message);
        return status;
    }
}
