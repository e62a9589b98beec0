package com.fks.copilot.gateway.massive;

import java.time.LocalDate;

/**
 * A listed futures contract from Massive's {@code /futures/v1/contracts}.
 *
 * @param ticker         root + month letter + year digit, e.g. {@code MGCZ6}
 * @param firstTradeDate first day it traded; null when Massive does not say
 */
public record FuturesContract(String ticker, String productCode, LocalDate firstTradeDate, LocalDate lastTradeDate) {
}
