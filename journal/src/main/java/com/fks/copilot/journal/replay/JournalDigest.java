package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.state.StateDigest;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;

/** Digest and count of every message's bytes in a journal, in order: "identical journal bytes". */
public record JournalDigest(long messages, String digest) {

    public static JournalDigest of(ChronicleQueue queue) {
        return before(queue, Long.MAX_VALUE);
    }

    /**
     * The same over the messages before journal index {@code endIndex}: what shows that later appends (a later
     * trading day's, say, from {@link com.fks.copilot.journal.queue.Journals#firstIndexOf}) left what the journal
     * held before them as it was.
     */
    public static JournalDigest before(ChronicleQueue queue, long endIndex) {
        StateDigest digest = new StateDigest();
        long messages = 0;
        try (ExcerptTailer tailer = queue.createTailer()) {
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent() || dc.index() >= endIndex) {
                        break;
                    }
                    Bytes<?> bytes = dc.wire().bytes();
                    digest.add(bytes.readRemaining());
                    while (bytes.readRemaining() >= 8) {
                        digest.add(bytes.readLong());
                    }
                    while (bytes.readRemaining() > 0) {
                        digest.add(bytes.readByte());
                    }
                    messages++;
                }
            }
        }
        return new JournalDigest(messages, digest.hex());
    }
}
