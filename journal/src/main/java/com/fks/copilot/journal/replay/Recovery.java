package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.journal.queue.InputJournal;

/**
 * Start-up catch-up: re-applies every journaled input event after the engine's last applied
 * index, so a {@code kill -9} loses nothing that reached the journal. Runs before the ring starts,
 * on the thread that will hand the engine over to the ring, so the engine still has one writer.
 */
public final class Recovery {
    private static final System.Logger LOG = System.getLogger("copilot.journal");
    private static final int PERSIST_EVERY = 4096;

    private Recovery() {
    }

    /** Returns the number of events re-applied. */
    public static long catchUp(InputJournal journal, Engine engine) {
        long[] applied = {0};
        InputJournalReader.readAfter(journal.queue(), engine.appliedIndex(), event -> {
            engine.apply(event);
            if (++applied[0] % PERSIST_EVERY == 0) {
                engine.endOfBatch();
            }
        });
        engine.endOfBatch();
        long last = journal.lastIndex();
        if (engine.appliedIndex() < last) {
            // Chronicle's readers stop at an entry whose header is still marked as being written (a kill -9 mid-append):
            // what lies after it is not read. Say so loudly rather than start as if the journal ended there.
            LOG.log(System.Logger.Level.ERROR, "the input journal's last index is " + last + " but recovery could read it only"
                    + " up to " + engine.appliedIndex() + ": an entry cut short by a crash stops the replay there");
        }
        return applied[0];
    }
}
