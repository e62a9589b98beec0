package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.state.MarketState;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One instrument card as the trader reads it: price as quoted (never scaled), change from the
 * session open, session high/low, volume and trade count. Text is pre-formatted for templates and JSON.
 *
 * @param sequence feed sequence of the trade shown; lets a client tell which tick a card reflects
 */
public record CardView(String symbol, String name, String eventName, String price, String change,
                       String changePercent, String direction, String high, String low, long volume,
                       long trades, long sequence) {

    public static CardView of(Instrument spec, long last, long open, long high, long low, long volume,
                              long trades, long sequence) {
        if (last == Prices.NONE) {
            return new CardView(spec.symbol(), spec.name(), spec.updateEventName(), "—", "—", "—", "flat",
                    "—", "—", 0, 0, 0);
        }
        long delta = last - open;
        String direction = delta > 0 ? "up" : delta < 0 ? "down" : "flat";
        String sign = delta > 0 ? "+" : "";
        BigDecimal percent = BigDecimal.valueOf(delta * 100.0 / open).setScale(2, RoundingMode.HALF_UP);
        return new CardView(spec.symbol(), spec.name(), spec.updateEventName(),
                Prices.format(last, spec.decimals()), sign + Prices.format(delta, spec.decimals()),
                sign + percent.toPlainString() + "%", direction, Prices.format(high, spec.decimals()),
                Prices.format(low, spec.decimals()), volume, trades, sequence);
    }

    public static CardView of(Instrument spec, MarketState state) {
        return of(spec, state.lastPrice, state.openPrice, state.highPrice, state.lowPrice, state.volume,
                state.tickCount, state.lastSequence);
    }
}
