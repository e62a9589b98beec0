package com.fks.copilot.perf;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SseSeqScannerTest {
    private static final byte[] STREAM = ("""
            event: mgc-update
            data: <article class="card up" id="card-MGC" data-symbol="MGC" data-seq="41" sse-swap="mgc-update">
            data: <span>data-seq</span> data-seq="" data-seq="x7"

            event: mnq-update
            data: <article data-seq="1234567890123">

            """).getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldFindEverySequenceInOneRead() {
        List<Long> found = new ArrayList<>();
        new SseSeqScanner(found::add).scan(STREAM, 0, STREAM.length);

        assertEquals(List.of(41L, 1234567890123L), found);
    }

    @Test
    void shouldFindSequencesSplitAcrossReadsAtEveryByte() {
        for (int split = 0; split <= STREAM.length; split++) {
            List<Long> found = new ArrayList<>();
            SseSeqScanner scanner = new SseSeqScanner(found::add);
            scanner.scan(STREAM, 0, split);
            scanner.scan(STREAM, split, STREAM.length - split);

            assertEquals(List.of(41L, 1234567890123L), found, "split at byte " + split);
        }
    }

    @Test
    void shouldFindSequencesFedOneByteAtATime() {
        List<Long> found = new ArrayList<>();
        SseSeqScanner scanner = new SseSeqScanner(found::add);
        for (int i = 0; i < STREAM.length; i++) {
            scanner.scan(STREAM, i, 1);
        }

        assertEquals(List.of(41L, 1234567890123L), found);
    }
}
