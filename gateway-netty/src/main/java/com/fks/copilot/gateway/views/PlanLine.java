package com.fks.copilot.gateway.views;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.state.FocusState;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An instrument's line in today's plan as the card shows it: bias, entry zone, stop, targets in
 * the contract's decimals (prices as quoted, never scaled), micro contracts and dollar risk,
 * quality, wave ratio and volatility percentile, and whether to skip it today.
 */
public record PlanLine(int rank, @JsonProperty("focus_asset") boolean focusAsset, String bias, String emoji,
                       @JsonProperty("entry_low") String entryLow, @JsonProperty("entry_high") String entryHigh,
                       String stop, String tp1, String tp2, @JsonProperty("position_size") long contracts,
                       @JsonProperty("risk_dollars") double riskDollars, @JsonProperty("quality_pct") double qualityPct,
                       @JsonProperty("wave_ratio") double waveRatio, @JsonProperty("vol_percentile") double volPercentile,
                       boolean skip, String note) {

    /** Null when the plan has not been computed for this contract (fewer than 30 five-minute bars). */
    public static PlanLine of(Instrument spec, FocusState focus) {
        if (focus == null || !focus.computed()) {
            return null;
        }
        String bias = focus.bias == FocusState.LONG ? "LONG" : focus.bias == FocusState.SHORT ? "SHORT" : "NEUTRAL";
        String emoji = focus.bias == FocusState.LONG ? "🟢" : focus.bias == FocusState.SHORT ? "🔴" : "⚪";
        String note = focus.skip ? "skip today: quality below 55%" : focus.bias == FocusState.NEUTRAL ? "skip today: no bias" : "";
        return new PlanLine(focus.rank, focus.focusAsset, bias, emoji, level(focus.entryLow, spec), level(focus.entryHigh, spec),
                level(focus.stop, spec), level(focus.target1, spec), level(focus.target2, spec), focus.contracts,
                round(focus.riskDollars, 2), round(focus.quality * 100, 1), round(focus.waveRatio, 2),
                round(focus.volPercentile, 4), focus.skip || focus.bias == FocusState.NEUTRAL, note);
    }

    private static String level(double points, Instrument spec) {
        return Double.isFinite(points) ? BigDecimal.valueOf(points).setScale(spec.decimals(), RoundingMode.HALF_UP).toPlainString() : "—";
    }

    private static double round(double value, int decimals) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue() : 0;
    }
}
