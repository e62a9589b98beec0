package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.state.FocusState;
import com.fks.copilot.engine.state.MarketState;

import java.math.BigDecimal;

/**
 * One instrument card as the trader reads it: price as quoted (never scaled), change from the
 * session open, session high/low, volume and trade count. Text is pre-formatted for templates and JSON.
 *
 * @param sequence feed sequence of the trade shown; lets a client tell which tick a card reflects
 */
public record CardView(String symbol, String name, String eventName, String price, String change,
                       String changePercent, String direction, String high, String low, long volume,
                       long trades, long sequence, PlanLine plan) {

    public static CardView of(Instrument spec, long last, long open, long high, long low, long volume,
                              long trades, long sequence) {
        return of(spec, last, open, high, low, volume, trades, sequence, null);
    }

    /** A card with the contract's plan line ({@code plan} may be null: not computed yet). */
    public static CardView of(Instrument spec, long last, long open, long high, long low, long volume,
                              long trades, long sequence, PlanLine plan) {
        if (last == Prices.NONE) {
            return new CardView(spec.symbol(), spec.name(), spec.updateEventName(), "—", "—", "—", "flat",
                    "—", "—", 0, 0, 0, plan);
        }
        long delta = last - open;
        String direction = delta > 0 ? "up" : delta < 0 ? "down" : "flat";
        String sign = delta > 0 ? "+" : "";
        BigDecimal percent = BigDecimal.valueOf(Prices.changeBasisPoints(delta, open), 2);
        return new CardView(spec.symbol(), spec.name(), spec.updateEventName(),
                Prices.format(last, spec.decimals()), sign + Prices.format(delta, spec.decimals()),
                sign + percent.toPlainString() + "%", direction, Prices.format(high, spec.decimals()),
                Prices.format(low, spec.decimals()), volume, trades, sequence, plan);
    }

    /** A card with its plan line, flagged against the run's {@code rules} when one contract risks too much. */
    public static CardView of(Instrument spec, MarketState state, FocusState focus, RiskRules rules) {
        return of(spec, state.lastPrice, state.openPrice, state.highPrice, state.lowPrice, state.volume,
                state.tickCount, state.lastSequence, PlanLine.of(spec, focus, rules));
    }

    /** Rank in today's plan for ordering the grid; contracts without a plan last. */
    public int sortRank() {
        return plan == null ? Integer.MAX_VALUE : plan.rank();
    }
}
