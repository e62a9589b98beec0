package com.fks.copilot.engine.state;

import com.fks.copilot.engine.state.SnapshotManifest.FileSum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The state as it stood at the end of each trading day, under {@code <dataDir>/snapshots/<YYYY-MM-DD>/}: a copy of
 * every map file plus a {@link SnapshotManifest}. Recovery from a state a crash left torn starts from the newest
 * snapshot that verifies and replays only the journal after it, instead of the whole journal since the first day.
 *
 * <p>A snapshot is written into a hidden {@code .<day>.writing} directory and renamed into place when its manifest
 * is complete, so a crash while writing leaves no directory that looks finished; anything damaged later (a power cut,
 * a bad disk) fails the checksums and the snapshot before it is used. Files are not fsync'd: like the journals, this
 * survives {@code kill -9}; after a power cut the checksums decide. The newest {@link #KEEP} days are kept.
 */
public final class StateSnapshots {
    /** Days of snapshots kept: a week is plenty, since only the newest valid one is needed. */
    public static final int KEEP = 7;
    private static final System.Logger LOG = System.getLogger("copilot.state");
    private static final String MAP_SUFFIX = ".dat";

    private final Path dir;
    private final int keep;

    public StateSnapshots(Path dir, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one snapshot, not " + keep);
        }
        this.dir = dir;
        this.keep = keep;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Copies every map file in {@code stateDir} as {@code day}'s snapshot, reflecting input-journal index
     * {@code appliedIndex}. Call only between commits on the engine thread (the maps' one writer), so the files
     * are one commit's state; a reader's lock caught in a copy is cleared by the recovery a restore opens with.
     */
    public SnapshotManifest write(Path stateDir, LocalDate day, long appliedIndex) throws IOException {
        Files.createDirectories(dir);
        Path writing = dir.resolve("." + day + ".writing");
        deleteTree(writing);
        Files.createDirectories(writing);
        List<FileSum> sums = new ArrayList<>();
        for (Path map : mapFiles(stateDir)) {
            byte[] bytes = Files.readAllBytes(map);
            String name = map.getFileName().toString();
            Files.write(writing.resolve(name), bytes);
            sums.add(new FileSum(name, bytes.length, SnapshotManifest.crc(bytes)));
        }
        SnapshotManifest manifest = new SnapshotManifest(day, appliedIndex, StateLayout.CURRENT, List.copyOf(sums));
        Files.writeString(writing.resolve(SnapshotManifest.NAME), manifest.text(), StandardCharsets.ISO_8859_1);
        Path target = dir.resolve(day.toString());
        if (Files.exists(target)) { // a replay passing the same day again: the new copy replaces the old
            Path replaced = dir.resolve("." + day + ".replaced");
            deleteTree(replaced);
            Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
            Files.move(writing, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(replaced);
        } else {
            Files.move(writing, target, StandardCopyOption.ATOMIC_MOVE);
        }
        prune();
        return manifest;
    }

    /** The days with a snapshot directory (valid or not), newest first. */
    public List<LocalDate> days() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).map(p -> parseDay(p.getFileName().toString()))
                    .flatMap(Optional::stream).sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the state snapshots in " + dir, e);
        }
    }

    /** {@code day}'s manifest as written (its files unchecked); empty when there is none, or it is cut short or damaged. */
    public Optional<SnapshotManifest> manifest(LocalDate day) {
        try {
            return Optional.of(SnapshotManifest.read(dir.resolve(day.toString())));
        } catch (IOException | SnapshotManifest.Invalid e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces the map files in {@code stateDir} with the newest snapshot whose manifest and checksums verify; each
     * newer one that does not is logged with the reason and passed over. Empty when none verifies (the caller then
     * rebuilds from the whole journal).
     */
    public Optional<SnapshotManifest> restoreNewest(Path stateDir) throws IOException {
        for (LocalDate day : days()) {
            Path snapshot = dir.resolve(day.toString());
            Map<String, byte[]> files = new LinkedHashMap<>();
            SnapshotManifest manifest;
            try {
                manifest = verified(snapshot, files);
            } catch (SnapshotManifest.Invalid | IOException e) {
                LOG.log(System.Logger.Level.WARNING, "state snapshot " + snapshot + " not used: " + e.getMessage()
                        + "; trying the one before it");
                continue;
            }
            copyInto(stateDir, files);
            LOG.log(System.Logger.Level.INFO, "state restored from the snapshot of trading day " + day
                    + " (journal index " + manifest.appliedIndex() + ")");
            return Optional.of(manifest);
        }
        return Optional.empty();
    }

    /** Reads {@code snapshot}'s manifest and files into {@code into}, checking layout, sizes and checksums. */
    static SnapshotManifest verified(Path snapshot, Map<String, byte[]> into) throws IOException, SnapshotManifest.Invalid {
        SnapshotManifest manifest = SnapshotManifest.read(snapshot);
        if (manifest.layout() != StateLayout.CURRENT) {
            throw new SnapshotManifest.Invalid("written with state layout " + manifest.layout() + ", this build reads "
                    + StateLayout.CURRENT);
        }
        for (FileSum sum : manifest.files()) {
            Path file = snapshot.resolve(sum.name());
            if (!Files.exists(file)) {
                throw new SnapshotManifest.Invalid(sum.name() + " is missing");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != sum.size() || SnapshotManifest.crc(bytes) != sum.crc32c()) {
                throw new SnapshotManifest.Invalid(sum.name() + " does not match its checksum (torn or damaged)");
            }
            into.put(sum.name(), bytes);
        }
        return manifest;
    }

    /** Every map file of {@code stateDir} is replaced: none of the torn state may stay beside the snapshot's. */
    private static void copyInto(Path stateDir, Map<String, byte[]> files) throws IOException {
        for (Path map : mapFiles(stateDir)) {
            Files.delete(map);
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path restoring = stateDir.resolve(file.getKey() + ".restoring");
            Files.write(restoring, file.getValue());
            Files.move(restoring, stateDir.resolve(file.getKey()), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Keeps the newest {@link #keep} days, and removes what a crash left half-written. */
    private void prune() throws IOException {
        List<LocalDate> days = days();
        for (LocalDate old : days.subList(Math.min(keep, days.size()), days.size())) {
            deleteTree(dir.resolve(old.toString()));
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path leftover : entries.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
                deleteTree(leftover);
            }
        }
    }

    static List<Path> mapFiles(Path stateDir) throws IOException {
        try (Stream<Path> files = Files.list(stateDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(MAP_SUFFIX)).sorted().toList();
        }
    }

    private static Optional<LocalDate> parseDay(String name) {
        try {
            return Optional.of(LocalDate.parse(name));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
