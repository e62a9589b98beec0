package com.fks.copilot.engine.event;

import java.nio.charset.StandardCharsets;

/**
 * A co-pilot summary's text as UTF-8 in a fixed-capacity buffer (ring slot, derived event). Text
 * longer than the buffer is cut on a character boundary and ends with {@link #TRUNCATED}, so a
 * reader always sees valid UTF-8 and knows something was left out.
 */
public final class SummaryText {
    /** Bytes of summary text a ring slot holds: a compact update is ~0.5 KB, a briefing is asked to stay under 1.5 KB. */
    public static final int CAPACITY = 2048;
    public static final String TRUNCATED = " …[truncated]";
    private static final byte[] MARKER = TRUNCATED.getBytes(StandardCharsets.UTF_8);

    private SummaryText() {
    }

    /** Writes {@code text} into {@code buffer} (of {@link #CAPACITY} bytes) and returns the bytes used. Edge threads only: allocates. */
    public static int encode(String text, byte[] buffer) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= buffer.length) {
            System.arraycopy(utf8, 0, buffer, 0, utf8.length);
            return utf8.length;
        }
        int keep = buffer.length - MARKER.length;
        while (keep > 0 && isContinuation(utf8[keep])) {
            keep--; // never cut a multi-byte character (an emoji is four bytes)
        }
        System.arraycopy(utf8, 0, buffer, 0, keep);
        System.arraycopy(MARKER, 0, buffer, keep, MARKER.length);
        return keep + MARKER.length;
    }

    public static String decode(byte[] buffer, int length) {
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
