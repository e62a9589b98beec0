package com.fks.copilot.engine.notrade;

import java.util.ArrayList;
import java.util.List;

/**
 * Why the co-pilot says "do not trade today" (seed TASK-802; FKS-RULES "No-trade verdict"), in the
 * order the original checked them: the first that fires is the primary reason. One bit each.
 */
public enum NoTradeReason {
    NO_MARKET_DATA(Severity.CRITICAL, "No market data"),
    LOW_QUALITY(Severity.CRITICAL, "All focus assets below 55% signal quality"),
    EXTREME_VOLATILITY(Severity.CRITICAL, "A focus asset's volatility is above the 88th percentile"),
    DAILY_LOSS(Severity.CRITICAL, "Daily P&L at or below -$250"),
    LOSING_STREAK(Severity.WARNING, "More than 2 losing trades in a row"),
    NO_SETUP(Severity.WARNING, "After 10:00 ET with no tradeable setup"),
    SESSION_OVER(Severity.INFO, "Session over (12:00 ET)");

    private final Severity severity;
    private final String text;

    NoTradeReason(Severity severity, String text) {
        this.severity = severity;
        this.text = text;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public Severity severity() {
        return severity;
    }

    public String text() {
        return text;
    }

    public boolean firedIn(int mask) {
        return (mask & bit()) != 0;
    }

    public static List<NoTradeReason> in(int mask) {
        List<NoTradeReason> reasons = new ArrayList<>();
        for (NoTradeReason reason : values()) {
            if (reason.firedIn(mask)) {
                reasons.add(reason);
            }
        }
        return reasons;
    }

    /** The highest severity in the mask, or null when nothing fired (trade as planned). */
    public static Severity severityOf(int mask) {
        Severity highest = null;
        for (NoTradeReason reason : in(mask)) {
            if (highest == null || reason.severity.compareTo(highest) > 0) {
                highest = reason.severity;
            }
        }
        return highest;
    }
}
