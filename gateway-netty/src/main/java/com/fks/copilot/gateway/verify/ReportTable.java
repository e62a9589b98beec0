package com.fks.copilot.gateway.verify;

import java.io.PrintWriter;
import java.util.Locale;

/** The terminal's view of a run: a row per check as it finishes, then the count and the verdict. */
public final class ReportTable {
    private static final String ROW = "%-26s %-9s %-6s %s%n";
    private final PrintWriter out;

    public ReportTable(PrintWriter out) {
        this.out = out;
    }

    public void header(String url, boolean quick) {
        out.printf("copilot verify %s%s%n", url, quick ? " (quick: slow checks skipped)" : "");
        out.printf(ROW, "CHECK", "SEVERITY", "RESULT", "DETAIL");
        out.flush();
    }

    public void row(Check check) {
        out.printf(ROW, check.name(), check.severity(), check.outcome(), check.detail() == null ? "" : check.detail());
        out.flush();
    }

    public void footer(Report report) {
        Report.Summary summary = report.summary();
        out.printf(Locale.ROOT, "%d passed, %d failed (%d critical), %d skipped: %s (exit %d)%n", summary.passed(),
                summary.failed(), summary.criticalFailures(), summary.skipped(),
                report.exitCode() == Report.OK ? "READY" : "NOT READY", report.exitCode());
        out.flush();
    }
}
