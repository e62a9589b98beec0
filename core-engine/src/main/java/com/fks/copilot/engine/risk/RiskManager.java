package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.state.FocusState;
import com.fks.copilot.engine.state.MarketState;

/**
 * Applies {@link RiskRules} to the day's {@link RiskState} and the bridge's positions. Engine
 * thread only; fills verdicts in place and never allocates. Times are ET minutes of day (-1 before
 * the first clock event: no time rule applies then).
 */
public final class RiskManager {
    private final RiskRules rules;
    private final RiskState state;
    private final MarketState[] markets;
    private final FocusState[] plan;

    /** {@code plan} is today's plan per instrument: its stop measures the risk of a position that has no trade stop. */
    public RiskManager(RiskRules rules, RiskState state, MarketState[] markets, FocusState[] plan) {
        this.rules = rules;
        this.state = state;
        this.markets = markets;
        this.plan = plan;
    }

    public RiskRules rules() {
        return rules;
    }

    /** Resets the daily figures when the ET date moves on; true when it did. */
    public boolean startDayIfNeeded(long epochDay) {
        if (epochDay == state.tradingDay) {
            return false;
        }
        state.startDay(epochDay);
        return true;
    }

    /** May a trader enter at all now? Time, daily loss, circuit breaker and open-trade count. */
    public void evaluateStatus(int minuteOfDay, RiskVerdict out) {
        out.clear();
        common(minuteOfDay, out);
        if (out.openPositions >= rules.maxOpenTrades()) {
            out.blocks |= RiskBlock.MAX_OPEN_TRADES.bit();
        }
    }

    /**
     * Pre-flight of a proposed entry. {@code stop} may be {@link Prices#NONE}; {@code waveRatio} is
     * NaN while no wave analysis is available, which refuses stacking.
     */
    public void evaluateEntry(int instrument, byte side, long quantity, long entry, long stop, int minuteOfDay,
                              double waveRatio, RiskVerdict out) {
        out.clear();
        common(minuteOfDay, out);
        boolean stacking = holds(instrument, side);
        if (!stacking && out.openPositions >= rules.maxOpenTrades()) {
            out.blocks |= RiskBlock.MAX_OPEN_TRADES.bit();
        }
        if (stop == Prices.NONE) {
            out.warnings |= RiskWarning.NO_STOP.bit();
        } else {
            out.riskCents = riskCents(Instruments.byIndex(instrument), entry, stop, quantity);
            if (rules.exceedsTradeRisk(out.riskCents)) {
                out.blocks |= RiskBlock.RISK_PER_TRADE.bit();
            }
        }
        if (stacking && !stackingEarned(instrument, side, waveRatio)) {
            out.blocks |= RiskBlock.STACKING.bit();
        }
    }

    private void common(int minute, RiskVerdict out) {
        out.dailyPnlCents = state.realizedCents;
        out.openPositions = openPositions();
        out.consecutiveLosses = state.consecutiveLosses;
        if (state.realizedCents <= -rules.maxDailyLossCents()) {
            out.blocks |= RiskBlock.DAILY_LOSS.bit();
        } else if (state.realizedCents <= -rules.maxDailyLossCents() / 2) {
            out.warnings |= RiskWarning.DAILY_LOSS_HALF.bit();
        }
        if (minute >= rules.sessionEndMinute()) {
            out.blocks |= RiskBlock.SESSION_ENDED.bit();
        } else if (minute >= rules.entryCutoffMinute()) {
            out.blocks |= RiskBlock.ENTRY_CUTOFF.bit();
        }
        if (state.consecutiveLosses >= rules.circuitBreakerLosses()) {
            out.blocks |= RiskBlock.CIRCUIT_BREAKER.bit();
        }
        if (minute >= rules.overnightWarningMinute() && out.openPositions > 0) {
            out.warnings |= RiskWarning.OVERNIGHT.bit();
        }
        measureOpenRisk(out);
        if (out.openRiskCents * 100 > rules.accountCents() * RiskRules.OPEN_RISK_WARNING_PERCENT) {
            out.warnings |= RiskWarning.POSITION_RISK_HIGH.bit();
        }
        if (out.positionsWithoutStop > 0) {
            out.warnings |= RiskWarning.POSITION_WITHOUT_STOP.bit();
        }
    }

