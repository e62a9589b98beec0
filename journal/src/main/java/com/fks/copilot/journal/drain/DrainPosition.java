package com.fks.copilot.journal.drain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Where a drain has got to in its journal, kept in Postgres next to the rows it covers. */
final class DrainPosition {
    /** Nothing drained yet. */
    static final long START = -1;

    private DrainPosition() {
    }

    static long read(Connection connection, String queue) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT last_index FROM drain_position WHERE queue = ?")) {
            query.setString(1, queue);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : START;
            }
        }
    }

    /**
     * Moves the position from {@code expected} to {@code last} in the caller's transaction. Refuses
     * (and so rolls the batch back) when the stored position is not {@code expected}: a second
     * drain on the same database must not write the same rows twice.
     */
    static void advance(Connection connection, String queue, long expected, long last, int events) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("INSERT INTO drain_position (queue, last_index,"
                + " drained_events) VALUES (?, ?, ?) ON CONFLICT (queue) DO UPDATE SET last_index = EXCLUDED.last_index,"
                + " drained_events = drain_position.drained_events + EXCLUDED.drained_events, updated_at = now()"
                + " WHERE drain_position.last_index = ?")) {
            update.setString(1, queue);
            update.setLong(2, last);
            update.setLong(3, events);
            update.setLong(4, expected);
            if (update.executeUpdate() != 1) {
                throw new SQLException("drain position of the " + queue + " journal moved under us (expected "
                        + expected + "): is a second drain writing to this database?");
            }
        }
    }
}
