package com.fks.copilot.gateway.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One setting of the rules' free parameters a walk-forward tries.
 *
 * @param orbAtr     ORB triggers this many ATRs outside the range (the engine's: 0.5)
 * @param minQuality the plan quality a setup needs (the engine's: 0.55)
 * @param stopAtr    ORB stop this many ATRs from the entry (the backtest's default: 1.5)
 */
public record Candidate(double orbAtr, double minQuality, double stopAtr) {
    /** What the engine trades live today. */
    public static final Candidate LIVE = new Candidate(0.5, 0.55, 1.5);

    /** ORB 0.3–1.0 ATR × quality 45–65 % × stop 1.0–2.0 ATR: 36 candidates, the live one among them. */
    public static List<Candidate> grid() {
        List<Candidate> grid = new ArrayList<>();
        for (double orb : new double[] {0.3, 0.5, 0.75, 1.0}) {
            for (double quality : new double[] {0.45, 0.55, 0.65}) {
                for (double stop : new double[] {1.0, 1.5, 2.0}) {
                    grid.add(new Candidate(orb, quality, stop));
                }
            }
        }
        return grid;
    }

    /** "ORB 0.5×ATR, quality ≥ 55 %, stop 1.5×ATR". */
    public String label() {
        return String.format(Locale.ROOT, "ORB %s×ATR, quality ≥ %d %%, stop %s×ATR", number(orbAtr),
                Math.round(minQuality * 100), number(stopAtr));
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
