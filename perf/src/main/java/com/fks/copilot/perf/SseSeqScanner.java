package com.fks.copilot.perf;

import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * Finds every {@code ,"seq":N} (the live price event, {@code mgc-price} …, sent on every trade) in a
 * byte stream that arrives split at arbitrary points (TCP reads), and hands {@code N} to a listener.
 * Whole cards ({@code data-seq="N"}) are coalesced on the server and are not what tick latency means. A state machine over bytes: no decoding, no buffering,
 * no allocation. One thread.
 */
public final class SseSeqScanner {
    private static final byte[] MARKER = ",\"seq\":".getBytes(StandardCharsets.US_ASCII);

    private final LongConsumer listener;
    private int matched;
    private boolean inNumber;
    private int digits;
    private long value;

    public SseSeqScanner(LongConsumer listener) {
        this.listener = listener;
    }

    /** Scans {@code length} bytes of {@code buffer} from {@code offset}; returns how many sequences it completed. */
    public int scan(byte[] buffer, int offset, int length) {
        int found = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            byte b = buffer[i];
            if (inNumber) {
                if (b >= '0' && b <= '9' && digits < 18) {
                    value = value * 10 + (b - '0');
                    digits++;
                    continue;
                }
                inNumber = false;
                if ((b == ',' || b == '}') && digits > 0) {
                    listener.accept(value);
                    found++;
                }
                matched = 0;
            }
            if (b == MARKER[matched]) {
                if (++matched == MARKER.length) {
                    matched = 0;
                    inNumber = true;
                    digits = 0;
                    value = 0;
                }
            } else {
                // the marker's first byte occurs nowhere else in it, so a mismatch restarts at 0 or 1
                matched = b == MARKER[0] ? 1 : 0;
            }
        }
        return found;
    }
}
