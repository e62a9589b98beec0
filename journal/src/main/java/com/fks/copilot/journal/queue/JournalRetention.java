package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.state.SnapshotManifest;
import com.fks.copilot.engine.state.StateSnapshots;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Deletes the journals' oldest trading days, both journals' file of a day at once, oldest first, and only what
 * nothing still needs: a day older than {@link Policy#retainDays} behind the newest journaled day, that the history
 * database has drained (without a database, only when the trader opted in), and that no state snapshot would
 * replay (recovery from the oldest snapshot kept reads the journal after it). The first day that must stay stops
 * the pass, so the journal never has a hole; why it stays is {@link Outcome#heldBy}.
 *
 * <p>Runs on a housekeeping thread while the ring appends: only past days' files are deleted, never the one the
 * appenders write.
 */
public final class JournalRetention {
    private static final System.Logger LOG = System.getLogger("copilot.journal");

    /**
     * @param retainDays      calendar days of journal kept behind the newest trading day (at least 1)
     * @param withoutDatabase delete days past {@code retainDays} even though no history database holds them
     */
    public record Policy(int retainDays, boolean withoutDatabase) {
        public static final int DEFAULT_RETAIN_DAYS = 30;

        public Policy {
            if (retainDays < 1) {
                throw new IllegalArgumentException("retain days must be at least 1: " + retainDays);
            }
        }

        public static Policy defaults() {
            return new Policy(DEFAULT_RETAIN_DAYS, false);
        }
    }

    /** The last index the history database has drained from each journal (-1: nothing yet). */
    public record Drained(long input, long output) {
    }

    /**
     * @param deleted the days whose files this pass deleted, oldest first
     * @param heldBy  why the oldest day past the retention is kept, or null when none is
     */
    public record Outcome(List<LocalDate> deleted, String heldBy) {
    }

    private final SingleChronicleQueue input;
    private final SingleChronicleQueue output;
    private final StateSnapshots snapshots;
    private final Policy policy;
    /** Null without a history database. */
    private final Supplier<Drained> drained;

    public JournalRetention(SingleChronicleQueue input, SingleChronicleQueue output, StateSnapshots snapshots,
                            Policy policy, Supplier<Drained> drained) {
        this.input = input;
        this.output = output;
        this.snapshots = snapshots;
        this.policy = policy;
        this.drained = drained;
    }

    public Policy policy() {
        return policy;
    }

    /** One pass: deletes what may go and says what stops it. */
    public Outcome prune() {
        List<LocalDate> days = Journals.days(input);
        if (days.isEmpty()) {
            return new Outcome(List.of(), null);
        }
        LocalDate cutoff = days.get(days.size() - 1).minusDays(policy.retainDays());
        List<LocalDate> deleted = new ArrayList<>();
        String heldBy = null;
        for (LocalDate day : pastRetention(days, cutoff)) {
            heldBy = whyKept(day);
            if (heldBy != null) {
                break;
            }
            delete(day);
            deleted.add(day);
        }
        if (!deleted.isEmpty()) {
            input.refreshDirectoryListing();
            output.refreshDirectoryListing();
            LOG.log(System.Logger.Level.INFO, "journal retention ({0} days): deleted trading days {1}", policy.retainDays(), deleted);
        }
        return new Outcome(List.copyOf(deleted), heldBy);
    }

    /** The days of either journal older than {@code cutoff}, oldest first. */
    private List<LocalDate> pastRetention(List<LocalDate> inputDays, LocalDate cutoff) {
        List<LocalDate> old = new ArrayList<>(inputDays.stream().filter(d -> d.isBefore(cutoff)).toList());
        Journals.days(output).stream().filter(d -> d.isBefore(cutoff) && !old.contains(d)).forEach(old::add);
        old.sort(null);
        return old;
    }

    /** Null when {@code day} may be deleted; otherwise what still needs it. */
    private String whyKept(LocalDate day) {
        if (drained == null && !policy.withoutDatabase()) {
            return "no history database holds the journal (--retain-without-db deletes old days anyway)";
        }
        if (drained != null) {
            Drained position = drained.get();
            if (!passed(input, position.input(), day) || !passed(output, position.output(), day)) {
                return "the history database has not drained trading day " + day + " yet";
            }
        }
        Optional<SnapshotManifest> oldest = oldestSnapshot();
        if (oldest.isEmpty()) {
            return "no state snapshot yet: recovering without one replays the journal from its first day";
        }
        if (firstCycleReplayedAfter(oldest.get().appliedIndex()) <= day.toEpochDay()) {
            return "the state snapshot of " + oldest.get().day() + " replays the journal from trading day " + day;
        }
        return null;
    }

    /** The file holding the first event after {@code appliedIndex}: where a recovery from that snapshot starts reading. */
    private long firstCycleReplayedAfter(long appliedIndex) {
        try (ExcerptTailer tailer = input.createTailer()) {
            if (tailer.moveToIndex(appliedIndex)) {
                try (DocumentContext applied = tailer.readingDocument()) {
                    // the snapshot's own last event
                }
                try (DocumentContext next = tailer.readingDocument()) {
                    if (next.isPresent()) {
                        return cycleOf(input, next.index());
                    }
                }
            }
        }
        return cycleOf(input, appliedIndex);
    }

    /** True when the drain's last index lies in a later file than {@code day}'s: it has read all of that day. */
    private static boolean passed(SingleChronicleQueue queue, long drainedIndex, LocalDate day) {
        return drainedIndex >= 0 && cycleOf(queue, drainedIndex) > day.toEpochDay();
    }

    private static long cycleOf(SingleChronicleQueue queue, long index) {
        return queue.rollCycle().toCycle(index);
    }

    /** A recovery may fall back to any snapshot kept, the oldest included. */
    private Optional<SnapshotManifest> oldestSnapshot() {
        List<LocalDate> newestFirst = snapshots.days();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Optional<SnapshotManifest> manifest = snapshots.manifest(newestFirst.get(i));
            if (manifest.isPresent()) {
                return manifest;
            }
        }
        return Optional.empty();
    }

    private void delete(LocalDate day) {
        deleteFile(input, day);
        deleteFile(output, day);
    }

    private static void deleteFile(SingleChronicleQueue queue, LocalDate day) {
        Path file = fileOf(queue, day);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the journal file " + file, e);
        }
    }

    /** The file Chronicle keeps {@code day} in ({@code 20261124F.cq4}: the roll cycle's own name pattern). */
    static Path fileOf(SingleChronicleQueue queue, LocalDate day) {
        return queue.file().toPath().resolve(DateTimeFormatter.ofPattern(queue.rollCycle().format()).format(day) + ".cq4");
    }
}
