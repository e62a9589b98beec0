package com.fks.copilot.engine.copilot;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.state.FocusState;
import com.fks.copilot.engine.state.MarketState;
import com.fks.copilot.engine.state.OrbState;

/**
 * One focus asset as the co-pilot speaks of it: the plan's line and where price is now. Prices
 * are contract prices in points (never scaled); NaN where unknown.
 *
 * @param bias          {@code FocusState.LONG}, {@code SHORT} or {@code NEUTRAL}
 * @param skip          the plan says skip it today (quality below 55%)
 * @param change        points since the session open
 * @param longTrigger   the ORB's long trigger (NaN before 10:00 ET); likewise {@code shortTrigger}
 * @param waveRatio     the plan's wave ratio (mean bull wave / |mean bear wave|)
 * @param volPercentile where today's ATR ranks in its history, 0..1
 * @param riskDollars   what {@code contracts} lose at the stop, from the price the plan was sized at
 */
public record AssetFacts(Instrument spec, int rank, byte bias, boolean skip, double quality, double last,
                         double change, double entryLow, double entryHigh, double stop, double target1,
                         double target2, long contracts, double longTrigger, double shortTrigger,
                         double waveRatio, double volPercentile, double riskDollars) {

    /** One focus asset from its plan line, its market (null: no trade yet) and its opening range (null: none yet). */
    public static AssetFacts of(Instrument spec, FocusState plan, MarketState market, OrbState orb) {
        boolean traded = market != null && market.hasPrice();
        double last = traded ? Prices.toPoints(market.lastPrice) : plan.lastPrice;
        double change = traded && market.openPrice != Prices.NONE ? Prices.toPoints(market.lastPrice - market.openPrice) : 0;
        return new AssetFacts(spec, plan.rank, plan.bias, plan.skip, plan.quality, last, change, plan.entryLow,
                plan.entryHigh, plan.stop, plan.target1, plan.target2, plan.contracts,
                orb == null ? Double.NaN : orb.longTrigger, orb == null ? Double.NaN : orb.shortTrigger,
                plan.waveRatio, plan.volPercentile, plan.riskDollars);
    }

    /** The name a trader says out loud: GOLD, not MGC. */
    public String label() {
        return labelOf(spec);
    }

    public static String labelOf(Instrument spec) {
        return switch (spec.index()) {
            case Instruments.MGC -> "GOLD";
            case Instruments.MNQ -> "NASDAQ";
            case Instruments.MES -> "S&P";
            case Instruments.MCL -> "CRUDE";
            case Instruments.SIL -> "SILVER";
            case Instruments.MHG -> "COPPER";
            default -> spec.symbol();
        };
    }
}
