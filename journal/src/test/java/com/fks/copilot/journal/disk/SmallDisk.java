package com.fks.copilot.journal.disk;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real, small file system for disk-full tests: a tmpfs of a few MiB mounted on a directory the test
 * names, filled by a filler file and given its room back by deleting it, so the free space the app
 * checks is real. Mounting needs root (CAP_SYS_ADMIN), as on this project's machines and CI; where it is not
 * allowed the test is skipped, saying so, rather than run on a disk that never fills.
 *
 * <p>Tests keep the disk short of full ({@link #fillLeaving}): a write into a full disk through Chronicle's
 * mapped files is a SIGBUS, and where it lands in code the JIT has not compiled yet (an interpreted
 * compare-and-swap on an entry's header) it ends the JVM, the test runner's included. Seen here on
 * 2026-12-07, as were a late InternalError thrown in unrelated code and a zeroed entry left committed.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path dir;
    private final Path filler;

    private SmallDisk(Path dir) {
        this.dir = dir;
        this.filler = dir.resolve("filler");
    }

    public Path dir() {
        return dir;
    }

    /** Mounts a tmpfs of {@code mebibytes} on {@code dir} (created if missing), or skips the test. */
    public static SmallDisk mount(Path dir, int mebibytes) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int exit = run("mount", "-t", "tmpfs", "-o", "size=" + mebibytes + "m", "tmpfs", dir.toString());
        Assumptions.assumeTrue(exit == 0, "cannot mount a tmpfs here (needs root / CAP_SYS_ADMIN): no real disk to fill,"
                + " so the disk-full test is skipped");
        return new SmallDisk(dir);
    }

    /** Writes a filler file that leaves about {@code bytes} free. */
    public void fillLeaving(long bytes) throws IOException {
        long toWrite = usableBytes() - bytes;
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long written = 0; written < toWrite; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, toWrite - written));
            }
        }
    }

    /** Deletes the filler: the disk has its room back. */
    public void makeRoom() throws IOException {
        Files.deleteIfExists(filler);
    }

    public long usableBytes() throws IOException {
        return Files.getFileStore(dir).getUsableSpace();
    }

    /** Unmounts lazily: a queue still mapping its files keeps them until it closes. */
    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", dir.toString());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
