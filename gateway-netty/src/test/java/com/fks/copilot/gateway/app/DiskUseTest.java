package com.fks.copilot.gateway.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data dir's disk use, as /health reports it: blocks in use, by folder, not the length of sparse journal files. */
class DiskUseTest {
    private static final long EIGHTY_MIB = 80L << 20;

    @TempDir
    Path dir;

    @Test
    void aSparseJournalFileCountsWhatItUsesNotItsLength() throws IOException {
        Path journal = Files.createDirectories(dir.resolve("journal"));
        try (RandomAccessFile file = new RandomAccessFile(journal.resolve("20261124F.cq4").toFile(), "rw")) {
            file.setLength(EIGHTY_MIB); // as Chronicle maps a new day's file: long, mostly holes
            file.write(new byte[64 << 10]);
        }
        DiskUse use = DiskUse.of(dir);
        assertEquals(DiskUse.DU, use.measuredBy());
        assertTrue(use.folder("journal") >= 64 << 10 && use.folder("journal") < EIGHTY_MIB / 4, use.toString());
        assertTrue(use.totalBytes() >= use.folder("journal"), use.toString());
    }

    @Test
    void eachFolderIsMeasuredOnItsOwn() throws IOException {
        Files.write(Files.createDirectories(dir.resolve("state")).resolve("market.dat"), new byte[256 << 10]);
        Files.write(Files.createDirectories(dir.resolve("snapshots").resolve("2026-11-23")).resolve("market.dat"),
                new byte[128 << 10]);
        DiskUse use = DiskUse.of(dir);
        assertTrue(use.folder("state") >= 256 << 10, use.toString());
        assertTrue(use.folder("snapshots") >= 128 << 10 && use.folder("snapshots") < 256 << 10, use.toString());
        assertEquals(0, use.folder("journal"), "no journal yet");
    }

    @Test
    void withoutDuTheFileLengthsStandIn() throws IOException {
        Files.write(Files.createDirectories(dir.resolve("state")).resolve("market.dat"), new byte[1000]);
        Files.write(dir.resolve("CLEAN"), new byte[24]);
        DiskUse use = DiskUse.byFileSizes(dir);
        assertEquals(DiskUse.FILE_SIZES, use.measuredBy());
        assertEquals(1000, use.folder("state"));
        assertEquals(1024, use.totalBytes());
    }
}
