package com.fks.copilot.journal.audit;

import java.time.Instant;

/** What the trader asks of the ORB audit trail; null means "any" ({@code source}: "engine" or "external"). Newest first, at most {@code limit}. */
public record OrbFilter(String symbol, String source, Instant since, boolean breakoutOnly, int limit) {
}
