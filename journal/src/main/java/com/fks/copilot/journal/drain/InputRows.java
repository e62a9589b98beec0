package com.fks.copilot.journal.drain;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.journal.queue.InputEventCodec;
import net.openhft.chronicle.bytes.BytesIn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Input-journal rows: every trade print (ticks) and every NinjaTrader account snapshot. Clock
 * events and the bridge's requests are not stored as such: what the engine made of them is in the
 * output journal's rows.
 */
final class InputRows implements JournalRows {
    static final String QUEUE = "input";

    private final EngineEvent event = new EngineEvent();
    private final StatementBatch ticks = new StatementBatch(
            "INSERT INTO ticks (journal_index, symbol, event_time, price, size, feed_sequence) VALUES (?, ?, ?, ?, ?, ?)");
    private final StatementBatch snapshots = new StatementBatch(
            "INSERT INTO position_snapshots (journal_index, account, event_time, open_positions, unrealized_pnl) VALUES (?, ?, ?, ?, ?)");
    private final StatementBatch lines = new StatementBatch(
            "INSERT INTO position_lines (journal_index, symbol, side, quantity, avg_price, unrealized_pnl) VALUES (?, ?, ?, ?, ?, ?)");

    @Override
    public String queue() {
        return QUEUE;
    }

    @Override
    public void add(Connection connection, BytesIn<?> excerpt, long journalIndex) throws SQLException {
        InputEventCodec.decode(excerpt, event);
        if (event.type == EventType.TICK) {
            tick(connection, journalIndex);
        } else if (event.type == EventType.POSITION) {
            snapshot(connection, journalIndex);
        }
    }

    private void tick(Connection connection, long journalIndex) throws SQLException {
        PreparedStatement row = ticks.row(connection);
        row.setLong(1, journalIndex);
        row.setString(2, Instruments.byIndex(event.instrument).symbol());
        Columns.time(row, 3, event.eventTimeNanos);
        Columns.price(row, 4, event.price);
        row.setLong(5, event.quantity);
        row.setLong(6, event.sourceSequence);
        ticks.add();
    }

    private void snapshot(Connection connection, long journalIndex) throws SQLException {
        int open = 0;
        long pnlCents = 0;
        for (int i = 0; i < EngineEvent.POSITION_SLOTS; i++) {
            if (event.positionSides[i] != EngineEvent.SIDE_FLAT) {
                open++;
                pnlCents += event.positionPnlCents[i];
                line(connection, journalIndex, i);
            }
        }
        PreparedStatement row = snapshots.row(connection);
        row.setLong(1, journalIndex);
        row.setString(2, event.accountName());
        Columns.time(row, 3, event.eventTimeNanos);
        row.setInt(4, open);
        Columns.dollars(row, 5, pnlCents);
        snapshots.add();
    }

    private void line(Connection connection, long journalIndex, int instrument) throws SQLException {
        PreparedStatement row = lines.row(connection);
        row.setLong(1, journalIndex);
        row.setString(2, Instruments.byIndex(instrument).symbol());
        row.setString(3, event.positionSides[instrument] == EngineEvent.SIDE_LONG ? "LONG" : "SHORT");
        row.setLong(4, event.positionQuantities[instrument]);
        Columns.price(row, 5, event.positionPrices[instrument]);
        Columns.dollars(row, 6, event.positionPnlCents[instrument]);
        lines.add();
    }

    @Override
    public int flush(Connection connection) throws SQLException {
        return ticks.execute() + snapshots.execute() + lines.execute();
    }

    @Override
    public void close() throws SQLException {
        ticks.close();
        snapshots.close();
        lines.close();
    }
}
