package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Prices;

/**
 * The live part of a card, sent on every trade as a small JSON object ({@code mgc-price} …): last
 * price and change as quoted, session high and low (so the price never shows outside them), direction, the feed sequence, the event-time minute the trade falls
 * in (for the card's chart) and when the tick entered the ring (for measuring tick → screen).
 * The browser patches the card with it; the rest of the card arrives coalesced as {@code mgc-update}.
 */
public final class PriceUpdate {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private PriceUpdate() {
    }

    /**
     * @param ingressEpochMicros wall-clock time the tick entered the ring, epoch micros (the browser compares it
     *                           with {@code performance.timeOrigin + performance.now()})
     */
    public static String json(Instrument spec, long last, long open, long high, long low, long sequence,
                              long eventTimeNanos, long ingressEpochMicros) {
        CardView card = CardView.of(spec, last, open, high, low, 0, 0, sequence);
        long minuteStartSeconds = Math.floorDiv(eventTimeNanos, NANOS_PER_MINUTE) * 60;
        return new StringBuilder(192)
                .append("{\"symbol\":\"").append(spec.symbol())
                .append("\",\"seq\":").append(sequence)
                .append(",\"price\":\"").append(card.price())
                .append("\",\"close\":").append(Prices.format(last, spec.decimals()))
                .append(",\"change\":\"").append(card.change()).append(" (").append(card.changePercent()).append(')')
                .append("\",\"high\":\"").append(card.high())
                .append("\",\"low\":\"").append(card.low())
                .append("\",\"direction\":\"").append(card.direction())
                .append("\",\"minute\":").append(minuteStartSeconds)
                .append(",\"t\":").append(ingressEpochMicros)
                .append('}').toString();
    }
}
