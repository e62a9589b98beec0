package com.fks.copilot.engine.event;

/**
 * Where a co-pilot summary came from. Codes are journaled (GROK_UPDATE), so a replayed day shows
 * the same marks the trader saw.
 */
public final class SummaryOrigin {
    /** xAI Grok's answer, journaled as a GROK_SUMMARY input event. */
    public static final byte GROK = 1;
    /** Made by the engine from its own state at the event that made the summary due: deterministic, replayable. */
    public static final byte LOCAL = 2;

    private SummaryOrigin() {
    }

    public static boolean isLocal(byte origin) {
        return origin != GROK;
    }

    public static String label(byte origin) {
        return origin == GROK ? "Grok" : "local";
    }
}
