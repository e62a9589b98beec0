package com.fks.copilot.engine.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounds a double to a number of decimals the way the original system's {@code round(x, n)} did:
 * the exact binary value is rounded half-to-even, then read back as the nearest double. This is
 * what makes "2 dp" or "3 dp" in FKS-RULES give the same double as the original, including cases
 * such as 2.675 (stored as 2.67499…) that a naive {@code Math.round(x * 100) / 100.0} gets wrong.
 *
 * <p>Allocates (a {@link BigDecimal}); use it on results, not inside per-bar loops.
 */
final class Decimals {
    private Decimals() {
    }

    /** {@code value} rounded to {@code places} decimals; NaN and infinities are returned unchanged. */
    static double round(double value, int places) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
    }
}
