package com.fks.copilot.engine.risk;

/** Where the stop an open position's risk was measured to came from; one byte per instrument of a {@link RiskVerdict}. */
public final class StopSource {
    /** No stop known: the position's risk is not counted, and the verdict says so. */
    public static final byte NONE = 0;
    /** The stop of the journaled open trade on that instrument and side. */
    public static final byte TRADE = 1;
    /** Today's plan stop for the symbol (daily focus), protective for the position's side. */
    public static final byte PLAN = 2;

    private StopSource() {
    }

    /** The trader's word for it, as the positions panel shows it. */
    public static String label(byte source) {
        return switch (source) {
            case TRADE -> "trade stop";
            case PLAN -> "plan stop";
            default -> "no stop";
        };
    }
}
