package com.fks.copilot.gateway.backfill;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.journal.history.GapReport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * The answers of {@code GET /backfill/status} and {@code GET /backfill/gaps/{symbol}?days=N}, as an
 * HTTP status and a JSON-ready body; the HTTP layer only writes them. Without a database every
 * answer is a 503 saying so.
 */
public final class BackfillApi {
    /** What to answer: an HTTP status and a body for Jackson. */
    public record Answer(int status, Object body) {
    }

    /** The longest gap report window, in days (about ten years). */
    public static final int MAX_GAP_DAYS = 3_660;
    private static final String SCHEDULE = "CME Globex: Sunday 18:00 to Friday 17:00 ET, daily break 17:00-18:00 ET;"
            + " exchange holidays are not modelled";
    private final BackfillService service;

    public BackfillApi(BackfillService service) {
        this.service = service;
    }

    /** The API when no database URL is configured. */
    public static BackfillApi notConfigured() {
        return new BackfillApi(null);
    }

    public Answer status() {
        if (service == null) {
            return notConfiguredAnswer();
        }
        Map<String, Object> body = new LinkedHashMap<>(service.status().toJson());
        body.put("runs_enabled", service.canRun());
        body.put("days_back", service.settings().daysBack());
        body.put("chunk_days", service.settings().chunkDays());
        return new Answer(200, body);
    }

    /** @param days the window in days (1 to {@value #MAX_GAP_DAYS}, checked by the caller), or empty for the configured days back */
    public CompletableFuture<Answer> gaps(String symbol, OptionalInt days) {
        if (service == null) {
            return CompletableFuture.completedFuture(notConfiguredAnswer());
        }
        Optional<Instrument> instrument = Instruments.bySymbol(symbol);
        if (instrument.isEmpty()) {
            return CompletableFuture.completedFuture(error(404, "unknown symbol: " + symbol, "symbol"));
        }
        int window = days.orElse(service.settings().daysBack());
        return service.gaps(instrument.get(), window)
                .thenApply(report -> new Answer(200, toJson(report, window)))
                .exceptionally(e -> error(503, "gap report unavailable: " + rootMessage(e), null));
    }

    private static Map<String, Object> toJson(GapReport report, int days) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("symbol", report.symbol());
        body.put("from", report.from().toString());
        body.put("to", report.to().toString());
        body.put("days", days);
        body.put("expected_bars", report.expectedBars());
        body.put("actual_bars", report.actualBars());
        body.put("missing_bars", report.expectedBars() - report.actualBars());
        body.put("coverage_pct", report.coveragePercent());
        body.put("min_gap_minutes", report.minGapMinutes());
        List<Map<String, Object>> gaps = report.gaps().stream().map(g -> {
            Map<String, Object> gap = new LinkedHashMap<>();
            gap.put("start", g.start().toString());
            gap.put("end", g.end().toString());
            gap.put("minutes", g.minutes());
            return gap;
        }).toList();
        body.put("gaps", gaps);
        body.put("schedule", SCHEDULE);
        return body;
    }

    private static Answer notConfiguredAnswer() {
        return error(503, "backfill database not configured: set COPILOT_DB_URL (or --db-url)", null);
    }

    private static Answer error(int status, String message, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        if (field != null) {
            body.put("field", field);
        }
        return new Answer(status, body);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
