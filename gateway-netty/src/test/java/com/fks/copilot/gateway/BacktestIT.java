package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.backtest.BacktestEngine;
import com.fks.copilot.engine.backtest.BacktestRules;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.backtest.Signal;
import com.fks.copilot.engine.backtest.TapeBar;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.state.MinuteBar;
import com.fks.copilot.gateway.app.BacktestCommand;
import com.fks.copilot.gateway.app.OptimizeCommand;
import com.fks.copilot.gateway.app.SuggestionsFile;
import com.fks.copilot.gateway.backtest.Candidate;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.backtest.Backtest;
import com.fks.copilot.gateway.backtest.BacktestReport;
import com.fks.copilot.gateway.backtest.BacktestRequest;
import com.fks.copilot.gateway.backtest.RecordedJournal;
import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.db.LocalPostgres;
import com.fks.copilot.journal.history.HistoricalBar;
import com.fks.copilot.journal.history.HistoricalBarStore;
import com.fks.copilot.gateway.backtest.StoredBars;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.replay.OutputJournalReader;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code copilot backtest} on a recorded demo: Tuesday 24 November 2026, 09:29:30–11:30 ET, after three prior trading
 * days (seed 42). The backtest's engine says what the live engine said that day, whether it is fed the journal or
 * the day's 1-minute bars; the history database's bars trade as the same bars in memory; the same journal gives the
 * same report bytes; bad input exits 2.
 */
class BacktestIT {
    private static final LocalDate DAY = TestApps.DAY;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path recorded;

    @BeforeAll
    static void recordADemoDay() throws Exception {
        recorded = dir.resolve("demo");
        try (CopilotApp app = TestApps.demoWithHistory(recorded, DAY, 3, 0, LocalTime.of(9, 29, 30), LocalTime.of(11, 30))) {
            app.awaitFeedFinished();
            app.drainAndReport();
        }
    }

    @Test
    void fedTheJournalTheBacktestsEngineBreaksOutAndPlansAsTheLiveOneDid() {
        List<Signal.OrbBreakout> live = liveBreakouts();
        assertFalse(live.isEmpty(), "the demo day has ORB breakouts to compare");
        List<Signal> signals = BacktestEngine.run(dir.resolve("scratch-journal"), RiskRules.defaults(),
                engine -> new RecordedJournal(recorded).play(DAY, engine));
        assertEquals(live, breakouts(signals));
        List<Signal.PlanLine> plan = planLines(signals);
        assertFalse(plan.isEmpty(), "the plan was made");
        assertEquals(livePlanLines(), plan, "and the daily plan, line for line");
    }

    @Test
    void fedTheDaysOneMinuteBarsTheBacktestsEngineBreaksOutWhereTheLiveOneDid() {
        List<TapeBar> bars = recordedBars();
        List<Signal> signals = BacktestEngine.run(dir.resolve("scratch-bars"), RiskRules.defaults(),
                engine -> new StoredBars("bars", bars).play(DAY, engine));
        // the same breakout bar, side and price; stamped by the tape's next clock rather than the live feed's next trade
        assertEquals(minutes(liveBreakouts()), minutes(breakouts(signals)));
    }

    @Test
    void theHistoryDatabasesBarsTradeAsTheSameBarsInMemory() throws Exception {
        List<TapeBar> bars = recordedBars();
        try (LocalPostgres postgres = LocalPostgres.start(); Database db = Database.open(postgres.settings(), "test", 2)) {
            db.migrate();
            new HistoricalBarStore(db.dataSource(), 500).insert(bars.stream().map(BacktestIT::stored).toList());
            Path fromDb = dir.resolve("db.json");
            assertEquals(0, backtest("--db-url", postgres.jdbcUrl(), "--db-user", "postgres", "--from", DAY.toString(),
                    "--to", DAY.toString(), "--json", fromDb.toString()));

            BacktestReport inMemory = Backtest.run(new BacktestRequest(new StoredBars("bars", bars), DAY, DAY,
                    BacktestRules.defaults(), RiskRules.defaults()), Backtest.DayProgress.NONE);
            JsonNode report = JSON.readTree(fromDb.toFile());
            JsonNode expected = JSON.readTree(inMemory.toJson());
            assertEquals(expected.get("trades"), report.get("trades"));
            assertEquals(expected.get("contracts"), report.get("contracts"));
        }
    }

