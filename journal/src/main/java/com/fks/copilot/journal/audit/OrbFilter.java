package com.fks.copilot.journal.audit;

import java.time.Instant;

/** What the trader asks of the ORB audit trail; null means "any". Newest first, at most {@code limit}. */
public record OrbFilter(String symbol, Instant since, boolean breakoutOnly, int limit) {
}
