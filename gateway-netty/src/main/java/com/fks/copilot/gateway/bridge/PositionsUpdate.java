package com.fks.copilot.gateway.bridge;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;

import java.time.Instant;

/**
 * The NinjaTrader bridge's {@code POST /positions/update} body, validated whole before anything
 * enters the ring (schema: README and {@code ninjatrader/fixtures/positions-update.json}). The
 * account's positions are a snapshot: a contract not listed is flat.
 */
public record PositionsUpdate(String account, long timeNanos, byte[] sides, long[] quantities, long[] averagePrices,
                              long[] unrealizedCents, ExecutionsReport executions, long realizedCents) {
    /** {@link #realizedCents} when the bridge did not send {@code realized_pnl}. */
    public static final long NOT_REPORTED = Long.MIN_VALUE;

    public static PositionsUpdate parse(byte[] body) {
        JsonInput json = JsonInput.parse(body).only("account", "timestamp", "positions", "executions", "realized_pnl");
        String account = account(json);
        int n = Instruments.count();
        // the account's new executions may ride along (issue 20): journaled before the snapshot, as POST /executions does
        ExecutionsReport executions = new ExecutionsReport(account,
                json.has("executions") ? ExecutionsReport.items(json, true) : java.util.List.of());
        PositionsUpdate update = new PositionsUpdate(account, timestamp(json), new byte[n], new long[n], new long[n], new long[n],
                executions, json.has("realized_pnl") ? json.dollarsAsCents("realized_pnl") : NOT_REPORTED);
        boolean[] seen = new boolean[n];
        for (JsonInput position : json.objects("positions", 64)) {
            update.add(position, seen);
        }
        return update;
    }

    /** The account name as the engine keeps it: at most {@link EngineEvent#ACCOUNT_CAPACITY} printable ASCII characters. */
    static String account(JsonInput json) {
        String account = json.text("account");
        if (account.length() > EngineEvent.ACCOUNT_CAPACITY || !account.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new BadRequest("account", "account must be at most " + EngineEvent.ACCOUNT_CAPACITY + " printable ASCII characters");
        }
        return account;
    }

    private void add(JsonInput position, boolean[] seen) {
        position.only("instrument", "side", "quantity", "avg_price", "unrealized_pnl");
        Instrument instrument = position.instrument("instrument");
        int i = instrument.index();
        if (seen[i]) {
            throw new BadRequest(position.name("instrument"), instrument.symbol() + " is listed twice");
        }
        seen[i] = true;
        byte side = position.side("side", true);
        long quantity = position.nonNegativeQuantity("quantity");
        if ((side == EngineEvent.SIDE_FLAT) != (quantity == 0)) {
            throw new BadRequest(position.name("quantity"), "a FLAT position has quantity 0 and only a FLAT one does");
        }
        sides[i] = side;
        quantities[i] = quantity;
        if (quantity > 0) {
            averagePrices[i] = position.positivePrice("avg_price");
        }
        unrealizedCents[i] = position.has("unrealized_pnl") ? position.dollarsAsCents("unrealized_pnl") : 0;
    }

    /** The snapshot's time in epoch nanoseconds, 0 when not given. */
    private static long timestamp(JsonInput json) {
        if (!json.has("timestamp")) {
            return 0;
        }
        Instant instant = json.instant("timestamp");
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    public boolean realizedReported() {
        return realizedCents != NOT_REPORTED;
    }

    /**
     * NinjaTrader's session realized P&L of a filled POSITION event, or {@link #NOT_REPORTED}: it rides in the
     * fields POSITION does not otherwise use, {@code amount} (cents) with {@code quantity} 1 saying it was sent,
     * so the journal layout is unchanged and older records read as not reported.
     */
    public static long realizedCents(EngineEvent event) {
        return event.type == EventType.POSITION && event.quantity == 1 ? event.amount : NOT_REPORTED;
    }

    /** Fills a cleared ring slot. */
    public void fill(EngineEvent event) {
        event.type = EventType.POSITION;
        event.setAccount(account);
        event.eventTimeNanos = timeNanos;
        System.arraycopy(sides, 0, event.positionSides, 0, sides.length);
        System.arraycopy(quantities, 0, event.positionQuantities, 0, quantities.length);
        System.arraycopy(averagePrices, 0, event.positionPrices, 0, averagePrices.length);
        System.arraycopy(unrealizedCents, 0, event.positionPnlCents, 0, unrealizedCents.length);
        if (realizedReported()) {
            event.amount = realizedCents;
            event.quantity = 1;
        }
    }
}
