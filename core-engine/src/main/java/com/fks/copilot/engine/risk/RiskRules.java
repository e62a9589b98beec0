package com.fks.copilot.engine.risk;

/**
 * The trader's risk rules (seed TASK-502; FKS-RULES "Risk rules"), money in cents, times as ET
 * minute of day. Defaults: $50,000 account, 2 open trades, $375 (0.75%) per trade, $500 daily
 * loss, no entries from 10:00 ET, session over at 12:00 ET, overnight warning from 11:30 ET,
 * stacking only at ≥ +0.5R with wave ratio ≥ 1.8, circuit breaker after 3 straight losses.
 */
public record RiskRules(long accountCents, int maxOpenTrades, long maxRiskPerTradeCents, long maxDailyLossCents,
                        int entryCutoffMinute, int sessionEndMinute, int overnightWarningMinute,
                        double stackMinR, double stackMinWaveRatio, int circuitBreakerLosses) {

    /** Open risk to stops above this share of the account is flagged (seed TASK-501: red warning above 5%). */
    public static final int OPEN_RISK_WARNING_PERCENT = 5;

    public static RiskRules defaults() {
        return new RiskRules(5_000_000, 2, 37_500, 50_000, 10 * 60, 12 * 60, 11 * 60 + 30, 0.5, 1.8, 3);
    }

    /** An ET minute of day as the trader reads it, "10:00". */
    public static String clockText(int minuteOfDay) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }

    /** A rule's figure without trailing zeros, "0.5", "1.8", "2". */
    static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Would a trade risking {@code riskCents} to its stop be refused: more than {@link #maxRiskPerTradeCents}. */
    public boolean exceedsTradeRisk(long riskCents) {
        return riskCents > maxRiskPerTradeCents;
    }

    public RiskRules withMaxRiskPerTradeCents(long cents) {
        return new RiskRules(accountCents, maxOpenTrades, cents, maxDailyLossCents, entryCutoffMinute,
                sessionEndMinute, overnightWarningMinute, stackMinR, stackMinWaveRatio, circuitBreakerLosses);
    }
}
