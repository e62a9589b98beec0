package com.fks.copilot.engine.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * What a state snapshot holds, in {@code MANIFEST} beside its map files: the trading day it closes, the input-journal
 * index its maps reflect, the state layout they were written with, and each file's size and CRC32C. The last line,
 * {@code complete <crc32c of the lines above>}, is written last: a manifest without it is a snapshot cut short, one
 * whose line checksum does not match was damaged after it was written.
 */
public record SnapshotManifest(LocalDate day, long appliedIndex, int layout, List<FileSum> files) {
    static final String NAME = "MANIFEST";
    private static final String FORMAT = "fks-copilot-state-snapshot 1";
    private static final String COMPLETE = "complete ";

    /** One copied map file: its name, its length and the CRC32C of its bytes. */
    public record FileSum(String name, long size, int crc32c) {
    }

    /** The manifest's text, ending with its {@code complete} line. */
    String text() {
        StringBuilder body = new StringBuilder(FORMAT).append('\n')
                .append("day ").append(day).append('\n')
                .append("applied_index ").append(appliedIndex).append('\n')
                .append("layout ").append(layout).append('\n');
        for (FileSum file : files) {
            body.append("file ").append(file.name()).append(' ').append(file.size()).append(' ').append(hex(file.crc32c())).append('\n');
        }
        return body + COMPLETE + hex(crc(body.toString())) + '\n';
    }

    /** Reads and checks the manifest in {@code dir}; throws {@link Invalid} saying why it cannot be trusted. */
    static SnapshotManifest read(Path dir) throws IOException, Invalid {
        Path file = dir.resolve(NAME);
        if (!Files.exists(file)) {
            throw new Invalid("no manifest (cut short before it was written)");
        }
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        int last = text.lastIndexOf(COMPLETE);
        if (last < 0 || !text.endsWith("\n") || (last > 0 && text.charAt(last - 1) != '\n')) {
            throw new Invalid("manifest has no complete line (cut short while it was written)");
        }
        String body = text.substring(0, last);
        if (!text.substring(last + COMPLETE.length()).trim().equals(hex(crc(body)))) {
            throw new Invalid("manifest checksum does not match (damaged)");
        }
        try {
            return parse(body.split("\n"));
        } catch (RuntimeException e) {
            throw new Invalid("manifest unreadable: " + e.getMessage());
        }
    }

    private static SnapshotManifest parse(String[] lines) throws Invalid {
        if (!FORMAT.equals(lines[0])) {
            throw new Invalid("unknown manifest format: " + lines[0]);
        }
        LocalDate day = LocalDate.parse(value(lines[1], "day"));
        long index = Long.parseLong(value(lines[2], "applied_index"));
        int layout = Integer.parseInt(value(lines[3], "layout"));
        List<FileSum> files = new ArrayList<>();
        for (int i = 4; i < lines.length; i++) {
            String[] parts = value(lines[i], "file").split(" ");
            files.add(new FileSum(parts[0], Long.parseLong(parts[1]), HexFormat.fromHexDigits(parts[2])));
        }
        return new SnapshotManifest(day, index, layout, List.copyOf(files));
    }

    private static String value(String line, String key) throws Invalid {
        if (!line.startsWith(key + " ")) {
            throw new Invalid("expected " + key + ", found: " + line);
        }
        return line.substring(key.length() + 1);
    }

    static int crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    private static int crc(String text) {
        return crc(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String hex(int value) {
        return HexFormat.of().toHexDigits(value);
    }

    /** A snapshot that must not be restored, and why. */
    static final class Invalid extends Exception {
        Invalid(String why) {
            super(why, null, false, false);
        }
    }
}
