package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.http.DataDirStatus;
import com.fks.copilot.journal.queue.JournalRetention;
import com.fks.copilot.journal.queue.Journals;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Once a minute, off the ring and the I/O loops: deletes the journal days retention lets go, then measures the
 * data dir for {@code /health}. A pass that fails is logged and the next one tries again; it never stops the timer.
 */
final class JournalHousekeeping {
    private static final System.Logger LOG = System.getLogger("copilot");

    private final Path dataDir;
    private final SingleChronicleQueue input;
    private final JournalRetention retention;
    private final boolean withDatabase;
    private final List<String> deletedDays = new ArrayList<>();
    private volatile DataDirStatus status;

    JournalHousekeeping(Path dataDir, SingleChronicleQueue input, JournalRetention retention, boolean withDatabase) {
        this.dataDir = dataDir;
        this.input = input;
        this.retention = retention;
        this.withDatabase = withDatabase;
    }

    /** One pass; safe from any thread (the timer's and a test's). */
    synchronized DataDirStatus run() {
        String keptBecause;
        try {
            JournalRetention.Outcome outcome = retention.prune();
            outcome.deleted().forEach(day -> deletedDays.add(day.toString()));
            keptBecause = outcome.heldBy();
        } catch (RuntimeException | InternalError e) { // InternalError: a read of a mapped file on a full disk
            LOG.log(System.Logger.Level.WARNING, "journal retention failed, trying again in a minute: " + e);
            keptBecause = "the last retention pass failed: " + e.getMessage();
        }
        status = measure(keptBecause);
        return status;
    }

    /** The last pass's reading; null before the first. */
    DataDirStatus status() {
        return status;
    }

    private DataDirStatus measure(String keptBecause) {
        DiskUse use = DiskUse.of(dataDir);
        List<LocalDate> days = journalDays();
        JournalRetention.Policy policy = retention.policy();
        return new DataDirStatus(dataDir.toAbsolutePath().toString(), use.totalBytes(), use.folder("journal"),
                use.folder("snapshots"), use.folder("state"), freeBytes(), use.measuredBy(), Instant.now().toString(),
                days.size(), days.isEmpty() ? null : days.get(0).toString(),
                days.isEmpty() ? null : days.get(days.size() - 1).toString(), policy.retainDays(), describe(policy),
                keptBecause, List.copyOf(deletedDays));
    }

    private List<LocalDate> journalDays() {
        try {
            return Journals.days(input);
        } catch (RuntimeException | InternalError e) {
            return List.of();
        }
    }

    private long freeBytes() {
        try {
            return Files.getFileStore(dataDir).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    private String describe(JournalRetention.Policy policy) {
        if (withDatabase) {
            return "deletes trading days more than " + policy.retainDays() + " days older than the newest, once the history"
                    + " database has drained them";
        }
        return policy.withoutDatabase()
                ? "deletes trading days more than " + policy.retainDays() + " days older than the newest (no history database"
                + " holds them: --retain-without-db)"
                : "keeps every trading day: no history database holds them (--retain-without-db deletes those more than "
                + policy.retainDays() + " days older than the newest)";
    }
}
