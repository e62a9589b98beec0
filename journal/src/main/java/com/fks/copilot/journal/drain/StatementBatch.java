package com.fks.copilot.journal.drain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One INSERT/UPDATE prepared once per transaction and filled row by row, executed as one JDBC batch. */
final class StatementBatch {
    private final String sql;
    private PreparedStatement statement;
    private int pending;

    StatementBatch(String sql) {
        this.sql = sql;
    }

    /** The statement to bind the next row's parameters on; call {@link #add()} when bound. */
    PreparedStatement row(Connection connection) throws SQLException {
        if (statement == null) {
            statement = connection.prepareStatement(sql);
        }
        return statement;
    }

    void add() throws SQLException {
        statement.addBatch();
        pending++;
    }

    /** Executes what was added; returns the number of rows sent. */
    int execute() throws SQLException {
        if (pending == 0) {
            return 0;
        }
        statement.executeBatch();
        int rows = pending;
        pending = 0;
        return rows;
    }

    /** Drops the statement (end of transaction, committed or not). */
    void close() throws SQLException {
        pending = 0;
        if (statement != null) {
            PreparedStatement closing = statement;
            statement = null;
            closing.close();
        }
    }
}
