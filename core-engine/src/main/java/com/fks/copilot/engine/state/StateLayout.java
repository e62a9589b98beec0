package com.fks.copilot.engine.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The version of the maps' value layouts, kept beside them in {@code state/LAYOUT}. The maps are derived
 * state: when a build changes how a value is laid out, the old map files are deleted and recovery rebuilds
 * them from the input journal (the truth), rather than reading old bytes as new fields.
 */
final class StateLayout {
    /**
     * Bump whenever a map value's marshalled form changes. 2: trade records carry an account, the execution book
     * its day's round trips; 3: a plan line says how many bars and sessions it was computed from.
     */
    static final int CURRENT = 3;
    private static final System.Logger LOG = System.getLogger("copilot.state");
    private static final String FILE = "LAYOUT";

    private StateLayout() {
    }

    /** Makes {@code dir} hold maps of the {@link #CURRENT} layout: leaves matching ones, deletes others; true when it deleted. */
    static boolean prepare(Path dir) throws IOException {
        Path marker = dir.resolve(FILE);
        String found = Files.exists(marker) ? Files.readString(marker, StandardCharsets.US_ASCII).trim() : null;
        boolean stale = false;
        if (!String.valueOf(CURRENT).equals(found)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path map : files.filter(f -> f.getFileName().toString().endsWith(".dat")).toList()) {
                    Files.delete(map);
                    stale = true;
                }
            }
            if (stale) {
                LOG.log(System.Logger.Level.WARNING, "engine state under " + dir + " has layout " + (found == null ? "1" : found)
                        + ", this build uses " + CURRENT + ": rebuilding it from the input journal");
            }
            Files.writeString(marker, String.valueOf(CURRENT), StandardCharsets.US_ASCII);
        }
        return stale;
    }
}
