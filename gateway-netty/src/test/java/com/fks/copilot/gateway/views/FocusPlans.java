package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.analytics.PositionSize;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.state.FocusState;

/** Computed plan lines for view tests, sized by the original's rule (FKS-RULES) at the default $375 budget. */
public final class FocusPlans {
    private FocusPlans() {
    }

    /** A LONG plan line ranked first, entry at {@code price}, stop at {@code stop}, prices in points. */
    public static FocusState longPlan(int instrument, double price, double stop) {
        PositionSize size = PositionSize.of(price, stop, Instruments.byIndex(instrument), 375);
        FocusState focus = new FocusState();
        focus.instrument = instrument;
        focus.computedNanos = 1;
        focus.rank = 1;
        focus.bias = FocusState.LONG;
        focus.quality = 0.7;
        focus.waveRatio = 2.0;
        focus.volPercentile = 0.5;
        focus.lastPrice = price;
        focus.entryLow = price - 1;
        focus.entryHigh = price + 1;
        focus.stop = stop;
        focus.target1 = price + 100;
        focus.target2 = price + 200;
        focus.contracts = size.contracts();
        focus.riskDollars = size.riskDollars();
        return focus;
    }

    /** MES P 5000.00 stop 4900.00: 100 points = 400 ticks × $1.25 = $500 for the one contract the floor plans. */
    public static FocusState mesOneContractAt500() {
        return longPlan(Instruments.MES, 5000.00, 4900.00);
    }
}
