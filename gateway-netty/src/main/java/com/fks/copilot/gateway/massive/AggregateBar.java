package com.fks.copilot.gateway.massive;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One aggregate from Massive's {@code /futures/v1/aggs/{ticker}}: prices exactly as quoted (points,
 * never scaled), volume in contracts.
 *
 * @param windowStart start of the aggregate window (Massive sends it in epoch nanoseconds)
 */
public record AggregateBar(String ticker, Instant windowStart, BigDecimal open, BigDecimal high, BigDecimal low,
                           BigDecimal close, long volume) {
}
