package com.fks.copilot.gateway.views;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.RiskManager;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.engine.state.FocusState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Locale;

/**
 * An instrument's line in today's plan as the card shows it: bias, entry zone, stop, targets in
 * the contract's decimals (prices as quoted, never scaled), micro contracts and dollar risk,
 * quality, wave ratio and volatility percentile, and whether to skip it today.
 * <p>
 * The size is the original's (FKS-RULES: at least one contract), so one contract can already risk
 * more than the run's per-trade limit; such a line carries {@code exceedsTradeRisk} and a note,
 * "1 MES risks $500.00 > $375.00", because {@code /risk/check} would refuse that trade.
 *
 * @param tradeRiskNote null unless {@code exceedsTradeRisk}
 * @param basis         what the line was computed from and when, e.g. "5 days · 1,440 five-minute bars · as of
 *                      09:25 ET", led by "Pre-market plan" when it was computed once in PRE-MARKET (00:00–05:00 ET)
 */
public record PlanLine(int rank, @JsonProperty("focus_asset") boolean focusAsset, String bias, String emoji,
                       @JsonProperty("entry_low") String entryLow, @JsonProperty("entry_high") String entryHigh,
                       String stop, String tp1, String tp2, @JsonProperty("position_size") long contracts,
                       @JsonProperty("risk_dollars") double riskDollars, @JsonProperty("quality_pct") double qualityPct,
                       @JsonProperty("wave_ratio") double waveRatio, @JsonProperty("vol_percentile") double volPercentile,
                       boolean skip, String note, @JsonProperty("exceeds_trade_risk") boolean exceedsTradeRisk,
                       @JsonProperty("trade_risk_note") String tradeRiskNote, String basis) {

    /** Null when the plan has not been computed for this contract (fewer than 30 five-minute bars). */
    public static PlanLine of(Instrument spec, FocusState focus, RiskRules rules) {
        if (focus == null || !focus.computed()) {
            return null;
        }
        String bias = focus.bias == FocusState.LONG ? "LONG" : focus.bias == FocusState.SHORT ? "SHORT" : "NEUTRAL";
        String emoji = focus.bias == FocusState.LONG ? "🟢" : focus.bias == FocusState.SHORT ? "🔴" : "⚪";
        long riskCents = riskCents(spec, focus);
        String note = focus.skip ? "skip today: quality below 55%" : focus.bias == FocusState.NEUTRAL ? "skip today: no bias" : "";
        return new PlanLine(focus.rank, focus.focusAsset, bias, emoji, level(focus.entryLow, spec), level(focus.entryHigh, spec),
                level(focus.stop, spec), level(focus.target1, spec), level(focus.target2, spec), focus.contracts,
                round(focus.riskDollars, 2), round(focus.quality * 100, 1), round(focus.waveRatio, 2),
                round(focus.volPercentile, 4), focus.skip || focus.bias == FocusState.NEUTRAL, note,
                rules.exceedsTradeRisk(riskCents), tradeRiskNote(spec, focus.contracts, riskCents, rules), basis(focus));
    }

    static String basis(FocusState focus) {
        String asOf = "as of " + MarketTime.minuteOf(focus.computedNanos);
        String text = focus.barCount == 0 ? asOf : (focus.sessionCount == 1 ? "1 day" : focus.sessionCount + " days")
                + " · " + String.format(Locale.ROOT, "%,d", focus.barCount) + " five-minute bars · " + asOf;
        LocalTime at = Instant.ofEpochSecond(0, focus.computedNanos).atZone(EasternTime.ZONE).toLocalTime();
        boolean preMarket = SessionMode.atMinuteOfDay(at.getHour() * 60 + at.getMinute()) == SessionMode.PRE_MARKET;
        return preMarket ? "Pre-market plan · " + text : text;
    }

    /**
     * Cents the planned size loses at the plan stop, measured from the price it was sized at the way
     * the risk rules measure a stop; 0 when either level is missing.
     */
    static long riskCents(Instrument spec, FocusState focus) {
        if (!Double.isFinite(focus.lastPrice) || !Double.isFinite(focus.stop)) {
            return 0;
        }
        return RiskManager.stopDistanceCents(spec, Prices.toFixed(focus.lastPrice), Prices.toFixed(focus.stop), focus.contracts);
    }

    private static String tradeRiskNote(Instrument spec, long contracts, long riskCents, RiskRules rules) {
        if (!rules.exceedsTradeRisk(riskCents)) {
            return null;
        }
        return contracts + " " + spec.symbol() + " risks " + Money.amount(riskCents) + " > "
                + Money.amount(rules.maxRiskPerTradeCents());
    }

    private static String level(double points, Instrument spec) {
        return Double.isFinite(points) ? BigDecimal.valueOf(points).setScale(spec.decimals(), RoundingMode.HALF_UP).toPlainString() : "—";
    }

    private static double round(double value, int decimals) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue() : 0;
    }
}
