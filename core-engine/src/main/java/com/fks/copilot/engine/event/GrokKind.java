package com.fks.copilot.engine.event;

/**
 * What a co-pilot summary is: the detailed morning briefing (once in PRE-MARKET per ET day) or a
 * compact live update (every 15 minutes of event time in ACTIVE hours). Codes are journaled.
 */
public final class GrokKind {
    /** Not a summary (the slot carries no co-pilot call). */
    public static final byte NONE = 0;
    public static final byte BRIEFING = 1;
    public static final byte LIVE = 2;

    private GrokKind() {
    }

    public static String name(byte kind) {
        return switch (kind) {
            case NONE -> "NONE";
            case BRIEFING -> "BRIEFING";
            case LIVE -> "LIVE";
            default -> "UNKNOWN(" + kind + ")";
        };
    }
}
