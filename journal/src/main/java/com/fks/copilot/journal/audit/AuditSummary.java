package com.fks.copilot.journal.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * A day's audit trail counted by symbol and event type (TASK-705's summary). The totals include the records
 * external tools posted ({@code POST /audit/risk}, {@code /audit/orb}); {@code externalRiskEvents} and
 * {@code externalOrbEvents} say how many of them there were.
 */
public record AuditSummary(LocalDate date, long riskEvents, long blocked, long orbEvaluations, long breakouts,
                           long externalRiskEvents, long externalOrbEvents, List<Count> risk, List<Count> orb) {

    /** {@code symbol} is null for account-wide events (the standing verdict, NO TRADE). */
    public record Count(String symbol, String eventType, long count) {
    }
}
