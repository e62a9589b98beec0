package com.fks.copilot.gateway.http;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.notrade.NoTradeReason;
import com.fks.copilot.engine.notrade.NoTradeRules;
import com.fks.copilot.engine.risk.RiskState;
import com.fks.copilot.engine.state.FocusState;
import com.fks.copilot.gateway.views.DashboardState;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Per-check detail of the no-trade verdict for {@code GET /api/no-trade}: every check, fired or not,
 * with its severity and, where the engine's state holds it, the figure it looked at and its limit
 * (daily P&L against −$250, the losing streak against 2, each focus asset's quality and volatility
 * percentile), so the trader sees how close a check is, not only whether it fired.
 */
final class NoTradeChecks {
    private NoTradeChecks() {
    }

    static Map<String, Map<String, Object>> of(int mask, DashboardState state) {
        RiskState risk = state.risk();
        Map<String, Map<String, Object>> checks = new LinkedHashMap<>();
        for (NoTradeReason reason : NoTradeReason.values()) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("fired", mask > 0 && reason.firedIn(mask));
            check.put("severity", reason.severity().name());
            check.put("detail", reason.text());
            measured(reason, check, risk, state);
            checks.put(reason.name().toLowerCase(Locale.ROOT), check);
        }
        return checks;
    }

    private static void measured(NoTradeReason reason, Map<String, Object> check, RiskState risk, DashboardState state) {
        switch (reason) {
            case DAILY_LOSS -> {
                check.put("value", risk.realizedCents / 100.0);
                check.put("limit", -NoTradeRules.DAILY_LOSS_CENTS / 100.0);
            }
            case LOSING_STREAK -> {
                check.put("value", risk.consecutiveLosses);
                check.put("limit", NoTradeRules.MAX_CONSECUTIVE_LOSSES);
            }
            case LOW_QUALITY -> {
                check.put("value", perFocusAsset(state, true));
                check.put("limit", NoTradeRules.MIN_QUALITY);
            }
            case EXTREME_VOLATILITY -> {
                check.put("value", perFocusAsset(state, false));
                check.put("limit", NoTradeRules.EXTREME_VOL_PERCENTILE);
            }
            default -> { }
        }
    }

    /** Each focus asset's quality (or volatility percentile) by symbol, as the verdict saw them. */
    private static Map<String, Double> perFocusAsset(DashboardState state, boolean quality) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < Instruments.count(); i++) {
            FocusState focus = state.focus(i);
            if (focus != null && focus.focusAsset && !Double.isNaN(focus.quality)) {
                values.put(Instruments.byIndex(i).symbol(), quality ? focus.quality : focus.volPercentile);
            }
        }
        return values;
    }
}
