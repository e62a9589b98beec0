package com.fks.copilot.journal.audit;

import java.time.Instant;

/** What the trader asks of the risk audit trail; null means "any". Newest first, at most {@code limit}. */
public record RiskFilter(String eventType, String symbol, Instant since, int limit) {
}
