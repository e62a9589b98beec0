package com.fks.copilot.engine.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End-of-day snapshots as files: what a written one holds, and which one a restore picks. */
class StateSnapshotsTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    @Test
    void aSnapshotHoldsEveryMapFileAndAManifestWithTheirChecksumsEndingInItsCompleteLine() throws IOException {
        Path state = state("friday");
        StateSnapshots snapshots = snapshots(7);
        snapshots.write(state, FRIDAY, 1234);

        Path written = dir.resolve("snapshots").resolve("2026-11-20");
        List<String> lines = Files.readAllLines(written.resolve("MANIFEST"), StandardCharsets.ISO_8859_1);
        assertEquals("day 2026-11-20", lines.get(1));
        assertEquals("applied_index 1234", lines.get(2));
        assertEquals("layout " + StateLayout.CURRENT, lines.get(3));
        assertTrue(lines.get(lines.size() - 1).startsWith("complete "), "the complete line is last: " + lines);
        for (String name : List.of("market.dat", "status.dat")) {
            byte[] copy = Files.readAllBytes(written.resolve(name));
            assertArrayEquals(Files.readAllBytes(state.resolve(name)), copy, name + " copied as it was");
            assertTrue(lines.contains("file " + name + " " + copy.length + " " + crc32c(copy)), name + " summed: " + lines);
        }
        assertFalse(Files.exists(written.resolve("LAYOUT")), "map files only");
        assertEquals(List.of("2026-11-20"), names(dir.resolve("snapshots")), "no half-written directory left beside it");
    }

    @Test
    void theNewestValidSnapshotReplacesEveryMapFile() throws IOException {
        StateSnapshots snapshots = fridayAndMonday();
        Path torn = state("torn");
        Files.writeString(torn.resolve("stray.dat"), "a map the snapshot does not have");

        Optional<SnapshotManifest> restored = snapshots.restoreNewest(torn);

        assertEquals(MONDAY, restored.orElseThrow().day());
        assertEquals(200, restored.get().appliedIndex());
        assertEquals("monday market", Files.readString(torn.resolve("market.dat")));
        assertEquals("monday status", Files.readString(torn.resolve("status.dat")));
        assertFalse(Files.exists(torn.resolve("stray.dat")), "nothing of the torn state stays");
    }

    @Test
    void aSnapshotWithAFlippedByteIsPassedOverForTheOneBefore() throws IOException {
        StateSnapshots snapshots = fridayAndMonday();
        Path damaged = dir.resolve("snapshots").resolve("2026-11-23").resolve("market.dat");
        byte[] bytes = Files.readAllBytes(damaged);
        bytes[3] ^= 0x01;
        Files.write(damaged, bytes);

        Path torn = state("torn");
        assertEquals(FRIDAY, snapshots.restoreNewest(torn).orElseThrow().day());
        assertEquals("friday market", Files.readString(torn.resolve("market.dat")));
    }

    @Test
    void aSnapshotWhoseManifestWasCutShortIsPassedOver() throws IOException {
        StateSnapshots snapshots = fridayAndMonday();
        Path manifest = dir.resolve("snapshots").resolve("2026-11-23").resolve("MANIFEST");
        String text = Files.readString(manifest, StandardCharsets.ISO_8859_1);
        Files.writeString(manifest, text.substring(0, text.lastIndexOf("complete ")), StandardCharsets.ISO_8859_1);

        assertEquals(FRIDAY, snapshots.restoreNewest(state("torn")).orElseThrow().day());
    }

    @Test
    void aDamagedManifestLineIsCaughtByTheCompleteLinesChecksum() throws IOException {
        StateSnapshots snapshots = fridayAndMonday();
        Path manifest = dir.resolve("snapshots").resolve("2026-11-23").resolve("MANIFEST");
        Files.writeString(manifest, Files.readString(manifest).replace("applied_index 200", "applied_index 900"));

        assertEquals(FRIDAY, snapshots.restoreNewest(state("torn")).orElseThrow().day());
    }

    @Test
    void noValidSnapshotRestoresNothingAndLeavesTheStateForAFullRebuild() throws IOException {
        StateSnapshots snapshots = snapshots(7);
        snapshots.write(state("friday"), FRIDAY, 100);
        Files.delete(dir.resolve("snapshots").resolve("2026-11-20").resolve("status.dat"));
        Path torn = state("torn");

        assertTrue(snapshots.restoreNewest(torn).isEmpty());
        assertEquals("torn market", Files.readString(torn.resolve("market.dat")), "left for the caller to rebuild");
    }

    @Test
    void onlyTheNewestDaysAreKept() throws IOException {
        StateSnapshots snapshots = snapshots(3);
        Path state = state("any");
        for (int d = 0; d < 6; d++) {
            snapshots.write(state, FRIDAY.plusDays(d), d);
        }
        assertEquals(List.of(FRIDAY.plusDays(5), FRIDAY.plusDays(4), FRIDAY.plusDays(3)), snapshots.days());
    }

    @Test
    void writingADayAgainReplacesItsSnapshot() throws IOException {
        StateSnapshots snapshots = snapshots(7);
        snapshots.write(state("first"), FRIDAY, 100);
        snapshots.write(state("second"), FRIDAY, 100);
        Path torn = state("torn");
        assertEquals(FRIDAY, snapshots.restoreNewest(torn).orElseThrow().day());
        assertEquals("second market", Files.readString(torn.resolve("market.dat")));
        assertEquals(List.of("2026-11-20"), names(dir.resolve("snapshots")));
    }

    /** Friday's snapshot at index 100, Monday's at 200. */
    private StateSnapshots fridayAndMonday() throws IOException {
        StateSnapshots snapshots = snapshots(7);
        snapshots.write(state("friday"), FRIDAY, 100);
        snapshots.write(state("monday"), MONDAY, 200);
        return snapshots;
    }

    private StateSnapshots snapshots(int keep) {
        return new StateSnapshots(dir.resolve("snapshots"), keep);
    }

    /** A state directory whose two map files say {@code tag}, with the layout marker beside them. */
    private Path state(String tag) throws IOException {
        Path state = Files.createDirectories(dir.resolve("state-" + tag));
        Files.writeString(state.resolve("market.dat"), tag + " market");
        Files.writeString(state.resolve("status.dat"), tag + " status");
        Files.writeString(state.resolve("LAYOUT"), String.valueOf(StateLayout.CURRENT));
        return state;
    }

    private static String crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }

    private static List<String> names(Path parent) throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
