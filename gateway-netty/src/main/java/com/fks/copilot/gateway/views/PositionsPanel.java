package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.RiskRules;

import java.util.ArrayList;
import java.util.List;

/**
 * The live positions panel: one row per open position from NinjaTrader (symbol, LONG/SHORT,
 * quantity, average price, unrealized P&L in dollars), and the open risk to stops as a share of
 * the account, flagged above 5%.
 */
public record PositionsPanel(List<Row> rows, String totalUnrealized, String openRisk, String openRiskPercent,
                             boolean riskHigh) {

    /** One open position. */
    public record Row(String symbol, String side, long quantity, String averagePrice, String unrealized, boolean losing) {
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    /** From per-contract arrays indexed like {@code Instruments}: sides, quantities, average prices, unrealized cents. */
    public static PositionsPanel of(byte[] sides, long[] quantities, long[] averagePrices, long[] unrealizedCents,
                                    long openRiskCents, RiskRules rules) {
        List<Row> rows = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < Instruments.count(); i++) {
            if (quantities[i] > 0) {
                Instrument spec = Instruments.byIndex(i);
                rows.add(new Row(spec.symbol(), sides[i] == EngineEvent.SIDE_LONG ? "LONG" : "SHORT", quantities[i],
                        Prices.format(averagePrices[i], spec.decimals() + 2), Money.dollars(unrealizedCents[i]),
                        unrealizedCents[i] < 0));
                total += unrealizedCents[i];
            }
        }
        double percent = openRiskCents * 100.0 / rules.accountCents();
        return new PositionsPanel(rows, Money.dollars(total), Money.dollars(openRiskCents),
                String.format("%.2f%%", percent), openRiskCents * 100 > rules.accountCents() * RiskRules.OPEN_RISK_WARNING_PERCENT);
    }
}
