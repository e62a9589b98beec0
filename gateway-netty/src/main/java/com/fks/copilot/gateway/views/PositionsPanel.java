package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskVerdict;
import com.fks.copilot.engine.risk.StopSource;

import java.util.ArrayList;
import java.util.List;

/**
 * The live positions panel: one row per open position from NinjaTrader (symbol, LONG/SHORT,
 * quantity, average price, unrealized P&L in dollars, the stop its risk is measured to and that
 * risk, or "no stop"), and the open risk to stops as a share of the account, flagged above 5%.
 */
public record PositionsPanel(List<Row> rows, String totalUnrealized, String openRisk, String openRiskPercent,
                             boolean riskHigh, int withoutStop) {

    /**
     * One open position; {@code stop} is null when no stop is known ({@code stopSource} then says "no stop"
     * and {@code risk} is null: not counted, rather than shown as $0).
     */
    public record Row(String symbol, String side, long quantity, String averagePrice, String unrealized, boolean losing,
                      String stop, String stopSource, String risk) {

        public boolean hasStop() {
            return stop != null;
        }
    }

    /** The share of the account above which open risk is flagged, in percent. */
    public int warnPercent() {
        return RiskRules.OPEN_RISK_WARNING_PERCENT;
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    /**
     * From per-contract arrays indexed like {@code Instruments} (sides, quantities, average prices, unrealized
     * cents) and the engine's measure of their open risk (stops, risk per contract, total, positions without stop).
     */
    public static PositionsPanel of(byte[] sides, long[] quantities, long[] averagePrices, long[] unrealizedCents,
                                    RiskVerdict openRisk, RiskRules rules) {
        List<Row> rows = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < Instruments.count(); i++) {
            if (quantities[i] > 0) {
                rows.add(row(Instruments.byIndex(i), sides[i], quantities[i], averagePrices[i], unrealizedCents[i], openRisk));
                total += unrealizedCents[i];
            }
        }
        long riskCents = openRisk.openRiskCents;
        double percent = riskCents * 100.0 / rules.accountCents();
        return new PositionsPanel(rows, Money.dollars(total), Money.amount(riskCents), String.format("%.2f%%", percent),
                riskCents * 100 > rules.accountCents() * RiskRules.OPEN_RISK_WARNING_PERCENT, openRisk.positionsWithoutStop);
    }

    private static Row row(Instrument spec, byte side, long quantity, long averagePrice, long unrealizedCents,
                           RiskVerdict openRisk) {
        int i = spec.index();
        long stop = openRisk.stops[i];
        boolean known = stop != Prices.NONE;
        return new Row(spec.symbol(), side == EngineEvent.SIDE_LONG ? "LONG" : "SHORT", quantity,
                Prices.format(averagePrice, spec.decimals() + 2), Money.dollars(unrealizedCents), unrealizedCents < 0,
                known ? Prices.format(stop, spec.decimals() + 2) : null, StopSource.label(openRisk.stopSources[i]),
                known ? Money.amount(openRisk.riskToStopCents[i]) : null);
    }
}
