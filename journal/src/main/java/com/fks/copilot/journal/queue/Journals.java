package com.fks.copilot.journal.queue;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.wire.AbstractWire;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.WriteLock;
import net.openhft.chronicle.wire.DocumentContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Where the journals live under the data directory, and how they are opened. Each journal keeps a file per
 * CME trading day ({@link TradingDayClock}); a data dir written before that ({@code journal/CYCLES} absent
 * but journal files present) keeps the machine-clock days it was written with, since its indexes are what the
 * history database's drain positions point at.
 */
public final class Journals {
    private static final System.Logger LOG = System.getLogger("copilot.journal");
    /** Marks a journal whose files are trading days. */
    private static final String CYCLES = "CYCLES";
    private static final String BY_TRADING_DAY = "trading-day";
    /** The disk as it should be: nothing injected before a write. */
    static final Runnable NO_FAULT = () -> { };

    private Journals() {
    }

    /** The journal in {@code queueDir} of {@code dataDir}, for appending: its files roll with {@code clock}'s trading day. */
    static SingleChronicleQueue openForAppending(Path dataDir, Path queueDir, TradingDayClock clock) {
        if (!byTradingDay(dataDir)) {
            return open(queueDir);
        }
        SingleChronicleQueue queue = ChronicleQueue.singleBuilder(queueDir).rollCycle(RollCycles.FAST_DAILY)
                .timeProvider(clock).build();
        int lastDay = queue.lastCycle(); // FAST_DAILY: a cycle is a day since the epoch, named by its date
        if (lastDay >= 0) {
            clock.resumeAt(LocalDate.ofEpochDay(lastDay));
        }
        return queue;
    }

    /** True (and recorded so) for a new journal; false for one whose files were written by machine-clock day. */
    static synchronized boolean byTradingDay(Path dataDir) {
        Path marker = dataDir.resolve("journal").resolve(CYCLES);
        try {
            if (Files.exists(marker)) {
                return true;
            }
            if (holdsJournalFiles(inputDir(dataDir)) || holdsJournalFiles(outputDir(dataDir))) {
                LOG.log(System.Logger.Level.INFO, "the journal in {0} was written with a file per machine-clock day;"
                        + " it is kept that way (a fresh data dir keeps a file per trading day)", dataDir.toAbsolutePath());
                return false;
            }
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, BY_TRADING_DAY, StandardCharsets.US_ASCII);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the journal under " + dataDir, e);
        }
    }

    /** True when the journals under {@code dataDir} keep a file per trading day (read-only: marks nothing). */
    public static boolean keptByTradingDay(Path dataDir) {
        return Files.exists(dataDir.resolve("journal").resolve(CYCLES));
    }

    /** The trading days {@code queue} holds, oldest first (its files, for a journal {@link #keptByTradingDay kept by trading day}). */
    public static List<LocalDate> days(SingleChronicleQueue queue) {
        int first = queue.firstCycle();
        if (first == Integer.MAX_VALUE || first < 0) {
            return List.of();
        }
        return queue.listCyclesBetween(first, queue.lastCycle()).stream().map(LocalDate::ofEpochDay).toList();
    }

    /** The first journal index {@code day}'s file would hold, and (for {@code day} + 1) where it ends. */
    public static long firstIndexOf(SingleChronicleQueue queue, LocalDate day) {
        return queue.rollCycle().toIndex((int) day.toEpochDay(), 0);
    }

    private static boolean holdsJournalFiles(Path queueDir) throws IOException {
        if (!Files.isDirectory(queueDir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(queueDir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".cq4"));
        }
    }

    public static Path inputDir(Path dataDir) {
        return dataDir.resolve("journal").resolve("input");
    }

    public static Path outputDir(Path dataDir) {
        return dataDir.resolve("journal").resolve("output");
    }

    /**
     * After a failed write, makes the appender usable again once the disk has room. A fault while
     * {@code writingDocument()} wrote the next entry's header leaves the queue's write lock held and the
     * appender's wire believing it is inside that header; both are undone here (through Chronicle's private
     * fields: no public call does it). The appender itself is kept: a new one would map the file afresh, and
     * on a full disk that mapping's first write faults inside the JVM's own code, which ends the process.
     */
    static void recover(SingleChronicleQueue queue, ExcerptAppender appender) {
        try {
            Method writeLock = SingleChronicleQueue.class.getDeclaredMethod("writeLock");
            writeLock.setAccessible(true);
            WriteLock lock = (WriteLock) writeLock.invoke(queue);
            if (lock.isLockedByCurrentProcess(holder -> { })) {
                lock.unlock(); // only the ring's thread writes this queue: a lock this process holds is the failed write's
            }
            if (appender != null && appender.wire() instanceof AbstractWire wire && wire.isInsideHeader()) {
                Field insideHeader = AbstractWire.class.getDeclaredField("insideHeader");
                insideHeader.setAccessible(true);
                insideHeader.setBoolean(wire, false);
            }
        } catch (ReflectiveOperationException | RuntimeException | InternalError e) {
            LOG.log(System.Logger.Level.WARNING, "could not undo a failed journal write: " + e);
        }
    }

    /** For reading (or appending by the machine's clock, as journals before trading-day files did). */
    public static SingleChronicleQueue open(Path dir) {
        return ChronicleQueue.singleBuilder(dir).rollCycle(RollCycles.FAST_DAILY).build();
    }

    /**
     * Writes one document and closes it, rolling it back if the write fails part-way (a full disk), so a
     * reader never meets a half-written entry. {@code encode} is a method reference that captures
     * nothing, so the hot path allocates nothing here.
     */
    static <T> void writeWhole(DocumentContext dc, T event, BiConsumer<T, Bytes<?>> encode) {
        try {
            encode.accept(event, dc.wire().bytes());
        } catch (RuntimeException | Error e) {
            dc.rollbackOnClose();
            throw e;
        } finally {
            dc.close();
        }
    }
}
