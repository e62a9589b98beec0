package com.fks.copilot.journal.audit;

import java.time.Instant;

/**
 * What the trader asks of the risk audit trail; null means "any" ({@code source}: "engine" or "external").
 * Newest first, at most {@code limit}.
 */
public record RiskFilter(String eventType, String symbol, String source, Instant since, int limit) {
}