    /** Records an entry; null when the day's trade table is full. */
    public TradeRecord openTrade(long tradeId, int instrument, byte side, long quantity, long entry, long stop,
                                 long timeNanos) {
        TradeRecord trade = state.freeSlot();
        if (trade == null) {
            return null;
        }
        trade.status = TradeRecord.OPEN;
        trade.tradeId = tradeId;
        trade.instrument = instrument;
        trade.side = side;
        trade.quantity = quantity;
        trade.entryPrice = entry;
        trade.stopPrice = stop;
        trade.exitPrice = Prices.NONE;
        trade.realizedCents = 0;
        trade.openedNanos = timeNanos;
        trade.closedNanos = 0;
        state.tradesToday++;
        return trade;
    }

    /**
     * Closes an open trade at {@code exit}: realized P&L in cents from ticks × tick value × quantity,
     * into the daily P&L and the loss streak (a trade with P&L ≥ 0 ends the streak). Null when no
     * such open trade exists.
     */
    public TradeRecord closeTrade(long tradeId, long exit, long timeNanos) {
        TradeRecord trade = state.find(tradeId);
        if (trade == null || trade.status != TradeRecord.OPEN) {
            return null;
        }
        Instrument spec = Instruments.byIndex(trade.instrument);
        trade.exitPrice = exit;
        trade.realizedCents = spec.centsFor(exit - trade.entryPrice, trade.quantity) * trade.side;
        trade.closedNanos = timeNanos;
        trade.status = TradeRecord.CLOSED;
        realize(trade.realizedCents);
        roundTripClosed(trade.realizedCents);
        return trade;
    }

    /** Realized cents into the daily P&L (a journaled trade's close, or a matched piece of broker executions). */
    public void realize(long cents) {
        state.realizedCents += cents;
    }

    /** A round trip ended with {@code cents} net: a loss (< 0) lengthens the loss streak, anything else ends it. */
    public void roundTripClosed(long cents) {
        state.consecutiveLosses = cents < 0 ? state.consecutiveLosses + 1 : 0;
    }

    /** A round trip rebuilt from executions started: it counts in the day's trades as a journaled open does. */
    public void roundTripOpened() {
        state.tradesToday++;
    }

    /** Instruments with a position at the broker or an open journaled trade. */
    public int openPositions() {
        int open = 0;
        for (int i = 0; i < markets.length; i++) {
            if (markets[i].positionQuantity > 0 || openTradeOn(i, (byte) 0) != null) {
                open++;
            }
        }
        return open;
    }

    /**
     * The open risk to stops (seed TASK-501: sum of position risks), per instrument and in total, into
     * {@code out}. A broker position is measured from its average price to the stop of the journaled open
     * trade on its instrument and side, else to today's plan stop when that is protective (below the
     * average for LONG, above for SHORT); an open trade with no broker position from its entry the same
     * way. One with neither stop counts in {@link RiskVerdict#positionsWithoutStop}, never as a silent 0.
     */
    public void measureOpenRisk(RiskVerdict out) {
        out.clearOpenRisk();
        for (int i = 0; i < markets.length; i++) {
            MarketState market = markets[i];
            if (market.positionQuantity > 0) {
                TradeRecord trade = latestStoppedTrade(i, market.positionSide);
                measure(i, market.positionSide, market.positionAveragePrice, market.positionQuantity,
                        trade == null ? Prices.NONE : trade.stopPrice, out);
                continue;
            }
            for (TradeRecord trade : state.trades) {
                if (trade.status == TradeRecord.OPEN && trade.instrument == i) {
                    measure(i, trade.side, trade.entryPrice, trade.quantity, trade.stopPrice, out);
                }
            }
        }
    }

