package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.backtest.Backtest;
import com.fks.copilot.gateway.backtest.BacktestReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code copilot backtest}: how today's rules would have traded the stored history: the engine's own ORB and daily
 * plan, traded bar by bar (README: Backtest the rules). A table on stdout, a progress bar on stderr, the JSON report
 * with {@code --json}. Bad input (no or two sources, an unknown symbol, an empty range, no history) exits 2.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Backtest the engine's ORB and daily-plan rules on stored history: a recorded journal (--data-dir),",
                "PostgreSQL's historical_bars (--db-url) or a bar file (--csv FILE --asset NAME)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the report was printed", "2:bad input: sources, symbols, dates or no history (message on stderr)"})
public final class BacktestCommand implements Callable<Integer> {
    /** The trading days tested when --from is not given: the last 20 the history holds. */
    static final int DEFAULT_DAYS = 20;

    @CommandLine.Mixin
    BacktestOptions options = new BacktestOptions();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the JSON report here (same input, same bytes).")
    Path json;

    @Override
    public Integer call() throws IOException {
        BacktestOptions.quietScratchEngine();
        try {
            BacktestReport report = Backtest.run(options.request(options.history(), options.rules(), DEFAULT_DAYS),
                    BacktestOptions.progressBar(System.err));
            System.err.println();
            System.out.print(report.table());
            if (json != null) {
                Files.writeString(json, report.toJson());
            }
            return 0;
        } catch (IllegalArgumentException | BacktestOptions.BadInput e) {
            return BacktestOptions.refuse("backtest", e.getMessage());
        }
    }
}
