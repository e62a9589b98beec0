package com.fks.copilot.journal.drain;

import com.fks.copilot.engine.event.BacktestKind;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.journal.queue.InputEventCodec;
import com.fks.copilot.journal.queue.OutputEventCodec;
import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Compares what the journals hold with what Postgres holds, table by table, up to each drain's
 * committed position (so a drain that is merely behind is not reported as a gap): what
 * {@code copilot db verify} prints, and what the drain tests assert.
 */
public final class HistoryCheck {
    /** One table (or one event type within it): rows the journal implies vs rows stored, and duplicate keys. */
    public record TableCount(String table, long journal, long database, long duplicates) {
        public boolean matches() {
            return journal == database && duplicates == 0;
        }
    }

    /** The comparison, and how much of each journal is not drained yet. */
    public record Report(List<TableCount> tables, long undrainedInput, long undrainedOutput) {
        public boolean matches() {
            return tables.stream().allMatch(TableCount::matches);
        }
    }

    private HistoryCheck() {
    }

    public static Report compare(SingleChronicleQueue input, SingleChronicleQueue output, DataSource database)
            throws SQLException {
        try (Connection connection = database.getConnection()) {
            long inputDrained = DrainPosition.read(connection, InputRows.QUEUE);
            long outputDrained = DrainPosition.read(connection, OutputRows.QUEUE);
            Map<String, long[]> expected = new LinkedHashMap<>();
            long undrainedInput = countInput(input, inputDrained, expected);
            long undrainedOutput = countOutput(output, outputDrained, expected);
            List<TableCount> tables = new ArrayList<>();
            for (Map.Entry<String, long[]> table : expected.entrySet()) {
                String[] query = QUERIES.get(table.getKey());
                tables.add(new TableCount(table.getKey(), table.getValue()[0], single(connection, query[0]),
                        single(connection, query[1])));
            }
            return new Report(tables, undrainedInput, undrainedOutput);
        }
    }

    /** Per table: the row count, and the count of keys that occur more than once. */
    private static final Map<String, String[]> QUERIES = Map.ofEntries(
            rows("ticks", "ticks", "journal_index"),
            rows("position_snapshots", "position_snapshots", "journal_index"),
            rows("position_lines", "position_lines", "journal_index, symbol"),
            rows("bars_1m", "bars_1m", "journal_index, ordinal"),
            rows("session_changes", "session_changes", "journal_index, ordinal"),
            rows("risk_events", "risk_events", "journal_index, ordinal"),
            rows("trades", "trades", "trade_id"),
            rows("trades closed", "trades WHERE close_journal_index IS NOT NULL", "trade_id"),
            Map.entry("daily_journal trades_closed", new String[] {
                    "SELECT coalesce(sum(trades_closed), 0) FROM daily_journal", "SELECT 0"}),
            rows("orb_events", "orb_events", "journal_index, ordinal"),
            rows("orb_events breakouts", "orb_events WHERE breakout", "journal_index, ordinal"),
            rows("focus_snapshots", "focus_snapshots", "journal_index, ordinal"),
            rows("backtest_runs", "backtest_runs", "journal_index, ordinal"),
            rows("backtest_trades", "backtest_trades", "journal_index, ordinal"));

    private static Map.Entry<String, String[]> rows(String name, String from, String key) {
        String duplicates = "SELECT count(*) FROM (SELECT " + key + " FROM " + from + " GROUP BY " + key
                + " HAVING count(*) > 1) d";
        return Map.entry(name, new String[] {"SELECT count(*) FROM " + from, duplicates});
    }

    private static long countInput(SingleChronicleQueue queue, long drained, Map<String, long[]> expected) {
        for (String table : new String[] {"ticks", "position_snapshots", "position_lines"}) {
            expected.put(table, new long[1]);
        }
        EngineEvent event = new EngineEvent();
        return readDrained(queue, drained, excerpt -> {
            InputEventCodec.decode(excerpt, event);
            if (event.type == EventType.TICK) {
                expected.get("ticks")[0]++;
            } else if (event.type == EventType.POSITION) {
                expected.get("position_snapshots")[0]++;
                for (byte side : event.positionSides) {
                    expected.get("position_lines")[0] += side == EngineEvent.SIDE_FLAT ? 0 : 1;
                }
            } else if (event.type == EventType.AUDIT_NOTE) {
                // an external record is a row of the engine's audit tables too (source 'external')
                boolean orb = event.summaryKind == EventType.NOTE_ORB;
                expected.computeIfAbsent(orb ? "orb_events" : "risk_events", t -> new long[1])[0]++;
                if (orb && AuditNote.parse(event.summaryText()).flag("breakout")) {
                    expected.computeIfAbsent("orb_events breakouts", t -> new long[1])[0]++;
                }
            }
        });
    }

    private static long countOutput(SingleChronicleQueue queue, long drained, Map<String, long[]> expected) {
        for (String table : new String[] {"bars_1m", "session_changes", "risk_events", "trades", "trades closed",
                "daily_journal trades_closed", "orb_events", "orb_events breakouts", "focus_snapshots", "backtest_runs",
                "backtest_trades"}) {
            expected.putIfAbsent(table, new long[1]);
        }
        DerivedEvent event = new DerivedEvent();
        return readDrained(queue, drained, excerpt -> {
            OutputEventCodec.decode(excerpt, event);
            for (String table : tablesOf(event.type)) {
                expected.get(table)[0]++;
            }
            if (event.type == DerivedEvent.BACKTEST_RESULT) {
                expected.get(event.code == BacktestKind.RUN ? "backtest_runs" : "backtest_trades")[0]++;
            }
        });
    }

    /** Hands every excerpt up to {@code drained} to {@code counter}; returns how many come after it. */
    private static long readDrained(SingleChronicleQueue queue, long drained, Consumer<BytesIn<?>> counter) {
        long undrained = 0;
        try (ExcerptTailer tailer = queue.createTailer()) {
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        return undrained;
                    }
                    if (dc.index() > drained) {
                        undrained++;
                    } else {
                        counter.accept(dc.wire().bytes());
                    }
                }
            }
        }
    }

    private static String[] tablesOf(byte type) {
        return switch (type) {
            case DerivedEvent.BAR_CLOSED -> new String[] {"bars_1m"};
            case DerivedEvent.SESSION_CHANGE -> new String[] {"session_changes"};
            case DerivedEvent.RISK_CHECKED, DerivedEvent.TRADE_REFUSED, DerivedEvent.RISK_STATUS,
                    DerivedEvent.BRIDGE_VERDICT, DerivedEvent.NO_TRADE_CHANGED -> new String[] {"risk_events"};
            case DerivedEvent.TRADE_OPENED -> new String[] {"risk_events", "trades"};
            case DerivedEvent.TRADE_CLOSED -> new String[] {"risk_events", "trades closed", "daily_journal trades_closed"};
            case DerivedEvent.ROUND_TRIP_CLOSED ->
                    new String[] {"risk_events", "trades", "trades closed", "daily_journal trades_closed"};
            case DerivedEvent.ORB_EVALUATED -> new String[] {"orb_events"};
            case DerivedEvent.ORB_BREAKOUT -> new String[] {"orb_events", "orb_events breakouts"};
            case DerivedEvent.FOCUS_UPDATED -> new String[] {"focus_snapshots"};
            default -> new String[0];
        };
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
