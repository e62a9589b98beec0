package com.fks.copilot.engine.analytics;

import com.fks.copilot.engine.market.Instrument;

/**
 * How many micro contracts a stop distance allows within a dollar risk budget
 * (FKS-RULES "Daily focus"): {@code riskPerContract = |P − stop| / tickSize · tickValue},
 * {@code contracts = max(1, floor(maxRisk / riskPerContract))}. Prices are points of the quoted
 * price; dollars come only from ticks × tick value. At least one contract is always planned, so
 * the risk can exceed the budget when one contract already does; the risk rules block that trade.
 *
 * @param contracts   micro contracts, at least 1
 * @param riskDollars contracts × risk per contract, dollars, 2 dp
 */
public record PositionSize(int contracts, double riskDollars) {

    /**
     * @param price          entry price, points
     * @param stop           stop price, points
     * @param maxRiskDollars risk budget per trade, dollars
     */
    public static PositionSize of(double price, double stop, Instrument instrument, double maxRiskDollars) {
        double distance = Math.abs(price - stop);
        double tickSize = instrument.tickSize();
        double tickValue = instrument.tickValue();
        if (distance <= 0 || tickSize <= 0 || tickValue <= 0) {
            return new PositionSize(1, maxRiskDollars);
        }
        double riskPerContract = distance / tickSize * tickValue;
        int contracts = Math.max(1, (int) (maxRiskDollars / riskPerContract));
        return new PositionSize(contracts, Decimals.round(contracts * riskPerContract, 2));
    }
}
