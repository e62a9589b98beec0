package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.backtest.Candidate;
import com.fks.copilot.gateway.backtest.OptimizeReport;
import com.fks.copilot.gateway.backtest.WalkForward;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code copilot optimize}: a walk-forward over the rules' free parameters (README: Backtest the rules): in-sample vs
 * out-of-sample for every candidate, and a suggestion per contract, written for the dashboard to show. It never
 * changes the live rules.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Walk-forward optimisation of ORB trigger (0.3–1.0 ATR), quality bar (45–65 %) and ORB stop (1–2 ATR)",
                "on stored history; suggests, never changes the live rules."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the report was printed", "2:bad input: sources, symbols, dates, windows or too little history"})
public final class OptimizeCommand implements Callable<Integer> {
    @CommandLine.Mixin
    BacktestOptions options = new BacktestOptions();

    @Option(names = "--in-sample-days", defaultValue = "20", description = "Trading days each candidate is chosen on (default ${DEFAULT-VALUE}).")
    int inSampleDays;

    @Option(names = "--out-of-sample-days", defaultValue = "5", description = "Trading days the choice is then scored on (default ${DEFAULT-VALUE}).")
    int outOfSampleDays;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the full report here (same input, same bytes).")
    Path json;

    @Option(names = "--suggest", paramLabel = "FILE", description = "Write the suggestions here (default with --data-dir:"
            + " DIR/suggestions/latest.json, which the dashboard shows).")
    Path suggest;

    @Override
    public Integer call() throws IOException {
        BacktestOptions.quietScratchEngine();
        try {
            WalkForward.Windows windows = new WalkForward.Windows(inSampleDays, outOfSampleDays);
            int days = 3 * (inSampleDays + outOfSampleDays); // three folds by default, when the history has them
            OptimizeReport report = WalkForward.run(options.request(options.history(), options.rules(), days), windows,
                    Candidate.grid(), BacktestOptions.progressBar(System.err));
            System.err.println();
            System.out.print(report.table());
            if (json != null) {
                Files.writeString(json, report.toJson());
            }
            Path suggestions = suggest != null ? suggest : options.suggestionsFile();
            if (suggestions != null) {
                Files.createDirectories(suggestions.toAbsolutePath().getParent());
                Files.writeString(suggestions, report.suggestionsJson());
                System.out.println("suggestions written to " + suggestions);
            }
            return 0;
        } catch (IllegalArgumentException | BacktestOptions.BadInput e) {
            return BacktestOptions.refuse("optimize", e.getMessage());
        }
    }
}
