package com.fks.copilot.journal.drain;

/**
 * How far Postgres is behind one journal: events journaled but not yet drained, and for how long
 * the drain has not been caught up. {@code lastError} is the latest failure while it is failing.
 */
public record DrainLag(String queue, boolean connected, long lagEvents, double lagSeconds, long drainedEvents,
                       long lastIndex, String lastError) {

    public boolean caughtUp() {
        return connected && lagEvents == 0;
    }
}
