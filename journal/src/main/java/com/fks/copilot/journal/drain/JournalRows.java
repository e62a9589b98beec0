package com.fks.copilot.journal.drain;

import net.openhft.chronicle.bytes.BytesIn;

import java.sql.Connection;
import java.sql.SQLException;

/** Turns one journal's excerpts into rows of the history tables, within one transaction at a time. */
interface JournalRows {
    /** The drain_position key of the journal these rows come from. */
    String queue();

    /** Decodes one excerpt and binds its rows (if any) on statements of {@code connection}. */
    void add(Connection connection, BytesIn<?> excerpt, long journalIndex) throws SQLException;

    /** Sends the bound rows, in an order that respects the foreign keys; returns how many. */
    int flush(Connection connection) throws SQLException;

    /** Ends the transaction's statements, whether it committed or failed. */
    void close() throws SQLException;
}