    @Test
    void theSameJournalGivesTheSameReportBytes() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        assertEquals(0, backtest("--data-dir", recorded.toString(), "--json", first.toString()));
        assertEquals(0, backtest("--data-dir", recorded.toString(), "--json", second.toString()));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void optimizeWritesASuggestionPerContractForTheDashboardAndTheSameBytesTwice() throws Exception {
        Path first = dir.resolve("optimize-1.json");
        Path second = dir.resolve("optimize-2.json");
        String[] walkForward = {"--data-dir", recorded.toString(), "--in-sample-days", "2", "--out-of-sample-days", "1"};
        assertEquals(0, optimize(walkForward, "--json", first.toString()));
        assertEquals(0, optimize(walkForward, "--json", second.toString()));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

        JsonNode report = JSON.readTree(first.toFile());
        assertEquals(2, report.get("folds").size(), "four days: 2 in sample + 1 out, rolled once");
        assertEquals(Candidate.grid().size(), report.get("contracts").get(0).get("candidates").size(), "every candidate shown");
        JsonNode suggestions = JSON.readTree(SuggestionsFile.of(recorded).toFile()).get("suggestions");
        assertEquals(6, suggestions.size());
        assertTrue(suggestions.get(0).get("text").asText().startsWith("MGC: ORB "), suggestions.get(0).toString());
    }

    @Test
    void optimizeRefusesWindowsTheHistoryCannotFill() {
        assertEquals(2, optimize(new String[] {"--data-dir", recorded.toString(), "--in-sample-days", "20"}));
        assertEquals(2, optimize(new String[] {"--data-dir", recorded.toString(), "--out-of-sample-days", "0"}));
    }

    @Test
    void anUnknownSymbolAnEmptyRangeOrNoHistoryExitTwo() throws Exception {
        assertEquals(2, backtest("--data-dir", recorded.toString(), "--symbols", "MGC,ZZZ"));
        assertEquals(2, backtest("--data-dir", recorded.toString(), "--from", "2026-11-24", "--to", "2026-11-20"));
        assertEquals(2, backtest("--data-dir", recorded.toString(), "--from", "2025-01-06", "--to", "2025-01-10"));
        assertEquals(2, backtest("--data-dir", Files.createDirectories(dir.resolve("empty")).toString()));
        assertEquals(2, backtest("--data-dir", recorded.toString(), "--csv", "bars.csv", "--asset", "MGC"));
        assertEquals(2, backtest("--data-dir", recorded.toString(), "--strategy", "scalp"));
    }

    /** The 1-minute bars the live engine closed on the recorded days. */
    private static List<TapeBar> recordedBars() {
        List<TapeBar> bars = new ArrayList<>();
        try (SingleChronicleQueue output = Journals.open(Journals.outputDir(recorded))) {
            OutputJournalReader.readAll(output, e -> {
                if (e.type == DerivedEvent.BAR_CLOSED) {
                    bars.add(new TapeBar(e.instrument, e.timeNanos, e.open, e.high, e.low, e.close, e.volume));
                }
            });
        }
        return bars;
    }

    private static HistoricalBar stored(TapeBar bar) {
        return new HistoricalBar(Instruments.byIndex(bar.instrument()).symbol(), Instant.ofEpochSecond(0, bar.startNanos()),
                BigDecimal.valueOf(bar.open(), 8), BigDecimal.valueOf(bar.high(), 8), BigDecimal.valueOf(bar.low(), 8),
                BigDecimal.valueOf(bar.close(), 8), bar.volume(), "demo");
    }

    private static int optimize(String[] args, String... more) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return new CommandLine(new OptimizeCommand()).execute(all);
    }

    private static int backtest(String... args) {
        return new CommandLine(new BacktestCommand()).execute(args);
    }

    private static List<Signal.OrbBreakout> liveBreakouts() {
        List<Signal.OrbBreakout> live = new ArrayList<>();
        try (SingleChronicleQueue output = Journals.open(Journals.outputDir(recorded))) {
            OutputJournalReader.readAll(output, e -> {
                if (e.type == DerivedEvent.ORB_BREAKOUT) {
                    live.add(new Signal.OrbBreakout(e.instrument, e.timeNanos, e.side, e.price, e.atr));
                }
            });
        }
        return live;
    }

    private static List<Signal.PlanLine> livePlanLines() {
        List<Signal.PlanLine> live = new ArrayList<>();
        try (SingleChronicleQueue output = Journals.open(Journals.outputDir(recorded))) {
            OutputJournalReader.readAll(output, e -> {
                if (e.type == DerivedEvent.FOCUS_UPDATED) {
                    live.add(new Signal.PlanLine(e.instrument, e.timeNanos, e.side, e.entryLow, e.entryHigh, e.stopPrice,
                            e.target1, e.target2, (int) e.quantity, e.quality, e.blocks == 1));
                }
            });
        }
        return live;
    }

    private static List<Signal.PlanLine> planLines(List<Signal> signals) {
        return signals.stream().filter(s -> s instanceof Signal.PlanLine).map(s -> (Signal.PlanLine) s).toList();
    }

    private static List<Signal.OrbBreakout> breakouts(List<Signal> signals) {
        return signals.stream().filter(s -> s instanceof Signal.OrbBreakout).map(s -> (Signal.OrbBreakout) s).toList();
    }

    private static List<Signal.OrbBreakout> minutes(List<Signal.OrbBreakout> breakouts) {
        return breakouts.stream().map(b -> new Signal.OrbBreakout(b.instrument(), Math.floorDiv(b.timeNanos(),
                MinuteBar.NANOS), b.side(), b.price(), b.atr())).toList();
    }
}
