package com.fks.copilot.journal.drain;

import com.fks.copilot.engine.event.BacktestKind;
import com.fks.copilot.engine.output.DerivedEvent;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * The OFF-HOURS backtest's rows ({@code backtest_runs}, {@code backtest_trades}) from the output journal's
 * BACKTEST_RESULT events: the record's JSON, as the gateway's worker wrote it, into columns. Part of
 * {@link OutputRows}' batch, so its rows commit with the drain's position: exactly once.
 */
final class BacktestRows {
    private final StatementBatch runs = new StatementBatch("INSERT INTO backtest_runs (journal_index, ordinal, run_id,"
            + " asked_at, date_from, date_to, trading_days, trades, net_profit, max_drawdown, win_rate, profit_factor, sharpe,"
            + " summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)");
    private final StatementBatch trades = new StatementBatch("INSERT INTO backtest_trades (journal_index, ordinal, run_id,"
            + " trade_no, symbol, strategy, side, contracts, entry_time, entry_price, stop_price, target_price, exit_time,"
            + " exit_price, exit_reason, gross, commission, net, risk_rules_would_block)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

    void add(Connection connection, DerivedEvent event) throws SQLException {
        AuditNote record = AuditNote.parse(event.text(), "a BACKTEST_RESULT in the output journal");
        if (event.code == BacktestKind.RUN) {
            run(connection, event, record);
        } else if (event.code == BacktestKind.TRADE) {
            trade(connection, event, record);
        }
    }

    private void run(Connection connection, DerivedEvent event, AuditNote run) throws SQLException {
        PreparedStatement row = keyed(runs, connection, event);
        AuditNote total = run.object("total");
        Columns.time(row, 4, event.timeNanos);
        row.setObject(5, LocalDate.parse(run.text("from")));
        row.setObject(6, LocalDate.parse(run.text("to")));
        row.setInt(7, run.integer("trading_days"));
        row.setInt(8, run.integer("trades"));
        row.setBigDecimal(9, orZero(total.decimal("net_profit")));
        row.setBigDecimal(10, orZero(total.decimal("max_drawdown")));
        ratio(row, 11, total.decimal("win_rate"));
        ratio(row, 12, total.decimal("profit_factor"));
        ratio(row, 13, total.decimal("sharpe"));
        row.setString(14, run.json());
        runs.add();
    }

    private void trade(Connection connection, DerivedEvent event, AuditNote trade) throws SQLException {
        PreparedStatement row = keyed(trades, connection, event);
        row.setInt(4, trade.integer("n"));
        row.setString(5, trade.text("symbol"));
        row.setString(6, trade.text("strategy"));
        row.setString(7, trade.text("side"));
        row.setInt(8, trade.integer("contracts"));
        row.setObject(9, trade.time("entry_time"));
        row.setBigDecimal(10, trade.decimal("entry"));
        row.setBigDecimal(11, trade.decimal("stop"));
        row.setBigDecimal(12, trade.decimal("target"));
        row.setObject(13, trade.time("exit_time"));
        row.setBigDecimal(14, trade.decimal("exit"));
        row.setString(15, trade.text("exit_reason"));
        row.setBigDecimal(16, trade.decimal("gross"));
        row.setBigDecimal(17, trade.decimal("commission"));
        row.setBigDecimal(18, trade.decimal("net"));
        Columns.text(row, 19, trade.text("risk_rules_would_block"));
        trades.add();
    }

    private static PreparedStatement keyed(StatementBatch batch, Connection connection, DerivedEvent event) throws SQLException {
        PreparedStatement row = batch.row(connection);
        row.setLong(1, event.sourceIndex);
        row.setInt(2, event.ordinal);
        row.setLong(3, event.askedBy);
        return row;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** A ratio ta4j may not have (no loss: no profit factor): NULL then. */
    private static void ratio(PreparedStatement row, int column, BigDecimal value) throws SQLException {
        if (value == null) {
            row.setNull(column, Types.DOUBLE);
        } else {
            row.setDouble(column, value.doubleValue());
        }
    }

    /** Trades before their run, as they were journaled. */
    int execute() throws SQLException {
        return trades.execute() + runs.execute();
    }

    void close() throws SQLException {
        trades.close();
        runs.close();
    }
}
