package com.fks.copilot.gateway.massive;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which contract of a product is the front month on a trading date: of the contracts trading that
 * day, the one expiring first, until {@code rollDays} calendar days before its last trade date,
 * when the next one takes over (the volume has moved by then). Massive lists contracts by ticker,
 * not expiry, so they are sorted by last trade date here.
 */
public final class FrontMonth {
    private FrontMonth() {
    }

    /** The front month on {@code tradingDate}, or empty when none of {@code contracts} qualifies. */
    public static Optional<FuturesContract> on(LocalDate tradingDate, List<FuturesContract> contracts, int rollDays) {
        return contracts.stream()
                .filter(c -> c.firstTradeDate() == null || !c.firstTradeDate().isAfter(tradingDate))
                .filter(c -> tradingDate.isBefore(rollDate(c, rollDays)))
                .min(Comparator.comparing(FuturesContract::lastTradeDate));
    }

    /** The first trading date on which {@code contract} is no longer the front month. */
    public static LocalDate rollDate(FuturesContract contract, int rollDays) {
        return contract.lastTradeDate().minusDays(rollDays);
    }
}
