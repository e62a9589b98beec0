package com.fks.copilot.gateway.app;

import com.fks.copilot.journal.queue.JournalRetention;

/**
 * How the journals' disk is looked after.
 *
 * @param reserveBytes free space kept on the journals' disk: below it the inputs stop until there is more
 * @param retention    which old trading days are deleted, and when
 */
public record JournalKeeping(long reserveBytes, JournalRetention.Policy retention) {
    /**
     * Free space the journals' disk keeps in reserve: below it the inputs stop, before the disk is full. A
     * write into a full disk through Chronicle's mapped files is a SIGBUS, and while most of those arrive as
     * an error the journal survives, one that lands in the JVM's own code (a new day's file) ends the process.
     * 64 MiB is far more than the journals grow between two checks a second apart, even at a replay's full speed.
     */
    public static final long DEFAULT_RESERVE_BYTES = 64L << 20;

    public JournalKeeping {
        if (reserveBytes < 0) {
            throw new IllegalArgumentException("journal reserve must not be negative: " + reserveBytes);
        }
    }

    /** 64 MiB in reserve; 30 days kept, and every day while no database holds them. */
    public static JournalKeeping defaults() {
        return new JournalKeeping(DEFAULT_RESERVE_BYTES, JournalRetention.Policy.defaults());
    }

    public JournalKeeping withReserve(long bytes) {
        return new JournalKeeping(bytes, retention);
    }

    public JournalKeeping withRetention(JournalRetention.Policy policy) {
        return new JournalKeeping(reserveBytes, policy);
    }
}
