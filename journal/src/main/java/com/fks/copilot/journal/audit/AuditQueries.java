package com.fks.copilot.journal.audit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reads the risk and ORB audit trail, and the trades of a day, back from Postgres, filtered as the API asks. */
public final class AuditQueries {
    private static final ZoneId EASTERN = ZoneId.of("America/New_York");

    private final DataSource database;

    public AuditQueries(DataSource database) {
        this.database = database;
    }

    public List<RiskEventRow> risk(RiskFilter filter) throws SQLException {
        Where where = new Where().equal("event_type", filter.eventType()).equal("symbol", filter.symbol())
                .equal("source", filter.source()).since(filter.since());
        String sql = "SELECT journal_index, ordinal, event_type, event_time, symbol, side, quantity, price, stop_price,"
                + " trade_id, risk_dollars, realized_pnl, daily_pnl, blocked, reason, warnings, open_trades, account_size,"
                + " risk_pct, session, metadata_json::text, source FROM risk_events"
                + where.sql() + " ORDER BY journal_index DESC, ordinal DESC LIMIT ?";
        List<RiskEventRow> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); PreparedStatement query = where.prepare(connection, sql)) {
            query.setInt(where.size() + 1, filter.limit());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new RiskEventRow(row.getLong(1), row.getInt(2), row.getString(3), instant(row, 4),
                            row.getString(5), row.getString(6), row.getObject(7, Long.class), row.getBigDecimal(8),
                            row.getBigDecimal(9), row.getObject(10, Long.class), row.getBigDecimal(11),
                            row.getBigDecimal(12), row.getBigDecimal(13), row.getBoolean(14), row.getString(15),
                            row.getString(16), row.getObject(17, Integer.class), row.getBigDecimal(18),
                            row.getBigDecimal(19), row.getString(20), row.getString(21), row.getString(22)));
                }
            }
            connection.rollback();
        }
        return rows;
    }

    public List<OrbEventRow> orb(OrbFilter filter) throws SQLException {
        Where where = new Where().equal("symbol", filter.symbol()).equal("source", filter.source()).since(filter.since());
        if (filter.breakoutOnly()) {
            where.condition("breakout");
        }
        String sql = "SELECT journal_index, ordinal, event_time, symbol, status, or_high, or_low, long_trigger,"
                + " short_trigger, breakout, direction, breakout_price, atr_value, bar_count, session, metadata_json::text,"
                + " source FROM orb_events" + where.sql()
                + " ORDER BY journal_index DESC, ordinal DESC LIMIT ?";
        List<OrbEventRow> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); PreparedStatement query = where.prepare(connection, sql)) {
            query.setInt(where.size() + 1, filter.limit());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new OrbEventRow(row.getLong(1), row.getInt(2), instant(row, 3), row.getString(4),
                            row.getString(5), row.getBigDecimal(6), row.getBigDecimal(7), row.getBigDecimal(8),
                            row.getBigDecimal(9), row.getBoolean(10), row.getString(11), row.getBigDecimal(12),
                            row.getBigDecimal(13), row.getObject(14, Integer.class), row.getString(15),
                            row.getString(16), row.getString(17)));
                }
            }
            connection.rollback();
        }
        return rows;
    }

    /** Counts of the ET trading date {@code day}, by symbol and type. */
    public AuditSummary summary(LocalDate day) throws SQLException {
        Instant from = day.atStartOfDay(EASTERN).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(EASTERN).toInstant();
        try (Connection connection = database.getConnection()) {
            List<AuditSummary.Count> risk = counts(connection, "SELECT symbol, event_type, count(*) FROM risk_events"
                    + " WHERE event_time >= ? AND event_time < ? GROUP BY symbol, event_type ORDER BY symbol NULLS FIRST, event_type", from, to);
            List<AuditSummary.Count> orb = counts(connection, "SELECT symbol, CASE WHEN breakout THEN 'ORB_BREAKOUT'"
                    + " ELSE 'ORB_EVALUATED' END, count(*) FROM orb_events WHERE event_time >= ? AND event_time < ?"
                    + " GROUP BY 1, 2 ORDER BY 1, 2", from, to);
            long blocked = single(connection, "SELECT count(*) FROM risk_events WHERE blocked AND event_time >= ?"
                    + " AND event_time < ?", from, to);
            long externalRisk = single(connection, "SELECT count(*) FROM risk_events WHERE source = 'external'"
                    + " AND event_time >= ? AND event_time < ?", from, to);
            long externalOrb = single(connection, "SELECT count(*) FROM orb_events WHERE source = 'external'"
                    + " AND event_time >= ? AND event_time < ?", from, to);
            connection.rollback();
            return new AuditSummary(day, total(risk), blocked, total(orb), orb.stream()
                    .filter(c -> c.eventType().equals("ORB_BREAKOUT")).mapToLong(AuditSummary.Count::count).sum(),
                    externalRisk, externalOrb, risk, orb);
        }
    }

    /** The trades closed on the ET trading date {@code day}, oldest close first, with the day's journal line. */
    public TradeDay trades(LocalDate day) throws SQLException {
        Instant from = day.atStartOfDay(EASTERN).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(EASTERN).toInstant();
        List<TradeDay.Trade> trades = new ArrayList<>();
        TradeDay.Journal journal = null;
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement query = connection.prepareStatement("SELECT trade_id, source, account, symbol, side,"
                    + " quantity, entry_price, stop_price, exit_price, risk_dollars, realized_pnl, opened_at, closed_at"
                    + " FROM trades WHERE closed_at >= ? AND closed_at < ? ORDER BY closed_at, trade_id")) {
                query.setTimestamp(1, Timestamp.from(from));
                query.setTimestamp(2, Timestamp.from(to));
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        trades.add(new TradeDay.Trade(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                                row.getString(5), row.getLong(6), row.getBigDecimal(7), row.getBigDecimal(8),
                                row.getBigDecimal(9), row.getBigDecimal(10), row.getBigDecimal(11), instant(row, 12),
                                instant(row, 13)));
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT realized_pnl, trades_closed, wins, losses"
                    + " FROM daily_journal WHERE trade_date = ?")) {
                query.setObject(1, day);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        journal = new TradeDay.Journal(row.getBigDecimal(1), row.getInt(2), row.getInt(3), row.getInt(4));
                    }
                }
            }
            connection.rollback();
        }
        return new TradeDay(day, trades, journal);
    }

    private static long total(List<AuditSummary.Count> counts) {
        return counts.stream().mapToLong(AuditSummary.Count::count).sum();
    }

    private static List<AuditSummary.Count> counts(Connection connection, String sql, Instant from, Instant to)
            throws SQLException {
        List<AuditSummary.Count> counts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    counts.add(new AuditSummary.Count(row.getString(1), row.getString(2), row.getLong(3)));
                }
            }
        }
        return counts;
    }

    private static long single(Connection connection, String sql, Instant from, Instant to) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp time = row.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }

    /** A WHERE clause of bound parameters only: filter values never become SQL text. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        Where equal(String column, String value) {
            if (value != null) {
                conditions.add(column + " = ?");
                values.add(value);
            }
            return this;
        }

        Where since(Instant since) {
            if (since != null) {
                conditions.add("event_time >= ?");
                values.add(Timestamp.from(since));
            }
            return this;
        }

        void condition(String sql) {
            conditions.add(sql);
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        int size() {
            return values.size();
        }

        PreparedStatement prepare(Connection connection, String sql) throws SQLException {
            PreparedStatement query = connection.prepareStatement(sql);
            for (int i = 0; i < values.size(); i++) {
                query.setObject(i + 1, values.get(i));
            }
            return query;
        }
    }
}
