package com.fks.copilot.gateway.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory for state nobody keeps (a warm-up's, a backtest's engine, a benchmark trial's), deleted with all it
 * holds on close.
 */
public final class ScratchDir implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("copilot");
    private final Path path;

    private ScratchDir(Path path) {
        this.path = path;
    }

    /** A new empty directory under the system's temporary directory, named {@code prefix…}. */
    public static ScratchDir create(String prefix) {
        try {
            return new ScratchDir(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch directory " + prefix + "…", e);
        }
    }

    public Path path() {
        return path;
    }

    /** Deletes the directory; what cannot be deleted is logged and left. Close what is open under it first. */
    @Override
    public void close() {
        try {
            deleteTree(path);
        } catch (UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, "scratch directory " + path + " left behind: " + e.getMessage());
        }
    }

    /** Deletes {@code dir} and everything below it; nothing when it does not exist. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path file : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
