package com.fks.copilot.gateway.app;

import com.fks.copilot.journal.db.DbSettings;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where the history database is; without a URL there is none (the embedded default). */
final class DatabaseOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--db-url", defaultValue = "${env:COPILOT_DB_URL}",
            description = "JDBC URL of the history database, e.g. jdbc:postgresql://localhost:5432/copilot"
                    + " (default: $COPILOT_DB_URL; none = no Postgres drain).")
    String url;

    @Option(names = "--db-user", defaultValue = "${env:COPILOT_DB_USER}", description = "Database user (default: $COPILOT_DB_USER).")
    String user;

    @Option(names = "--db-password", defaultValue = "${env:COPILOT_DB_PASSWORD}",
            description = "Database password (default: $COPILOT_DB_PASSWORD).")
    String password;

    /** The settings, or null when no URL is configured. */
    DbSettings settings() {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return new DbSettings(url.trim(), user, password);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(command.commandLine(), "--db-url: " + e.getMessage());
        }
    }
}
