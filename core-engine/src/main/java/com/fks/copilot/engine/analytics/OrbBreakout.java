package com.fks.copilot.engine.analytics;

/**
 * An opening-range breakout: the first close at or after 10:00 ET beyond a trigger (the
 * original's {@code {type: ORB, direction, trigger_price, or_high, or_low, timestamp}}).
 *
 * @param direction           LONG above the long trigger, SHORT below the short trigger
 * @param triggerPrice        the close that broke out, points (the original's {@code trigger_price})
 * @param triggerLevel        the trigger it went beyond, points
 * @param orHigh              opening-range high, points
 * @param orLow               opening-range low, points
 * @param barStartEpochNanos  start of the breakout bar, epoch nanos
 */
public record OrbBreakout(TradeBias direction, double triggerPrice, double triggerLevel, double orHigh, double orLow,
                          long barStartEpochNanos) {
}
