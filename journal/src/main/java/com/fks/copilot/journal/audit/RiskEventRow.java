package com.fks.copilot.journal.audit;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stored risk event: prices as quoted, money in dollars. {@code openTrades}, {@code accountSize},
 * {@code riskPct}, {@code session} and {@code metadataJson} (TASK-705's columns) are null where not known;
 * {@code source} is "engine" or "external" (posted by a tool).
 */
public record RiskEventRow(long journalIndex, int ordinal, String eventType, Instant time, String symbol, String side,
                           Long quantity, BigDecimal price, BigDecimal stopPrice, Long tradeId, BigDecimal riskDollars,
                           BigDecimal realizedPnl, BigDecimal dailyPnl, boolean blocked, String reason, String warnings,
                           Integer openTrades, BigDecimal accountSize, BigDecimal riskPct, String session,
                           String metadataJson, String source) {
}
