package com.fks.copilot.engine.analytics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rounding as the original's {@code round(x, n)}: the exact binary value, half to even. */
class DecimalsTest {

    @Test
    void shouldRoundTheStoredBinaryValueNotTheDecimalLiteral() {
        assertEquals(2.67, Decimals.round(2.675, 2), "2.675 is stored as 2.67499999...");
        assertEquals(1.0, Decimals.round(1.005, 2), "1.005 is stored as 1.00499999...");
    }

    @Test
    void shouldRoundExactTiesToEven() {
        assertEquals(0.812, Decimals.round(0.8125, 3));
        assertEquals(0.38, Decimals.round(0.375, 2));
        assertEquals(2.0, Decimals.round(2.5, 0));
    }

    @Test
    void shouldLeaveNonFiniteValuesAlone() {
        assertEquals(Double.NaN, Decimals.round(Double.NaN, 2));
        assertEquals(Double.POSITIVE_INFINITY, Decimals.round(Double.POSITIVE_INFINITY, 2));
    }
}
