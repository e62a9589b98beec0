package com.fks.copilot.gateway;

import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.EngineStatus;

import java.nio.file.Files;
import java.nio.file.Path;

/** The engine state a {@code kill -9} inside a commit leaves, for tests of the recovery from it. */
final class TornState {
    private TornState() {
    }

    /**
     * As a {@code kill -9} between a commit's marker and its status leaves the maps of a stopped run's
     * {@code dataDir}: the marker ahead of the status, and no clean stop recorded.
     */
    static void cutTheLastCommitShort(Path dataDir) throws Exception {
        try (EngineStateStore store = EngineStateStore.open(dataDir)) {
            EngineStatus status = new EngineStatus();
            store.readStatus(status);
            store.beginCommit(status.appliedIndex + 1);
        }
        Files.delete(dataDir.resolve("state").resolve("CLEAN")); // the maps were never closed
    }
}
