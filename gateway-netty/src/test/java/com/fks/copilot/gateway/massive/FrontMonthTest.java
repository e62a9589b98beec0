package com.fks.copilot.gateway.massive;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrontMonthTest {
    private static final FuturesContract DEC = contract("MGCZ6", "2026-06-26", "2026-12-29");
    private static final FuturesContract FEB = contract("MGCG7", "2026-08-27", "2027-02-24");
    private static final FuturesContract APR = contract("MGCJ7", "2026-10-28", "2027-04-28");
    /** Massive's order: by ticker, so February sorts before December. */
    private static final List<FuturesContract> LISTED = List.of(FEB, APR, DEC);

    private static FuturesContract contract(String ticker, String firstTrade, String lastTrade) {
        return new FuturesContract(ticker, "MGC", LocalDate.parse(firstTrade), LocalDate.parse(lastTrade));
    }

    @Test
    void shouldPickTheContractExpiringFirstWhateverOrderMassiveListsThemIn() {
        assertEquals(Optional.of(DEC), FrontMonth.on(LocalDate.of(2026, 11, 17), LISTED, 5));
    }

    @Test
    void shouldRollToTheNextContractFiveDaysBeforeTheLastTradeDate() {
        assertEquals(Optional.of(DEC), FrontMonth.on(LocalDate.of(2026, 12, 23), LISTED, 5));
        assertEquals(Optional.of(FEB), FrontMonth.on(LocalDate.of(2026, 12, 24), LISTED, 5));
        assertEquals(LocalDate.of(2026, 12, 24), FrontMonth.rollDate(DEC, 5));
    }

    @Test
    void shouldSkipAContractThatHasNotStartedTrading() {
        FuturesContract june = contract("MGCM7", "2027-01-27", "2027-06-28");
        assertEquals(Optional.of(APR), FrontMonth.on(LocalDate.of(2027, 2, 20), List.of(june, APR), 5));
    }

    @Test
    void shouldFindNoFrontMonthWhenEveryContractHasRolledOff() {
        assertEquals(Optional.empty(), FrontMonth.on(LocalDate.of(2027, 4, 24), LISTED, 5));
    }
}
