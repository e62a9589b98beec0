package com.fks.copilot.perf;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SseSeqScannerTest {
    private static final byte[] STREAM = ("""
            event: mgc-price
            data: {"symbol":"MGC","seq":41,"price":"2650.4","t":1795000000000000}

            event: mgc-update
            data: <article data-seq="77"> ,"seq":, ,"seq":x7 ,"seq":"9"

            event: mnq-price
            data: {"symbol":"MNQ","seq":1234567890123}

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