    private void measure(int instrument, byte side, long price, long quantity, long tradeStop, RiskVerdict out) {
        long stop = tradeStop != Prices.NONE ? tradeStop : protectivePlanStop(instrument, side, price);
        if (stop == Prices.NONE) {
            out.positionsWithoutStop++;
            return;
        }
        long risk = riskToStopCents(Instruments.byIndex(instrument), side, price, stop, quantity);
        out.stops[instrument] = stop;
        out.stopSources[instrument] = tradeStop != Prices.NONE ? StopSource.TRADE : StopSource.PLAN;
        out.riskToStopCents[instrument] += risk;
        out.openRiskCents += risk;
    }

    /** Today's plan stop for the instrument when it lies on the protective side of {@code price}, else NONE. */
    public long protectivePlanStop(int instrument, byte side, long price) {
        FocusState line = plan[instrument];
        if (!line.computed() || Double.isNaN(line.stop)) {
            return Prices.NONE;
        }
        long stop = Prices.toFixed(line.stop);
        boolean protective = side > 0 ? stop < price : stop > price;
        return protective ? stop : Prices.NONE;
    }

    /**
     * What the account loses if the stop fills: ticks from {@code price} to {@code stop} × tick value ×
     * quantity, in cents rounded to the nearest (a broker's average price may sit between ticks). A stop
     * at or beyond the price in the position's favour risks nothing.
     */
    static long riskToStopCents(Instrument spec, byte side, long price, long stop, long quantity) {
        return (price - stop) * side <= 0 ? 0 : stopDistanceCents(spec, price, stop, quantity);
    }

    /**
     * Dollars between {@code price} and {@code stop} (fixed-point, either side, either may lie between
     * ticks): |price − stop| in ticks × tick value × quantity, in cents rounded to the nearest.
     */
    public static long stopDistanceCents(Instrument spec, long price, long stop, long quantity) {
        long tick = spec.tickFixed();
        return (Math.abs(price - stop) * quantity * spec.tickValueCents() + tick / 2) / tick;
    }

    /** The most recently opened journaled trade with a stop on the instrument and side; null when none. */
    private TradeRecord latestStoppedTrade(int instrument, byte side) {
        TradeRecord latest = null;
        for (TradeRecord trade : state.trades) {
            if (trade.status == TradeRecord.OPEN && trade.instrument == instrument && trade.side == side
                    && trade.stopPrice != Prices.NONE && (latest == null || trade.tradeId > latest.tradeId)) {
                latest = trade;
            }
        }
        return latest;
    }

    public static long riskCents(Instrument spec, long entry, long stop, long quantity) {
        return spec.centsFor(Math.abs(entry - stop), quantity);
    }

    private boolean holds(int instrument, byte side) {
        MarketState market = markets[instrument];
        return (market.positionQuantity > 0 && market.positionSide == side) || openTradeOn(instrument, side) != null;
    }

    /** Stacking is earned at ≥ +0.5R open profit on the trade being added to, with wave ratio ≥ 1.8. */
    private boolean stackingEarned(int instrument, byte side, double waveRatio) {
        TradeRecord trade = openTradeOn(instrument, side);
        if (trade == null || trade.stopPrice == Prices.NONE || !(waveRatio >= rules.stackMinWaveRatio())) {
            return false;
        }
        Instrument spec = Instruments.byIndex(instrument);
        long oneR = riskCents(spec, trade.entryPrice, trade.stopPrice, trade.quantity);
        MarketState market = markets[instrument];
        long unrealized = market.positionQuantity > 0 ? market.positionUnrealizedCents
                : market.hasPrice() ? spec.centsFor(market.lastPrice - trade.entryPrice, trade.quantity) * side : 0;
        return unrealized >= rules.stackMinR() * oneR;
    }

    /** An open trade on the instrument, on {@code side} (0 = either side). */
    private TradeRecord openTradeOn(int instrument, byte side) {
        for (TradeRecord trade : state.trades) {
            if (trade.status == TradeRecord.OPEN && trade.instrument == instrument && (side == 0 || trade.side == side)) {
                return trade;
            }
        }
        return null;
    }

}
