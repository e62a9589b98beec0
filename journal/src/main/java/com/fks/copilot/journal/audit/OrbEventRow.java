package com.fks.copilot.journal.audit;

import java.math.BigDecimal;
import java.time.Instant;

/** One stored opening-range evaluation; {@code atrValue}, {@code barCount}, {@code session}, {@code metadataJson} null where not known. */
public record OrbEventRow(long journalIndex, int ordinal, Instant time, String symbol, String status, BigDecimal orHigh,
                          BigDecimal orLow, BigDecimal longTrigger, BigDecimal shortTrigger, boolean breakout,
                          String direction, BigDecimal breakoutPrice, BigDecimal atrValue, Integer barCount,
                          String session, String metadataJson, String source) {
}
