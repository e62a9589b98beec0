package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.analytics.Bars;
import com.fks.copilot.engine.backtest.BacktestRules;
import com.fks.copilot.engine.backtest.Strategy;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.notrade.NoTradeRules;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.gateway.analyze.BarCsv;
import com.fks.copilot.gateway.analyze.BarFileError;
import com.fks.copilot.gateway.backtest.Backtest;
import com.fks.copilot.gateway.backtest.BacktestRequest;
import com.fks.copilot.gateway.backtest.HistorySources;
import com.fks.copilot.gateway.backtest.MarketHistory;
import com.fks.copilot.gateway.backtest.RecordedJournal;
import com.fks.copilot.journal.db.DbSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code backtest} and {@code optimize} are run on and with: one history (a journal, the history database or a
 * bar file), the contracts, the trading days, the strategies and the costs. Input the trader can fix is a
 * {@link BadInput}: the command prints it and exits 2.
 */
final class BacktestOptions {
    static final int BAD_INPUT = 2;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "A data dir whose input journal is the history.")
    Path dataDir;

    @CommandLine.Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--csv", paramLabel = "FILE", description = "A file of 1-minute bars, in the formats `analyze` reads.")
    Path csv;

    @Option(names = "--asset", paramLabel = "SYMBOL", description = "The contract the --csv bars are (MGC, MNQ, MES, MCL, SIL, MHG).")
    String asset;

    @Option(names = "--symbols", paramLabel = "LIST", description = "Contracts to trade, e.g. MGC,MNQ (default: all six;"
            + " the engine still ranks all of them for the plan).")
    String symbols;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First trading day (default: as many of the last"
            + " the history holds as the command needs).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last trading day traded (default: the last one held).")
    LocalDate to;

    @Option(names = "--strategy", defaultValue = "both", paramLabel = "orb|focus|both",
            description = "Which rules to trade (default ${DEFAULT-VALUE}).")
    String strategy;

    @Option(names = "--commission", defaultValue = "0.62", paramLabel = "DOLLARS", description = "Commission per contract"
            + " per side, all-in (default ${DEFAULT-VALUE}: a typical retail rate for micros; use your statement's).")
    BigDecimal commission;

    @Option(names = "--slippage-ticks", defaultValue = "1", description = "Ticks lost on each market fill (default ${DEFAULT-VALUE}).")
    int slippageTicks;

    /** Where a data dir's suggestions live: the dashboard reads them; null without --data-dir. */
    Path suggestionsFile() {
        return dataDir == null ? null : SuggestionsFile.of(dataDir);
    }

    /** The history the options name: exactly one source. */
    MarketHistory history() throws IOException {
        DbSettings db = dataDir == null && csv == null ? database.settings() : null;
        int sources = (dataDir != null ? 1 : 0) + (csv != null ? 1 : 0) + (db != null ? 1 : 0);
        if (sources != 1) {
            throw new BadInput("name one history: --data-dir DIR, --db-url URL or --csv FILE --asset SYMBOL");
        }
        if (dataDir != null) {
            return new RecordedJournal(dataDir);
        }
        if (csv != null) {
            return csvHistory();
        }
        if (from == null || to == null) {
            throw new BadInput("with --db-url, give --from and --to (the database may hold years)");
        }
        try {
            return HistorySources.database(db, from, to);
        } catch (SQLException | RuntimeException e) {
            throw new BadInput("cannot read historical_bars from " + db.redactedUrl() + ": " + e.getMessage());
        }
    }

    private MarketHistory csvHistory() throws IOException {
        if (asset == null) {
            throw new BadInput("--csv needs --asset SYMBOL: which contract the bars are");
        }
        Instrument contract = contract(asset);
        try {
            Bars bars = BarCsv.read(csv);
            return HistorySources.file(csv.getFileName().toString(), bars, contract);
        } catch (BarFileError e) {
            throw new BadInput(csv + " " + e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInput(csv + ": no such file");
        }
    }

    BacktestRules rules() {
        Set<Strategy> strategies = switch (strategy.trim().toLowerCase(Locale.ROOT)) {
            case "orb" -> EnumSet.of(Strategy.ORB);
            case "focus" -> EnumSet.of(Strategy.FOCUS);
            case "both" -> EnumSet.allOf(Strategy.class);
            default -> throw new BadInput("--strategy must be orb, focus or both, not '" + strategy + "'");
        };
        if (commission.signum() < 0 || slippageTicks < 0) {
            throw new BadInput("--commission and --slippage-ticks must not be negative");
        }
        Set<Integer> contracts = new LinkedHashSet<>();
        String list = symbols != null ? symbols : csv != null && asset != null ? asset // a bar file holds one contract
                : Instruments.all().stream().map(Instrument::symbol).collect(Collectors.joining(","));
        for (String symbol : list.split(",")) {
            contracts.add(contract(symbol).index());
        }
        return new BacktestRules(strategies, commission.movePointRight(2).longValueExact(), slippageTicks,
                BacktestRules.DEFAULT_ORB_STOP_ATR, BacktestRules.DEFAULT_ORB_TARGET_ATR, contracts, NoTradeRules.MIN_QUALITY);
    }

    private static Instrument contract(String symbol) {
        return Instruments.bySymbol(symbol.trim().toUpperCase(Locale.ROOT)).orElseThrow(() -> new BadInput(
                "unknown symbol '" + symbol.trim() + "'; expected one of " + Instruments.all().stream()
                        .map(Instrument::symbol).collect(Collectors.joining(", "))));
    }

    /** The request for {@code history}: --from/--to, or the last {@code days} trading days it holds. */
    BacktestRequest request(MarketHistory history, BacktestRules rules, int days) {
        List<LocalDate> held = history.tradingDays();
        if (held.isEmpty()) {
            throw new BadInput("no market data in " + history.describe());
        }
        LocalDate last = to != null ? to : held.get(held.size() - 1);
        List<LocalDate> upTo = held.stream().filter(d -> !d.isAfter(last)).toList();
        LocalDate first = from != null ? from : upTo.isEmpty() ? last : upTo.get(Math.max(0, upTo.size() - days));
        return new BacktestRequest(history, first, last, rules, RiskRules.defaults());
    }

    /** One line on stderr, redrawn as each trading day enters the engine. */
    static Backtest.DayProgress progressBar(PrintStream err) {
        return (day, done, of) -> {
            int width = 30;
            int filled = of == 0 ? 0 : Math.min(width, done * width / of);
            err.printf(Locale.ROOT, "\r[%s%s] %d/%d days  %s", "#".repeat(filled), " ".repeat(width - filled), done, of, day);
        };
    }

    static int refuse(String command, String message) {
        System.err.println();
        System.err.println(command + ": " + message);
        return BAD_INPUT;
    }

    /**
     * The scratch engine's end-of-day snapshots would interleave their log lines with the progress bar. Held here: JUL
     * keeps loggers only weakly, and a level set on one nobody holds is lost with it.
     */
    private static final java.util.logging.Logger STATE_LOG = java.util.logging.Logger.getLogger("copilot.state");

    static void quietScratchEngine() {
        STATE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /** Input the trader can fix: exit 2 with the message. */
    static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message);
        }
    }
}
