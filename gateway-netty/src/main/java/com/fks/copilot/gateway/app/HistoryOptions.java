package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.backfill.BackfillSettings;
import com.fks.copilot.gateway.backfill.BackfillSetup;
import com.fks.copilot.gateway.massive.MassiveSettings;
import com.fks.copilot.journal.db.DbSettings;
import picocli.CommandLine.Option;

import java.net.URI;

/** Where history is stored (Postgres) and fetched from (Massive REST): options every subcommand that needs them mixes in. */
final class HistoryOptions {
    @Option(names = "--db-url", defaultValue = "${env:COPILOT_DB_URL}", paramLabel = "JDBC_URL",
            description = "PostgreSQL for history, jdbc:postgresql://host:port/db (default: $COPILOT_DB_URL; none = no database).")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:COPILOT_DB_USER}", description = "Database user (default: $COPILOT_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:COPILOT_DB_PASSWORD}", description = "Database password (default: $COPILOT_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--massive-key", defaultValue = "${env:MASSIVE_API_KEY}",
            description = "Massive.com API key (default: $MASSIVE_API_KEY; none = no backfill runs).")
    String massiveKey;

    @Option(names = "--massive-url", defaultValue = "${env:MASSIVE_REST_URL:-https://api.massive.com}",
            description = "Massive REST base URL (default: $MASSIVE_REST_URL or ${DEFAULT-VALUE}).")
    URI massiveUrl;

    @Option(names = "--requests-per-minute", defaultValue = "${env:MASSIVE_REQUESTS_PER_MINUTE:-0}",
            description = "Space Massive requests to this many a minute; the free tier allows 5 (default: ${DEFAULT-VALUE} = unspaced).")
    int requestsPerMinute;

    DbSettings db() {
        return dbUrl == null || dbUrl.isBlank() ? null : new DbSettings(dbUrl.trim(), dbUser, dbPassword);
    }

    MassiveSettings massive() {
        return massiveKey == null || massiveKey.isBlank() ? null
                : MassiveSettings.of(massiveUrl, massiveKey.trim(), requestsPerMinute);
    }

    /** The backfill of a server run (plan from the BACKFILL_* variables), or null without a database. */
    BackfillSetup serverSetup() {
        DbSettings db = db();
        return db == null ? null : new BackfillSetup(db, massive(), BackfillSettings.fromEnvironment(System.getenv()));
    }
}
