package com.fks.copilot.gateway.bridge;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Prices;

/**
 * A proposed entry ({@code POST /risk/check}, {@code POST /trades}): symbol, side, size, entry and
 * an optional stop, all on the contract's tick grid, the stop on the losing side of the entry.
 */
public record EntryRequest(Instrument instrument, byte side, long size, long entry, long stop, boolean enforce) {

    public static EntryRequest parse(byte[] body, boolean enforceFromQuery) {
        JsonInput json = JsonInput.parse(body).only("symbol", "side", "size", "entry", "stop", "enforce_risk");
        Instrument instrument = json.instrument("symbol");
        byte side = json.side("side", false);
        long size = json.positiveQuantity("size");
        long entry = json.tickPrice("entry", instrument);
        long stop = json.has("stop") ? json.tickPrice("stop", instrument) : Prices.NONE;
        if (stop != Prices.NONE && (side == EngineEvent.SIDE_LONG ? stop >= entry : stop <= entry)) {
            throw new BadRequest("stop", "stop must be " + (side == EngineEvent.SIDE_LONG ? "below" : "above")
                    + " the entry for a " + (side == EngineEvent.SIDE_LONG ? "LONG" : "SHORT"));
        }
        return new EntryRequest(instrument, side, size, entry, stop, enforceFromQuery || json.flag("enforce_risk"));
    }

    /** Fills a cleared ring slot as a RISK_CHECK or TRADE_OPEN. */
    public void fill(EngineEvent event, byte type) {
        event.type = type;
        event.instrument = instrument.index();
        event.side = side;
        event.quantity = size;
        event.price = entry;
        event.stopPrice = stop;
        event.amount = enforce ? 1 : 0;
    }
}
