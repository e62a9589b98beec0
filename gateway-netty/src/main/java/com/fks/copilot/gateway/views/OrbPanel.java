package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.analytics.OrbStatus;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.state.OrbState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** The opening-range panel: per contract the 09:30–10:00 ET range, its ±0.5·ATR triggers and any breakout. */
public record OrbPanel(List<Row> rows) {

    /** One contract's opening range. */
    public record Row(String symbol, String status, String orHigh, String orLow, String longTrigger, String shortTrigger,
                      String breakout) {
    }

    public static OrbPanel of(IntFunction<OrbState> orbByInstrument) {
        List<Row> rows = new ArrayList<>();
        for (Instrument spec : Instruments.all()) {
            OrbState orb = orbByInstrument.apply(spec.index());
            if (orb == null || orb.status < 0) {
                rows.add(new Row(spec.symbol(), "waiting for 09:30 ET", "—", "—", "—", "—", ""));
                continue;
            }
            String breakout = orb.breakoutDay < 0 ? "" : (orb.breakoutDirection > 0 ? "LONG breakout at " : "SHORT breakout at ")
                    + level(orb.breakoutPrice, spec);
            rows.add(new Row(spec.symbol(), OrbStatus.values()[orb.status].name().replace('_', ' '), level(orb.orHigh, spec),
                    level(orb.orLow, spec), level(orb.longTrigger, spec), level(orb.shortTrigger, spec), breakout));
        }
        return new OrbPanel(rows);
    }

    private static String level(double points, Instrument spec) {
        return Double.isFinite(points) && points != 0
                ? BigDecimal.valueOf(points).setScale(spec.decimals(), RoundingMode.HALF_UP).toPlainString() : "—";
    }
}
