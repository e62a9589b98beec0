package com.fks.copilot.gateway.verify;

import com.fks.copilot.gateway.verify.Check.Result;
import com.fks.copilot.gateway.verify.Check.Severity;
import com.fks.copilot.journal.db.DbSettings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * The history database, when a URL is given: it answers, Flyway has migrated it, and a write goes
 * through. The write touches only a temporary table of this session (dropped at commit), never the
 * history tables. One connection serves the three checks.
 */
public final class PostgresChecks implements AutoCloseable {
    private final DbSettings settings;
    private Connection connection;
    /** Why the first connection failed: the later checks say so instead of waiting for the same refusal again. */
    private SQLException unreachable;

    /** @param settings where the database is, or null when none was given (every check is then SKIP) */
    public PostgresChecks(DbSettings settings) {
        this.settings = settings;
    }

    public List<Probe> probes() {
        return List.of(Probe.of("postgres reachable", Severity.CRITICAL, this::reachable),
                Probe.of("postgres migrated", Severity.CRITICAL, this::migrated),
                Probe.of("postgres write round trip", Severity.CRITICAL, this::writeRoundTrip));
    }

    Result reachable() throws SQLException {
        if (settings == null) {
            return notGiven();
        }
        try (Statement statement = connection().createStatement();
             ResultSet version = statement.executeQuery("SHOW server_version")) {
            version.next();
            return Result.pass(settings.redactedUrl() + ", PostgreSQL " + version.getString(1));
        }
    }

    /** Flyway has run: its history table has successful rows and no failed one. */
    Result migrated() throws SQLException {
        if (settings == null) {
            return notGiven();
        }
        String sql = "SELECT count(*) FILTER (WHERE success), count(*) FILTER (WHERE NOT success),"
                + " max(installed_rank) FILTER (WHERE success) FROM flyway_schema_history";
        try (Statement statement = connection().createStatement()) {
            if (!tableExists("flyway_schema_history")) {
                return Result.fail("no flyway_schema_history: not migrated (the app migrates when it starts with --db-url)");
            }
            try (ResultSet counts = statement.executeQuery(sql)) {
                counts.next();
                int applied = counts.getInt(1);
                int failed = counts.getInt(2);
                String latest = latestVersion();
                return Result.of(applied > 0 && failed == 0, applied + " migrations applied" + (latest == null ? "" : ", at version " + latest)
                        + (failed > 0 ? ", " + failed + " FAILED" : ""));
            }
        } finally {
            connection().rollback();
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (PreparedStatement exists = connection().prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            exists.setString(1, table);
            try (ResultSet answer = exists.executeQuery()) {
                return answer.next() && answer.getBoolean(1);
            }
        }
    }

    private String latestVersion() throws SQLException {
        try (Statement statement = connection().createStatement();
             ResultSet latest = statement.executeQuery("SELECT version FROM flyway_schema_history WHERE success"
                     + " AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return latest.next() ? latest.getString(1) : null;
        }
    }

    /** INSERT, SELECT and DELETE of one row in a temporary table of this session, then commit (which drops the table). */
    Result writeRoundTrip() throws SQLException {
        if (settings == null) {
            return notGiven();
        }
        Connection db = connection();
        String token = UUID.randomUUID().toString();
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE copilot_verify_probe (token text PRIMARY KEY, at timestamptz NOT NULL"
                    + " DEFAULT now()) ON COMMIT DROP");
            int inserted;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO copilot_verify_probe (token) VALUES (?)")) {
                insert.setString(1, token);
                inserted = insert.executeUpdate();
            }
            String read;
            try (PreparedStatement select = db.prepareStatement("SELECT token FROM copilot_verify_probe WHERE token = ?")) {
                select.setString(1, token);
                try (ResultSet row = select.executeQuery()) {
                    read = row.next() ? row.getString(1) : null;
                }
            }
            int deleted;
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM copilot_verify_probe WHERE token = ?")) {
                delete.setString(1, token);
                deleted = delete.executeUpdate();
            }
            db.commit();
            return Result.of(inserted == 1 && token.equals(read) && deleted == 1, "INSERT " + inserted + ", SELECT "
                    + (token.equals(read) ? "found it" : "did not find it") + ", DELETE " + deleted + " (temporary table)");
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    private static Result notGiven() {
        return Result.skip("no --db-url (or COPILOT_DB_URL)");
    }

    private Connection connection() throws SQLException {
        if (unreachable != null) {
            throw new SQLException("not checked: Postgres is not reachable (above)", unreachable);
        }
        if (connection == null) {
            Properties properties = new Properties();
            properties.setProperty("user", settings.user());
            properties.setProperty("password", settings.password());
            properties.setProperty("connectTimeout", "5");
            properties.setProperty("socketTimeout", "15");
            properties.setProperty("ApplicationName", "copilot verify");
            try {
                connection = DriverManager.getConnection(settings.url(), properties);
            } catch (SQLException e) {
                unreachable = e;
                throw e;
            }
            connection.setAutoCommit(false);
        }
        return connection;
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the process is ending; the server drops the session and its temporary table
            }
        }
    }
}
