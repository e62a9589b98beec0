package com.fks.copilot.gateway.feed;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.gateway.massive.FuturesContract;

import java.time.LocalDate;

/**
 * Where one traded contract's market data comes from: the front month of its data root (the
 * traded micro itself, or the full-size contract whose price it tracks, e.g. HG for MHG).
 *
 * @param instrument what the trader trades; the ticks go into the ring under its index
 * @param dataRoot   the product whose ticker is subscribed
 * @param contract   the front-month contract of {@code dataRoot}
 * @param rollDate   the first trading date on which the next contract takes over
 */
public record ContractRoute(Instrument instrument, String dataRoot, FuturesContract contract, LocalDate rollDate) {
    public String ticker() {
        return contract.ticker();
    }
}
