package com.fks.copilot.journal.drain;

import com.fks.copilot.engine.event.BacktestKind;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.journal.audit.AuditQueries;
import com.fks.copilot.journal.audit.TradeDay;
import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.db.DbSettings;
import com.fks.copilot.journal.db.LocalPostgres;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.replay.DemoRecording;
import com.fks.copilot.journal.replay.InputJournalReader;
import com.fks.copilot.journal.replay.OutputJournalReader;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The journal → Postgres drain against a real PostgreSQL server, on a recorded trading morning. */
class PostgresDrainTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    static Path recorded;
    private static LocalPostgres postgres;
    private static long totalInput;
    private static DbSettings drainedMorning;

    @BeforeAll
    static void recordAMorningAndStartPostgres() throws Exception {
        // 07:00–10:40 ET: bars, the plan, ORB evaluations and a breakout, bridge snapshots, checks and trades
        DemoRecording.record(recorded, LocalTime.of(7, 0), LocalTime.of(10, 40));
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recorded))) {
            totalInput = input.countExcerpts(input.firstIndex(), input.lastIndex()) + 1;
        }
        postgres = LocalPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    /** A database holding the whole recorded morning, drained once for the checks that only read it. */
    private static synchronized DbSettings drainedMorning() throws Exception {
        if (drainedMorning == null) {
            DbSettings settings = freshDatabase();
            try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recorded));
                 SingleChronicleQueue output = Journals.open(Journals.outputDir(recorded));
                 Database database = Database.open(settings, "drain", 2);
                 PostgresDrain drain = new PostgresDrain(database, input, output, PostgresDrain.DEFAULT_BATCH,
                         RiskRules.defaults()).start()) {
                await(drain::caughtUp, "drain caught up");
            }
            drainedMorning = settings;
        }
        return drainedMorning;
    }

    /** A fresh, empty database on the shared server. */
    private static DbSettings freshDatabase() throws SQLException {
        String name = "drain_" + DATABASES.incrementAndGet();
        try (Database admin = Database.open(postgres.settings(), "admin", 1);
             Connection connection = admin.dataSource().getConnection()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
        }
        return new DbSettings(postgres.jdbcUrl().replace("/postgres", "/" + name), "postgres", "");
    }

    @Test
    void theDrainedHistoryMatchesTheJournalsTableByTable() throws Exception {
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recorded));
             SingleChronicleQueue output = Journals.open(Journals.outputDir(recorded));
             Database database = Database.open(drainedMorning(), "drain", 2)) {

            HistoryCheck.Report report = HistoryCheck.compare(input, output, database.dataSource());
            System.out.println("drained a recorded morning: " + report);
            assertTrue(report.matches(), report.toString());
            assertEquals(0, report.undrainedInput() + report.undrainedOutput());
            for (HistoryCheck.TableCount table : report.tables()) {
                assertTrue(table.journal() > 0, "the morning fills " + table.table() + ": " + report);
            }
            assertEquals(totalInput, query(database, "SELECT drained_events FROM drain_position WHERE queue = 'input'"));
        }
    }

    @Test
    void everyBridgeUpdateIsOneRowOfTheRiskAuditTrailWithItsVerdict() throws Exception {
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recorded));
             SingleChronicleQueue output = Journals.open(Journals.outputDir(recorded));
             Database database = Database.open(drainedMorning(), "drain", 2)) {
            long[] bridgeUpdates = new long[1];
            InputJournalReader.readAfter(input, -1, e -> bridgeUpdates[0] += e.type == EventType.POSITION ? 1 : 0);
            assertTrue(bridgeUpdates[0] > 0, "the recorded morning has bridge snapshots");
            assertEquals(bridgeUpdates[0], query(database, "SELECT count(*) FROM risk_events WHERE event_type = 'BRIDGE_VERDICT'"));
            assertEquals(0, query(database, "SELECT count(*) FROM risk_events WHERE event_type = 'BRIDGE_VERDICT'"
                    + " AND (blocked IS NULL OR daily_pnl IS NULL OR (blocked AND reason IS NULL))"), "each row carries its verdict");
        }
    }

    @Test
    void everyRiskEventOfTheMorningCarriesOpenTradesAccountSizeAndSession() throws Exception {
        try (Database database = Database.open(drainedMorning(), "drain", 2)) {
            assertTrue(query(database, "SELECT count(*) FROM risk_events WHERE source = 'engine'") > 0);
            assertEquals(0, query(database, "SELECT count(*) FROM risk_events WHERE source = 'engine' AND (open_trades IS NULL"
                    + " OR account_size IS NULL OR session IS NULL)"), "every engine risk event knows them");
            assertEquals(new BigDecimal("50000.00"), decimal(database, "SELECT DISTINCT account_size FROM risk_events WHERE source = 'engine'"));
            assertEquals(0, query(database, "SELECT count(*) FROM risk_events WHERE source = 'engine' AND session <> 'ACTIVE'"),
                    "07:00-10:40 ET is the active session");
            assertTrue(query(database, "SELECT count(*) FROM risk_events WHERE open_trades > 0") > 0,
                    "the morning opens trades");
        }
    }

    @Test
    void riskPercentIsTheRiskDollarsShareOfTheAccountAndOnlyWhereThereIsARisk() throws Exception {
        try (Database database = Database.open(drainedMorning(), "drain", 2)) {
            String engine = "SELECT count(*) FROM risk_events WHERE source = 'engine' AND ";
            assertTrue(query(database, engine + "risk_pct IS NOT NULL") > 0);
            assertEquals(0, query(database, engine + "(risk_pct IS NULL) <> (risk_dollars IS NULL)"));
            assertEquals(0, query(database, engine + "risk_pct IS NOT NULL"
                    + " AND abs(risk_pct - round(risk_dollars * 100 / account_size, 4)) > 0.0001"));
        }
    }

    @Test
    void everyOrbEvaluationCarriesItsBarCountSessionAndTheAtrOnceItHasOne() throws Exception {
        try (Database database = Database.open(drainedMorning(), "drain", 2)) {
            assertEquals(0, query(database, "SELECT count(*) FROM orb_events WHERE source = 'engine' AND (bar_count IS NULL OR session IS NULL)"));
            String triggered = "source = 'engine' AND status IN ('FORMING', 'WAITING', 'BREAKOUT')"; // the statuses with triggers
            assertEquals(0, query(database, "SELECT count(*) FROM orb_events WHERE " + triggered
                    + " AND (atr_value IS NULL OR atr_value <= 0)"), "triggers are set from an ATR, which is kept");
            assertEquals(0, query(database, "SELECT count(*) FROM orb_events WHERE " + triggered
                    + " AND abs(long_trigger - or_high - atr_value / 2) > 0.0001"), "the trigger is the range high + 0.5 ATR");
            assertTrue(query(database, "SELECT count(*) FROM orb_events WHERE bar_count >= 5 AND atr_value > 0") > 0);
        }
    }

    @Test
    void everyExternalAuditRecordOfTheInputJournalIsOneExternalRow() throws Exception {
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recorded));
             Database database = Database.open(drainedMorning(), "drain", 2)) {
            long[] notes = new long[2];
            InputJournalReader.readAfter(input, -1, e -> {
                if (e.type == EventType.AUDIT_NOTE) {
                    notes[e.summaryKind == EventType.NOTE_ORB ? 1 : 0]++;
                }
            });
            assertTrue(notes[0] > 0 && notes[1] > 0, "the morning holds both kinds");
            assertEquals(notes[0], query(database, "SELECT count(*) FROM risk_events WHERE source = 'external' AND ordinal = -1"
                    + " AND event_type = 'warning' AND risk_pct = 0.5 AND metadata_json ->> 'tool' = 'sync'"));
            assertEquals(notes[1], query(database, "SELECT count(*) FROM orb_events WHERE source = 'external' AND ordinal = -1"
                    + " AND status = 'EXTERNAL' AND bar_count = 30 AND metadata_json ->> 'tool' = 'scanner'"));
        }
    }

    @Test
    void theAuditColumnsMigrationUpgradesAnExistingHistoryKeepingItsRows() throws Exception {
        DbSettings settings = freshDatabase();
        try (Database database = Database.open(settings, "upgrade", 2)) {
            Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration").target("1").load().migrate();
            execute(database, "INSERT INTO risk_events (journal_index, ordinal, event_type, blocked) VALUES (7, 0, 'RISK_CHECKED', false)");
            execute(database, "INSERT INTO orb_events (journal_index, ordinal, symbol, status, breakout) VALUES (7, 1, 'MGC', 'WAITING', false)");

            database.migrate();

            assertEquals(1, query(database, "SELECT count(*) FROM risk_events WHERE journal_index = 7 AND open_trades IS NULL"
                    + " AND account_size IS NULL AND risk_pct IS NULL AND session IS NULL AND metadata_json IS NULL"));
            assertEquals(1, query(database, "SELECT count(*) FROM orb_events WHERE journal_index = 7 AND atr_value IS NULL"
                    + " AND bar_count IS NULL AND session IS NULL AND metadata_json IS NULL AND source = 'engine'"));
        }
    }

    @Test
    void everyBacktestRunIsOneRowWithItsTradesInColumns() throws Exception {
        try (SingleChronicleQueue output = Journals.open(Journals.outputDir(recorded));
             Database database = Database.open(drainedMorning(), "drain", 2)) {
            long[] records = new long[3];
            OutputJournalReader.readAll(output, e -> {
                if (e.type == DerivedEvent.BACKTEST_RESULT) {
                    records[e.code == BacktestKind.RUN ? 0 : 1]++;
                }
            });
            assertTrue(records[0] > 0, "the morning holds backtest runs");
            assertEquals(records[0], query(database, "SELECT count(*) FROM backtest_runs WHERE date_from = '2026-11-23'"
                    + " AND trading_days = 1 AND trades = 1 AND net_profit = 197.52 AND win_rate = 1 AND profit_factor IS NULL"
                    + " AND summary ->> 'to' = '2026-11-23'"));
            assertEquals(records[1], query(database, "SELECT count(*) FROM backtest_trades t JOIN backtest_runs r USING (run_id)"
                    + " WHERE t.symbol = 'MGC' AND t.side = 'LONG' AND t.contracts = 2 AND t.entry_price = 5212.3"
                    + " AND t.exit_time = '2026-11-23T15:12:00Z' AND t.exit_reason = 'target' AND t.net = 197.52"), "each trade joins its run");
        }
    }

    @Test
    void goldIsStoredAtTheQuotedPriceNeverScaled() throws Exception {
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recorded));
             SingleChronicleQueue output = Journals.open(Journals.outputDir(recorded));
             Database database = Database.open(drainedMorning(), "drain", 2)) {
            BigDecimal gold = decimal(database, "SELECT max(price) FROM ticks WHERE symbol = 'MGC'");
            assertTrue(gold.compareTo(BigDecimal.valueOf(3000)) > 0 && gold.compareTo(BigDecimal.valueOf(9000)) < 0,
                    "MGC at its quoted price per troy ounce, not times 10: " + gold);
        }
    }

    @Test
    void closedTradesAddUpToTheDailyJournal() throws Exception {
        DbSettings settings = freshDatabase();
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recorded));
             SingleChronicleQueue output = Journals.open(Journals.outputDir(recorded));
             Database database = Database.open(settings, "drain", 2)) {
            try (PostgresDrain drain = new PostgresDrain(database, input, output, 64, RiskRules.defaults()).start()) {
                await(drain::caughtUp, "drain caught up");
            }
            assertEquals(decimal(database, "SELECT sum(realized_pnl) FROM trades"),
                    decimal(database, "SELECT sum(realized_pnl) FROM daily_journal"));
            assertEquals(query(database, "SELECT count(*) FROM trades WHERE realized_pnl > 0"),
                    query(database, "SELECT sum(wins) FROM daily_journal"));
        }
    }

    @Test
    void roundTripsFromExecutionsAreStoredWholeWithTheirAccount() throws Exception {
        long[] journaled = new long[1];
        try (SingleChronicleQueue output = Journals.open(Journals.outputDir(recorded));
             Database database = Database.open(drainedMorning(), "drain", 2)) {
            OutputJournalReader.readAll(output, e -> journaled[0] += e.type == DerivedEvent.ROUND_TRIP_CLOSED ? 1 : 0);
            assertTrue(journaled[0] > 0, "the recorded morning's executions close round trips");
            assertEquals(journaled[0], query(database, "SELECT count(*) FROM trades WHERE source = 'executions'"
                    + " AND account = 'Sim101' AND opened_at <= closed_at AND entry_price IS NOT NULL"
                    + " AND exit_price IS NOT NULL AND realized_pnl IS NOT NULL AND open_journal_index <= close_journal_index"));
            assertEquals(journaled[0], query(database, "SELECT count(*) FROM risk_events WHERE event_type = 'ROUND_TRIP_CLOSED'"
                    + " AND realized_pnl IS NOT NULL"));
        }
    }

    @Test
    void aDayOfTradesComesBackWithBothKindsAndAddsUpToItsJournalLine() throws Exception {
        try (Database database = Database.open(drainedMorning(), "drain", 2)) {
            LocalDate day = LocalDate.ofInstant(instant(database, "SELECT min(closed_at) FROM trades"), EasternTime.ZONE);
            TradeDay traded = new AuditQueries(database.dataSource()).trades(day);

            assertEquals(Set.of("journal", "executions"), traded.trades().stream().map(TradeDay.Trade::source).collect(Collectors.toSet()));
            assertEquals(traded.journal().tradesClosed(), traded.trades().size());
            assertEquals(0, traded.journal().realizedPnl().compareTo(traded.trades().stream()
                    .map(TradeDay.Trade::realizedPnl).reduce(BigDecimal.ZERO, BigDecimal::add)));
            assertTrue(new AuditQueries(database.dataSource()).trades(day.minusDays(1)).trades().isEmpty());
            assertNull(new AuditQueries(database.dataSource()).trades(day.minusDays(1)).journal());
        }
    }

    private static Instant instant(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getTimestamp(1).toInstant();
        }
    }

    @Test
    void aKilledDrainResumesWithEveryEventExactlyOnce() throws Exception {
        DbSettings settings = freshDatabase();
        Process child = drainChild(settings, 200);
        long drainedAtKill;
        try (Database watcher = Database.open(settings, "watcher", 1)) {
            await(() -> drained(watcher) > totalInput / 3, "child drained a third of the morning");
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL, mid-transaction as likely as not
            drainedAtKill = drained(watcher);
        }
        assertTrue(drainedAtKill < totalInput, "killed mid-drain: " + drainedAtKill + " of " + totalInput);

        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recorded));
             SingleChronicleQueue output = Journals.open(Journals.outputDir(recorded));
             Database database = Database.open(settings, "drain", 2)) {
            try (PostgresDrain drain = new PostgresDrain(database, input, output, PostgresDrain.DEFAULT_BATCH, RiskRules.defaults()).start()) {
                await(drain::caughtUp, "restarted drain caught up");
            }
            HistoryCheck.Report report = HistoryCheck.compare(input, output, database.dataSource());
            System.out.println("killed at " + drainedAtKill + " of " + totalInput + " input events; after restart: " + report);
            assertTrue(report.matches(), report.toString());
            assertEquals(totalInput, query(database, "SELECT drained_events FROM drain_position WHERE queue = 'input'"));
        }
    }

    @Test
    void twoDrainsOnOneDatabaseStillWriteEveryEventOnce() throws Exception {
        DbSettings settings = freshDatabase();
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recorded));
             SingleChronicleQueue output = Journals.open(Journals.outputDir(recorded));
             Database first = Database.open(settings, "first", 2);
             Database second = Database.open(settings, "second", 2)) {
            try (PostgresDrain one = new PostgresDrain(first, input, output, 300, RiskRules.defaults()).start();
                 PostgresDrain other = new PostgresDrain(second, input, output, 300, RiskRules.defaults()).start()) {
                await(() -> one.caughtUp() && other.caughtUp(), "both caught up");
            }
            HistoryCheck.Report report = HistoryCheck.compare(input, output, first.dataSource());
            assertTrue(report.matches(), report.toString());
        }
    }

    @Test
    void postgresGoingAwayOnlyMakesTheDrainLagAndItCatchesUpWithNothingLost(@TempDir Path dataDir) throws Exception {
        try (LocalPostgres own = LocalPostgres.start();
             InputJournal journal = new InputJournal(dataDir);
             SingleChronicleQueue output = Journals.open(Journals.outputDir(dataDir));
             Database database = Database.open(own.settings(), "drain", 2);
             PostgresDrain drain = new PostgresDrain(database, journal.queue(), output, 500, RiskRules.defaults())) {
            EngineEvent tick = new EngineEvent();
            appendTicks(journal, tick, 0, 1_000);
            drain.start();
            await(drain::caughtUp, "caught up before the outage");

            own.stop();
            appendTicks(journal, tick, 1_000, 2_500);
            await(() -> !drain.lag().get(0).connected() && drain.lag().get(0).lagEvents() == 2_500,
                    "the outage shows as 2,500 events of lag");
            DrainLag during = drain.lag().get(0);
            assertTrue(during.lastError() != null, "the failure is reported: " + during);

            own.resume();
            await(drain::caughtUp, "caught up after Postgres came back");
            assertEquals(3_500, query(database, "SELECT count(*) FROM ticks"));
            assertEquals(3_500, query(database, "SELECT count(DISTINCT feed_sequence) FROM ticks"));
            assertEquals(0, drain.lag().get(0).lagEvents());
        }
    }

    private static void appendTicks(InputJournal journal, EngineEvent tick, int from, int count) {
        long open = 1_795_000_000_000_000_000L;
        for (int i = from; i < from + count; i++) {
            tick.setTick(Instruments.MGC, Prices.toFixed(5212.3 + (i % 10) * 0.1), 1, open + i * 1_000_000L, i + 1);
            journal.append(tick);
        }
    }

    private static Process drainChild(DbSettings settings, int batch) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DrainChild.class.getName(),
                recorded.toString(), settings.url(), Integer.toString(batch)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static long drained(Database database) {
        try {
            return query(database, "SELECT coalesce(max(drained_events), 0) FROM drain_position WHERE queue = 'input'");
        } catch (SQLException notYetMigrated) {
            return 0;
        }
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            connection.commit();
        }
    }

    private static long query(Database database, String sql) throws SQLException {
        return single(database, sql).longValueExact();
    }

    private static BigDecimal decimal(Database database, String sql) throws SQLException {
        return single(database, sql);
    }

    /** The one value a query answers (0 for SQL NULL is not assumed: a null stays null). */
    private static BigDecimal single(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            BigDecimal value = row.getBigDecimal(1);
            connection.rollback();
            return value;
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
