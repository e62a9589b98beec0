package com.fks.copilot.gateway.http;

/** The 503 a mutation gets while the input journal cannot be written: nothing of it was journaled or applied. */
final class JournalRefusal {
    static final String MESSAGE = "nothing was accepted: the input journal could not be written (disk full?);"
            + " send it again once /health shows the journal writing";
    /** The disk's room is checked once a second; a client should not come back sooner. */
    static final int RETRY_SECONDS = 5;

    private JournalRefusal() {
    }
}
