package com.fks.copilot.journal.audit;

import java.time.LocalDate;
import java.util.List;

/** A day's audit trail counted by symbol and event type (TASK-705's summary). */
public record AuditSummary(LocalDate date, long riskEvents, long blocked, long orbEvaluations, long breakouts,
                           List<Count> risk, List<Count> orb) {

    /** {@code symbol} is null for account-wide events (the standing verdict, NO TRADE). */
    public record Count(String symbol, String eventType, long count) {
    }
}
