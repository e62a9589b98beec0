package com.fks.copilot.journal.drain;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.journal.queue.InputEventCodec;
import net.openhft.chronicle.bytes.BytesIn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Input-journal rows: every trade print (ticks), every NinjaTrader account snapshot, and every external
 * tool's audit record (AUDIT_NOTE, into risk_events / orb_events marked 'external', ordinal -1). Clock
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

    private final StatementBatch externalRisk = new StatementBatch("INSERT INTO risk_events (journal_index, ordinal,"
            + " event_type, event_time, symbol, side, daily_pnl, blocked, reason, open_trades, account_size, risk_pct,"
            + " session, metadata_json, source) VALUES (?, -1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, 'external')");
    private final StatementBatch externalOrb = new StatementBatch("INSERT INTO orb_events (journal_index, ordinal,"
            + " event_time, symbol, status, or_high, or_low, long_trigger, short_trigger, breakout, direction,"
            + " breakout_price, atr_value, bar_count, session, metadata_json, source)"
            + " VALUES (?, -1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, 'external')");

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
        } else if (event.type == EventType.AUDIT_NOTE) {
            note(connection, journalIndex);
        }
    }

    /** An external audit record, as the edge validated and journaled it (canonical JSON, snake_case). */
    private void note(Connection connection, long journalIndex) throws SQLException {
        AuditNote note = AuditNote.parse(event.summaryText());
        if (event.summaryKind == EventType.NOTE_RISK) {
            PreparedStatement row = externalRisk.row(connection);
            row.setLong(1, journalIndex);
            row.setString(2, note.text("event_type"));
            Columns.time(row, 3, event.eventTimeNanos);
            Columns.text(row, 4, note.text("symbol"));
            Columns.text(row, 5, note.text("side"));
            row.setBigDecimal(6, note.decimal("daily_pnl"));
            row.setBoolean(7, note.flag("blocked"));
            Columns.text(row, 8, note.text("reason"));
            row.setObject(9, note.integer("open_trades"), Types.INTEGER);
            row.setBigDecimal(10, note.decimal("account_size"));
            row.setBigDecimal(11, note.decimal("risk_pct"));
            Columns.text(row, 12, note.text("session"));
            row.setString(13, note.json("metadata"));
            externalRisk.add();
        } else if (event.summaryKind == EventType.NOTE_ORB) {
            PreparedStatement row = externalOrb.row(connection);
            row.setLong(1, journalIndex);
            Columns.time(row, 2, event.eventTimeNanos);
            row.setString(3, note.text("symbol"));
            row.setString(4, note.text("status"));
            row.setBigDecimal(5, note.decimal("or_high"));
            row.setBigDecimal(6, note.decimal("or_low"));
            row.setBigDecimal(7, note.decimal("long_trigger"));
            row.setBigDecimal(8, note.decimal("short_trigger"));
            row.setBoolean(9, note.flag("breakout"));
            Columns.text(row, 10, note.text("direction"));
            row.setBigDecimal(11, note.decimal("trigger_price"));
            row.setBigDecimal(12, note.decimal("atr_value"));
            row.setObject(13, note.integer("bar_count"), Types.INTEGER);
            Columns.text(row, 14, note.text("session"));
            row.setString(15, note.json("metadata"));
            externalOrb.add();
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
        return ticks.execute() + snapshots.execute() + lines.execute() + externalRisk.execute() + externalOrb.execute();
    }

    @Override
    public void close() throws SQLException {
        ticks.close();
        snapshots.close();
        lines.close();
        externalRisk.close();
        externalOrb.close();
    }
}
