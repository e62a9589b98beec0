package com.fks.copilot.journal.queue;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.wire.AbstractWire;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.WriteLock;
import net.openhft.chronicle.wire.DocumentContext;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/** Where the journals live under the data directory, and how they are opened. */
public final class Journals {
    private static final System.Logger LOG = System.getLogger("copilot.journal");
    /** The disk as it should be: nothing injected before a write. */
    static final Runnable NO_FAULT = () -> { };
    private Journals() {
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

    public static SingleChronicleQueue open(Path dir) {
        return ChronicleQueue.singleBuilder(dir).build();
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
