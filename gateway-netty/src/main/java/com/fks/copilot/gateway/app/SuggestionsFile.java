package com.fks.copilot.gateway.app;

import java.nio.file.Path;

/** Where {@code optimize} leaves its suggestions in a data dir, for the dashboard to show the next morning. */
public final class SuggestionsFile {
    private SuggestionsFile() {
    }

    public static Path of(Path dataDir) {
        return dataDir.resolve("suggestions").resolve("latest.json");
    }
}
