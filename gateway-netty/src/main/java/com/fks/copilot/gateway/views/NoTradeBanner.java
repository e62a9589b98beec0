package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.notrade.NoTradeReason;
import com.fks.copilot.engine.notrade.Severity;

import java.util.List;

/** The NO TRADE banner: shown (red, pulsing) when the verdict says skip, with every reason, the first being primary. */
public record NoTradeBanner(boolean shouldSkip, String primaryReason, List<String> reasons, String severity) {

    public static NoTradeBanner of(int mask) {
        List<String> reasons = NoTradeReason.in(Math.max(mask, 0)).stream().map(NoTradeReason::text).toList();
        Severity severity = NoTradeReason.severityOf(Math.max(mask, 0));
        return new NoTradeBanner(!reasons.isEmpty(), reasons.isEmpty() ? null : reasons.get(0), reasons,
                severity == null ? "NONE" : severity.name());
    }
}
