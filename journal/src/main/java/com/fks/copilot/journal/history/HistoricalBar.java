package com.fks.copilot.journal.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored 1-minute OHLCV bar. Prices are the quoted prices in points, exactly as the source sent
 * them (never scaled by a contract multiplier).
 *
 * @param symbol  the traded product root, e.g. {@code MGC}
 * @param barTime start of the minute the bar covers
 * @param source  where it came from, e.g. {@code massive:MGCZ6}
 */
public record HistoricalBar(String symbol, Instant barTime, BigDecimal open, BigDecimal high, BigDecimal low,
                            BigDecimal close, long volume, String source) {
    public HistoricalBar {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(barTime, "barTime");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(source, "source");
    }
}
