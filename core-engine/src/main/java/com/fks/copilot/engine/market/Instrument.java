package com.fks.copilot.engine.market;

/**
 * A CME contract the trader trades. Prices are quoted in points and are never scaled by
 * {@link #pointValue}; that multiplier only turns a price distance into dollars.
 *
 * @param index       position in {@link Instruments}; the key of all per-instrument state
 * @param symbol      product root, e.g. {@code MGC}
 * @param name        the product's name
 * @param tickSize    minimum price move, in points
 * @param tickValue   dollars per tick per contract
 * @param pointValue  dollars per point per contract
 * @param decimals    decimals a price is shown with
 */
public record Instrument(int index, String symbol, String name, double tickSize, double tickValue,
                         double pointValue, int decimals) {

    /** Minimum price move in fixed-point units ({@link Prices#SCALE} per point). */
    public long tickFixed() {
        return Prices.toFixed(tickSize);
    }

    /** True when the fixed-point price lies on this contract's tick grid. */
    public boolean isOnTickGrid(long fixedPrice) {
        return fixedPrice % tickFixed() == 0;
    }

    /** Dollars for a price distance (fixed-point) and a contract count: ticks × tick value × quantity. */
    public double dollarsFor(long priceDistanceFixed, long quantity) {
        return (double) priceDistanceFixed / tickFixed() * tickValue * quantity;
    }

    /** Dollars per tick per contract, in cents (all six contracts' tick values are whole cents). */
    public long tickValueCents() {
        return Math.round(tickValue * 100);
    }

    /** Cents for a price distance (fixed-point, on the tick grid) and a contract count: ticks × tick value × quantity. */
    public long centsFor(long priceDistanceFixed, long quantity) {
        return priceDistanceFixed / tickFixed() * tickValueCents() * quantity;
    }

    /** SSE event name for this instrument's card, e.g. {@code mgc-update}. */
    public String updateEventName() {
        return symbol.toLowerCase(java.util.Locale.ROOT) + "-update";
    }
}
