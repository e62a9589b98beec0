package com.fks.copilot.journal.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One ET trading day of the trade history ({@code GET /trades?date=}): the trades closed that day, journaled
 * ones and round trips rebuilt from executions alike, oldest close first, and the day's line of the daily
 * journal (null when nothing closed that day).
 */
public record TradeDay(LocalDate date, List<Trade> trades, Journal journal) {

    /** A stored trade; {@code stop} and {@code riskDollars} are null when it had no stop, {@code account} for journaled ones. */
    public record Trade(long tradeId, String source, String account, String symbol, String side, long quantity,
                        BigDecimal entry, BigDecimal stop, BigDecimal exit, BigDecimal riskDollars, BigDecimal realizedPnl,
                        Instant openedAt, Instant closedAt) {
    }

    /** The day's totals as the drain kept them (seed TASK-705's daily_journal). */
    public record Journal(BigDecimal realizedPnl, int tradesClosed, int wins, int losses) {
    }
}
