package com.fks.copilot.journal.history;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code historical_bars} table: backfilled 1-minute bars, what the engine warms its
 * indicators from and what off-hours backtests read. Inserts are idempotent (a bar already stored
 * for a symbol and minute is kept, the new one dropped). Thread-safe: every call takes its own
 * connection from the pool.
 */
public final class HistoricalBarStore {
    /** One multi-row statement per batch, so the database tells how many rows were really new. */
    private static final String INSERT = """
            INSERT INTO historical_bars (symbol, bar_time, open, high, low, close, volume, source)
            SELECT s, 'epoch'::timestamptz + t * interval '1 microsecond', o, h, l, c, v, src
            FROM unnest(?::text[], ?::bigint[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[],
                        ?::bigint[], ?::text[]) AS b(s, t, o, h, l, c, v, src)
            ON CONFLICT (symbol, bar_time) DO NOTHING""";
    private static final String COLUMNS = "symbol, bar_time, open, high, low, close, volume, source";

    private final DataSource dataSource;
    private final int insertBatch;

    /** @param insertBatch rows per INSERT statement */
    public HistoricalBarStore(DataSource dataSource, int insertBatch) {
        if (insertBatch < 1) {
            throw new IllegalArgumentException("insert batch must be at least 1, got " + insertBatch);
        }
        this.dataSource = dataSource;
        this.insertBatch = insertBatch;
    }

    /**
     * Stores the bars in batches of {@code insertBatch}, all in one transaction: either every new
     * bar is stored or none is, so the latest stored bar always has every earlier fetched bar behind it.
     *
     * @return the number of bars that were not stored before
     */
    public int insert(List<HistoricalBar> bars) throws SQLException {
        if (bars.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                int added = 0;
                for (int from = 0; from < bars.size(); from += insertBatch) {
                    bind(connection, statement, bars.subList(from, Math.min(bars.size(), from + insertBatch)));
                    added += statement.executeUpdate();
                }
                connection.commit();
                return added;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, List<HistoricalBar> batch)
            throws SQLException {
        int n = batch.size();
        String[] symbols = new String[n];
        Long[] micros = new Long[n];
        String[] open = new String[n];
        String[] high = new String[n];
        String[] low = new String[n];
        String[] close = new String[n];
        Long[] volume = new Long[n];
        String[] source = new String[n];
        for (int i = 0; i < n; i++) {
            HistoricalBar bar = batch.get(i);
            symbols[i] = bar.symbol();
            micros[i] = ChronoUnit.MICROS.between(Instant.EPOCH, bar.barTime());
            open[i] = bar.open().toPlainString();
            high[i] = bar.high().toPlainString();
            low[i] = bar.low().toPlainString();
            close[i] = bar.close().toPlainString();
            volume[i] = bar.volume();
            source[i] = bar.source();
        }
        Object[][] columns = {symbols, micros, open, high, low, close, volume, source};
        String[] types = {"text", "bigint", "text", "text", "text", "text", "bigint", "text"};
        for (int c = 0; c < columns.length; c++) {
            Array array = connection.createArrayOf(types[c], columns[c]);
            statement.setArray(c + 1, array);
        }
    }

    /** The newest stored bar's time for {@code symbol}, if any bar is stored. */
    public Optional<Instant> latestBarTime(String symbol) throws SQLException {
        return instant("SELECT max(bar_time) FROM historical_bars WHERE symbol = ?", symbol);
    }

    /** The oldest stored bar's time for {@code symbol}, if any bar is stored. */
    public Optional<Instant> earliestBarTime(String symbol) throws SQLException {
        return instant("SELECT min(bar_time) FROM historical_bars WHERE symbol = ?", symbol);
    }

    /** How many bars are stored for {@code symbol}. */
    public long count(String symbol) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM historical_bars WHERE symbol = ?")) {
            statement.setString(1, symbol);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                long count = rows.getLong(1);
                connection.commit();
                return count;
            }
        }
    }

    /** The stored bars of {@code symbol} with a start in [from, to), oldest first: warm-up and backtests. */
    public List<HistoricalBar> bars(String symbol, Instant from, Instant to) throws SQLException {
        List<HistoricalBar> bars = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = rangeQuery(connection, COLUMNS, symbol, from, to);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                bars.add(new HistoricalBar(rows.getString(1), instant(rows, 2), rows.getBigDecimal(3),
                        rows.getBigDecimal(4), rows.getBigDecimal(5), rows.getBigDecimal(6), rows.getLong(7),
                        rows.getString(8)));
            }
            connection.commit();
        }
        return bars;
    }

    /** The start times of the stored bars of {@code symbol} in [from, to), ascending. */
    public List<Instant> barTimes(String symbol, Instant from, Instant to) throws SQLException {
        List<Instant> times = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = rangeQuery(connection, "bar_time", symbol, from, to);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                times.add(instant(rows, 1));
            }
            connection.commit();
        }
        return times;
    }

    /** The gap report of {@code symbol} over [from, to). */
    public GapReport gapReport(String symbol, Instant from, Instant to, int minGapMinutes) throws SQLException {
        return GapReport.of(symbol, from, to, barTimes(symbol, from, to), minGapMinutes);
    }

    private static PreparedStatement rangeQuery(Connection connection, String columns, String symbol, Instant from,
                                                Instant to) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT " + columns
                + " FROM historical_bars WHERE symbol = ? AND bar_time >= ? AND bar_time < ? ORDER BY bar_time");
        statement.setString(1, symbol);
        statement.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        statement.setObject(3, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        statement.setFetchSize(10_000);
        return statement;
    }

    private Optional<Instant> instant(String sql, String symbol) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, symbol);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                Instant time = instant(rows, 1);
                connection.commit();
                return Optional.ofNullable(time);
            }
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
