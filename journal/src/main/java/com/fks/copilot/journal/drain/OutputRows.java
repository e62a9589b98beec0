package com.fks.copilot.journal.drain;

import com.fks.copilot.engine.analytics.OrbStatus;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.notrade.NoTradeReason;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.risk.RiskBlock;
import com.fks.copilot.engine.risk.RiskManager;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskWarning;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.journal.queue.OutputEventCodec;
import net.openhft.chronicle.bytes.BytesIn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Output-journal rows: closed bars, session changes, the risk and ORB audit trail, trades, the daily journal, the plan,
 * the OFF-HOURS backtests.
 */
final class OutputRows implements JournalRows {
    static final String QUEUE = "output";
    private static final ZoneId EASTERN = ZoneId.of("America/New_York");

    private final DerivedEvent event = new DerivedEvent();
    private final RiskRules rules;
    private final Map<LocalDate, DayTotal> dayTotals = new TreeMap<>();
    private final StatementBatch bars = new StatementBatch("INSERT INTO bars_1m (journal_index, ordinal, symbol, bar_start,"
            + " open, high, low, close, volume) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private final StatementBatch sessions = new StatementBatch(
            "INSERT INTO session_changes (journal_index, ordinal, event_time, session) VALUES (?, ?, ?, ?)");
    private final StatementBatch risk = new StatementBatch("INSERT INTO risk_events (journal_index, ordinal, event_type,"
            + " event_time, symbol, side, quantity, price, stop_price, trade_id, risk_dollars, realized_pnl, daily_pnl,"
            + " blocked, reason, warnings, open_trades, account_size, risk_pct, session)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private final StatementBatch tradesOpened = new StatementBatch("INSERT INTO trades (trade_id, symbol, side, quantity,"
            + " entry_price, stop_price, risk_dollars, opened_at, open_journal_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private final StatementBatch roundTrips = new StatementBatch("INSERT INTO trades (trade_id, symbol, side, quantity,"
            + " entry_price, stop_price, risk_dollars, opened_at, open_journal_index, exit_price, realized_pnl, closed_at,"
            + " close_journal_index, source, account) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'executions', ?)");
    private final StatementBatch tradesClosed = new StatementBatch("UPDATE trades SET exit_price = ?, realized_pnl = ?,"
            + " closed_at = ?, close_journal_index = ? WHERE trade_id = ?");
    private final StatementBatch days = new StatementBatch("INSERT INTO daily_journal (trade_date, realized_pnl,"
            + " trades_closed, wins, losses, journal_index) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (trade_date) DO UPDATE SET"
            + " realized_pnl = daily_journal.realized_pnl + EXCLUDED.realized_pnl,"
            + " trades_closed = daily_journal.trades_closed + EXCLUDED.trades_closed,"
            + " wins = daily_journal.wins + EXCLUDED.wins,"
            + " losses = daily_journal.losses + EXCLUDED.losses, journal_index = EXCLUDED.journal_index");
    private final StatementBatch orb = new StatementBatch("INSERT INTO orb_events (journal_index, ordinal, event_time,"
            + " symbol, status, or_high, or_low, long_trigger, short_trigger, breakout, direction, breakout_price,"
            + " atr_value, bar_count, session) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private final StatementBatch focus = new StatementBatch("INSERT INTO focus_snapshots (journal_index, ordinal,"
            + " event_time, symbol, rank, focus_asset, bias, last_price, entry_low, entry_high, stop, target1, target2,"
            + " contracts, risk_dollars, quality, wave_ratio, vol_percentile)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

    private final BacktestRows backtests = new BacktestRows();

    OutputRows(RiskRules rules) {
        this.rules = rules;
    }

    @Override
    public String queue() {
        return QUEUE;
    }

    @Override
    public void add(Connection connection, BytesIn<?> excerpt, long journalIndex) throws SQLException {
        OutputEventCodec.decode(excerpt, event);
        switch (event.type) {
            case DerivedEvent.BAR_CLOSED -> bar(connection);
            case DerivedEvent.SESSION_CHANGE -> session(connection);
            case DerivedEvent.RISK_CHECKED, DerivedEvent.TRADE_REFUSED, DerivedEvent.RISK_STATUS,
                    DerivedEvent.BRIDGE_VERDICT, DerivedEvent.NO_TRADE_CHANGED -> riskEvent(connection);
            case DerivedEvent.TRADE_OPENED -> {
                riskEvent(connection);
                tradeOpened(connection);
            }
            case DerivedEvent.TRADE_CLOSED -> {
                riskEvent(connection);
                tradeClosed(connection);
            }
            case DerivedEvent.ROUND_TRIP_CLOSED -> {
                riskEvent(connection);
                roundTrip(connection);
            }
            case DerivedEvent.ORB_EVALUATED, DerivedEvent.ORB_BREAKOUT -> orbEvent(connection);
            case DerivedEvent.FOCUS_UPDATED -> focusLine(connection);
            case DerivedEvent.BACKTEST_RESULT -> backtests.add(connection, event);
            default -> {
                // a type this schema has no table for is still drained (its position advances), not stored
            }
        }
    }

    private PreparedStatement keyed(StatementBatch batch, Connection connection) throws SQLException {
        PreparedStatement row = batch.row(connection);
        row.setLong(1, event.sourceIndex);
        row.setInt(2, event.ordinal);
        return row;
    }

    private void bar(Connection connection) throws SQLException {
        PreparedStatement row = keyed(bars, connection);
        row.setString(3, symbol());
        Columns.time(row, 4, event.timeNanos);
        Columns.price(row, 5, event.open);
        Columns.price(row, 6, event.high);
        Columns.price(row, 7, event.low);
        Columns.price(row, 8, event.close);
        row.setLong(9, event.volume);
        bars.add();
    }

    private void session(Connection connection) throws SQLException {
        PreparedStatement row = keyed(sessions, connection);
        Columns.time(row, 3, event.timeNanos);
        row.setString(4, sessionName());
        sessions.add();
    }

    /** The event's session; null for risk and ORB events journaled before they carried one. */
    private String sessionName() {
        return event.sessionMode < 0 ? null : SessionMode.values()[event.sessionMode].name();
    }

    private void riskEvent(Connection connection) throws SQLException {
        PreparedStatement row = keyed(risk, connection);
        boolean verdict = event.type == DerivedEvent.RISK_STATUS || event.type == DerivedEvent.BRIDGE_VERDICT;
        boolean standing = verdict || event.type == DerivedEvent.NO_TRADE_CHANGED;
        boolean closed = event.type == DerivedEvent.TRADE_CLOSED || event.type == DerivedEvent.ROUND_TRIP_CLOSED;
        row.setString(3, DerivedEvent.typeName(event.type));
        Columns.time(row, 4, event.timeNanos);
        Columns.text(row, 5, standing ? null : symbol());
        Columns.text(row, 6, standing ? null : side(event.side));
        if (event.type == DerivedEvent.NO_TRADE_CHANGED) {
            row.setNull(7, Types.BIGINT);
        } else {
            row.setLong(7, event.quantity);
        }
        Columns.optionalPrice(row, 8, standing ? 0 : event.price);
        Columns.optionalPrice(row, 9, standing ? 0 : event.stopPrice);
        Columns.id(row, 10, event.tradeId);
        boolean risked = !standing && !closed;
        centsOrNull(row, 11, risked);
        centsOrNull(row, 12, closed);
        centsOrNull(row, 13, verdict);
        row.setBoolean(14, event.blocks != 0);
        Columns.text(row, 15, reason());
        Columns.text(row, 16, event.type == DerivedEvent.NO_TRADE_CHANGED ? null : String.join("; ", RiskWarning.texts(event.warnings, rules)));
        Columns.count(row, 17, event.openTrades);
        if (event.accountCents > 0) {
            Columns.dollars(row, 18, event.accountCents);
        } else {
            row.setNull(18, Types.NUMERIC);
        }
        if (risked && event.accountCents > 0) {
            row.setBigDecimal(19, BigDecimal.valueOf(event.amountCents * 100).divide(BigDecimal.valueOf(event.accountCents),
                    4, RoundingMode.HALF_EVEN));
        } else {
            row.setNull(19, Types.NUMERIC);
        }
        Columns.text(row, 20, sessionName());
        risk.add();
    }

    private void centsOrNull(PreparedStatement row, int column, boolean present) throws SQLException {
        if (present) {
            Columns.dollars(row, column, event.amountCents);
        } else {
            row.setNull(column, Types.NUMERIC);
        }
    }

    private String reason() {
        if (event.type == DerivedEvent.NO_TRADE_CHANGED) {
            return NoTradeReason.in(event.blocks).stream().map(NoTradeReason::text).collect(Collectors.joining("; "));
        }
        return RiskBlock.reasons(event.blocks, rules);
    }

    private void tradeOpened(Connection connection) throws SQLException {
        PreparedStatement row = tradesOpened.row(connection);
        tradeColumns(row, event.price);
        Columns.dollars(row, 7, event.amountCents);
        Columns.time(row, 8, event.timeNanos);
        row.setLong(9, event.sourceIndex);
        tradesOpened.add();
    }

    private void tradeClosed(Connection connection) throws SQLException {
        PreparedStatement row = tradesClosed.row(connection);
        Columns.price(row, 1, event.price);
        Columns.dollars(row, 2, event.amountCents);
        Columns.time(row, 3, event.timeNanos);
        row.setLong(4, event.sourceIndex);
        row.setLong(5, event.tradeId);
        tradesClosed.add();
        addToDay();
    }

    /** The first six columns of a trades row: trade_id, symbol, side, quantity, entry_price, stop_price. */
    private void tradeColumns(PreparedStatement row, long entry) throws SQLException {
        row.setLong(1, event.tradeId);
        row.setString(2, symbol());
        row.setString(3, side(event.side));
        row.setLong(4, event.quantity);
        Columns.price(row, 5, entry);
        Columns.optionalPrice(row, 6, event.stopPrice);
    }

    /** A round trip from executions arrives whole: one row with both ends. */
    private void roundTrip(Connection connection) throws SQLException {
        PreparedStatement row = roundTrips.row(connection);
        tradeColumns(row, event.entryPrice);
        if (event.stopPrice == Prices.NONE) {
            row.setNull(7, Types.NUMERIC);
        } else {
            Instrument spec = Instruments.byIndex(event.instrument);
            Columns.dollars(row, 7, RiskManager.stopDistanceCents(spec, event.entryPrice, event.stopPrice, event.quantity));
        }
        Columns.time(row, 8, event.openedNanos);
        row.setLong(9, event.tradeId);
        Columns.price(row, 10, event.price);
        Columns.dollars(row, 11, event.amountCents);
        Columns.time(row, 12, event.timeNanos);
        row.setLong(13, event.sourceIndex);
        Columns.text(row, 14, event.account());
        roundTrips.add();
        addToDay();
    }

    private void addToDay() {
        LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(0, event.timeNanos), EASTERN);
        dayTotals.computeIfAbsent(date, d -> new DayTotal()).add(event.amountCents, event.sourceIndex);
    }

    private void orbEvent(Connection connection) throws SQLException {
        PreparedStatement row = keyed(orb, connection);
        boolean breakout = event.type == DerivedEvent.ORB_BREAKOUT;
        Columns.time(row, 3, event.timeNanos);
        row.setString(4, symbol());
        row.setString(5, event.code < 0 ? "NOT_EVALUATED" : OrbStatus.values()[event.code].name());
        Columns.price(row, 6, event.rangeHigh);
        Columns.price(row, 7, event.rangeLow);
        Columns.price(row, 8, event.longTrigger);
        Columns.price(row, 9, event.shortTrigger);
        row.setBoolean(10, breakout);
        Columns.text(row, 11, breakout ? side(event.side) : null);
        Columns.price(row, 12, breakout ? event.price : Prices.NONE);
        Columns.price(row, 13, event.atr);
        Columns.count(row, 14, event.barCount);
        Columns.text(row, 15, sessionName());
        orb.add();
    }

    private void focusLine(Connection connection) throws SQLException {
        PreparedStatement row = keyed(focus, connection);
        Columns.time(row, 3, event.timeNanos);
        row.setString(4, symbol());
        row.setInt(5, event.code);
        row.setBoolean(6, event.blocks == 1);
        row.setString(7, event.side == EngineEvent.SIDE_LONG ? "LONG" : event.side == EngineEvent.SIDE_SHORT ? "SHORT" : "NEUTRAL");
        Columns.optionalPrice(row, 8, event.price);
        Columns.optionalPrice(row, 9, event.entryLow);
        Columns.optionalPrice(row, 10, event.entryHigh);
        Columns.optionalPrice(row, 11, event.stopPrice);
        Columns.optionalPrice(row, 12, event.target1);
        Columns.optionalPrice(row, 13, event.target2);
        row.setLong(14, event.quantity);
        Columns.dollars(row, 15, event.amountCents);
        row.setDouble(16, event.quality);
        row.setDouble(17, event.waveRatio);
        row.setDouble(18, event.volPercentile);
        focus.add();
    }

    private String symbol() {
        return Instruments.byIndex(event.instrument).symbol();
    }

    private static String side(byte side) {
        return side == EngineEvent.SIDE_LONG ? "LONG" : side == EngineEvent.SIDE_SHORT ? "SHORT" : null;
    }

    /** One upsert per day and batch: a batched upsert may not touch the same row twice. */
    private void bindDays(Connection connection) throws SQLException {
        for (Map.Entry<LocalDate, DayTotal> total : dayTotals.entrySet()) {
            PreparedStatement day = days.row(connection);
            day.setObject(1, total.getKey());
            Columns.dollars(day, 2, total.getValue().realizedCents);
            day.setInt(3, total.getValue().closed);
            day.setInt(4, total.getValue().wins);
            day.setInt(5, total.getValue().losses);
            day.setLong(6, total.getValue().lastIndex);
            days.add();
        }
        dayTotals.clear();
    }

    private static final class DayTotal {
        long realizedCents;
        int closed;
        int wins;
        int losses;
        long lastIndex;

        void add(long cents, long journalIndex) {
            realizedCents += cents;
            closed++;
            wins += cents > 0 ? 1 : 0;
            losses += cents < 0 ? 1 : 0;
            lastIndex = journalIndex;
        }
    }

    @Override
    public int flush(Connection connection) throws SQLException {
        // trades before their closes, closes before the day they add to
        if (!dayTotals.isEmpty()) {
            bindDays(connection);
        }
        return bars.execute() + sessions.execute() + risk.execute() + tradesOpened.execute() + roundTrips.execute()
                + tradesClosed.execute()
                + days.execute() + orb.execute() + focus.execute() + backtests.execute();
    }

    @Override
    public void close() throws SQLException {
        dayTotals.clear();
        for (StatementBatch batch : new StatementBatch[] {bars, sessions, risk, tradesOpened, roundTrips, tradesClosed, days, orb, focus}) {
            batch.close();
        }
        backtests.close();
    }
}
