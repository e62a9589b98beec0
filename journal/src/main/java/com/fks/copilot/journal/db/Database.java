package com.fks.copilot.journal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * The history database: a small HikariCP pool with batched inserts rewritten into multi-row
 * statements, and the schema brought up to date by Flyway. Opening never talks to Postgres, so the
 * app starts while the database is down; {@link #migrate()} does, and is retried by its callers.
 */
public final class Database implements AutoCloseable {
    private static final long CONNECT_TIMEOUT_MILLIS = 2_000;

    private final DbSettings settings;
    private final HikariDataSource pool;
    private volatile boolean migrated;

    private Database(DbSettings settings, HikariDataSource pool) {
        this.settings = settings;
        this.pool = pool;
    }

    public static Database open(DbSettings settings, String poolName, int maxConnections) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(Math.max(2, maxConnections)); // Flyway holds a second connection while it migrates
        config.setMinimumIdle(0);
        config.setAutoCommit(false);
        // fail fast while Postgres is down, so the drain backs off and reports instead of hanging
        config.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("socketTimeout", "30");
        return new Database(settings, new HikariDataSource(config));
    }

    /** Applies any pending Flyway migration (idempotent; cheap once done). */
    public void migrate() {
        if (migrated) {
            return;
        }
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        migrated = true;
    }

    public boolean migrated() {
        return migrated;
    }

    public DataSource dataSource() {
        return pool;
    }

    public DbSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        pool.close();
    }
}
