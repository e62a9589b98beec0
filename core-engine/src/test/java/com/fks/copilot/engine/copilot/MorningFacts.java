package com.fks.copilot.engine.copilot;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.state.FocusState;

import java.util.List;

/** Worked engine facts for a 09:45 ET morning: the numbers the tests check the summary against. */
public final class MorningFacts {
    private MorningFacts() {
    }

    /**
     * NASDAQ short inside its 21440–21470 sell zone, stop 21510, targets 21380 / 21300, 3 micros sized at
     * 21455: 55 points × $2 × 3 = $330 at risk. Wave ratio 0.62, volatility at the 45th percentile.
     */
    public static AssetFacts nasdaqShortInZone() {
        return new AssetFacts(Instruments.byIndex(Instruments.MNQ), 1, FocusState.SHORT, false, 0.74, 21450.25, -35.5,
                21440.0, 21470.0, 21510.0, 21380.0, 21300.0, 3, Double.NaN, Double.NaN, 0.62, 0.45, 330.0);
    }

    /**
     * GOLD long at 5212.3 (+4.2 since the open), above its 5195–5201.5 buy zone, stop 5183.25, TP1 5225,
     * 2 micros sized at 5200: 16.75 points × $10 × 2 = $335 at risk. Wave ratio 2.0, volatility 0.64.
     */
    public static AssetFacts goldLongAboveZone() {
        return new AssetFacts(Instruments.byIndex(Instruments.MGC), 2, FocusState.LONG, false, 0.71, 5212.3, 4.2,
                5195.0, 5201.5, 5183.25, 5225.0, 5240.0, 2, Double.NaN, Double.NaN, 2.0, 0.64, 335.0);
    }

    /** CRUDE long, but 68.10 is under the 68.25 stop; 2 micros sized at 68.55: 0.30 × $100 × 2 = $60. */
    public static AssetFacts crudeThroughItsStop() {
        return new AssetFacts(Instruments.byIndex(Instruments.MCL), 3, FocusState.LONG, false, 0.62, 68.10, -0.45,
                68.40, 68.70, 68.25, 69.20, 69.60, 2, Double.NaN, Double.NaN, 1.2, 0.30, 60.0);
    }

    /**
     * SILVER without direction; the ORB says long above 31.400, short below 31.050. One micro (the least
     * the plan sizes) sized at 31.245: 0.445 × $1,000 = $445, more than the $375 a trade may risk.
     */
    public static AssetFacts silverNeutral() {
        return new AssetFacts(Instruments.byIndex(Instruments.SIL), 4, FocusState.NEUTRAL, false, 0.58, 31.245, 0.12,
                31.0, 31.5, 30.8, 31.7, 32.0, 1, 31.400, 31.050, 1.0, 0.50, 445.0);
    }

    public static RiskFacts entriesAllowed() {
        return new RiskFacts("", List.of(), "-$120.00", 1, 0);
    }

    public static EngineFacts morning(List<AssetFacts> focus, RiskFacts risk, List<String> noTrade) {
        return new EngineFacts(1_764_081_900_000_000_000L, "09:45:00 ET", "ACTIVE", focus, risk, noTrade,
                List.of("SILVER range 31.100–31.350, long above 31.400, short below 31.050"));
    }

    public static EngineFacts fourFocusAssets() {
        return morning(List.of(nasdaqShortInZone(), goldLongAboveZone(), crudeThroughItsStop(), silverNeutral()),
                entriesAllowed(), List.of());
    }
}
