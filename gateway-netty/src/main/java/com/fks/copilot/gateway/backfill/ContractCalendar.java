package com.fks.copilot.gateway.backfill;

import com.fks.copilot.gateway.massive.FrontMonth;
import com.fks.copilot.gateway.massive.FuturesContract;
import com.fks.copilot.gateway.massive.MassiveException;
import com.fks.copilot.gateway.massive.MassiveRest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The front month of one product through a backfill. One listing (contracts trading on the first
 * date asked about) usually covers the whole range, since deferred months are listed long before
 * they lead; a date past every listed contract's roll fetches the listing for that date.
 */
final class ContractCalendar {
    private final MassiveRest massive;
    private final String root;
    private final int rollDays;
    private List<FuturesContract> listed;

    ContractCalendar(MassiveRest massive, String root, int rollDays) {
        this.massive = massive;
        this.root = root;
        this.rollDays = rollDays;
    }

    /** The contract to take bars from on {@code tradingDate}. */
    FuturesContract frontMonthOn(LocalDate tradingDate) throws IOException, InterruptedException {
        Optional<FuturesContract> front = listed == null ? Optional.empty() : FrontMonth.on(tradingDate, listed, rollDays);
        if (front.isEmpty()) {
            listed = massive.contracts(root, tradingDate);
            front = FrontMonth.on(tradingDate, listed, rollDays);
        }
        return front.orElseThrow(() -> new MassiveException(0, "Massive lists no " + root
                + " contract that is the front month on " + tradingDate));
    }

    /** The first trading date on which {@code contract} is no longer the front month. */
    LocalDate rollDate(FuturesContract contract) {
        return FrontMonth.rollDate(contract, rollDays);
    }
}
