package com.fks.copilot.journal.db;

import java.util.Objects;

/** Where the history database is: a JDBC URL and its credentials. */
public record DbSettings(String url, String user, String password) {
    public DbSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("db url must be a jdbc:postgresql: URL, got " + url);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The URL with any password query parameter removed, for logs and /health. */
    public String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
