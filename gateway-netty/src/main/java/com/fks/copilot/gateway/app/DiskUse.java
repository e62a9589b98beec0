package com.fks.copilot.gateway.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a directory and each folder directly in it take on disk. Chronicle's journal files are sparse (80 MiB long
 * from their first entry), so their length says little: {@code du} counts the blocks in use. Where there is no
 * {@code du} (Windows) the lengths stand in, and {@link #measuredBy} says so.
 *
 * @param bytesByFolder bytes under each folder directly in the directory, by its name
 */
record DiskUse(long totalBytes, Map<String, Long> bytesByFolder, String measuredBy) {
    private static final System.Logger LOG = System.getLogger("copilot");
    static final String DU = "du";
    static final String FILE_SIZES = "file sizes";

    long folder(String name) {
        return bytesByFolder.getOrDefault(name, 0L);
    }

    static DiskUse of(Path dir) {
        try {
            return byDu(dir);
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.log(System.Logger.Level.DEBUG, "du not available (" + e + "): counting file lengths");
            return byFileSizes(dir);
        }
    }

    /** {@code du -k -d 1}: a line per folder and one for the whole, in KiB. */
    private static DiskUse byDu(Path dir) throws IOException, InterruptedException {
        Process du = new ProcessBuilder("du", "-k", "-d", "1", ".").directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!du.waitFor(10, TimeUnit.SECONDS) || du.exitValue() != 0) {
            du.destroyForcibly();
            throw new IOException("du did not finish cleanly");
        }
        Map<String, Long> folders = new HashMap<>();
        long total = -1;
        for (String line : out.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                long bytes = Long.parseLong(line.substring(0, tab).trim()) * 1024;
                String name = line.substring(tab + 1);
                if (name.equals(".")) {
                    total = bytes;
                } else {
                    folders.put(name.startsWith("./") ? name.substring(2) : name, bytes);
                }
            }
        }
        if (total < 0) {
            throw new IOException("du gave no total: " + out);
        }
        return new DiskUse(total, folders, DU);
    }

    static DiskUse byFileSizes(Path dir) {
        Map<String, Long> folders = new HashMap<>();
        long total = 0;
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                long bytes = lengthUnder(entry);
                total += bytes;
                if (Files.isDirectory(entry)) {
                    folders.put(entry.getFileName().toString(), bytes);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot measure " + dir + ": " + e);
        }
        return new DiskUse(total, folders, FILE_SIZES);
    }

    private static long lengthUnder(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
