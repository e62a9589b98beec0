package com.fks.copilot.engine.event;

/**
 * Where a co-pilot summary came from, and when it was made locally, why. Codes are journaled, so a
 * replayed day shows the same "local" marks the trader saw.
 */
public final class SummaryOrigin {
    /** xAI Grok answered in time, in the expected format. */
    public static final byte GROK = 1;
    /** No {@code XAI_API_KEY}: the co-pilot speaks from engine state alone. */
    public static final byte LOCAL_NO_KEY = 2;
    /** xAI answered 429: over the tier's rate limit. */
    public static final byte LOCAL_RATE_LIMITED = 3;
    /** xAI did not answer within the configured timeout. */
    public static final byte LOCAL_TIMEOUT = 4;
    /** Any other failure: refused key, 5xx, unreadable answer, network. */
    public static final byte LOCAL_ERROR = 5;
    /** xAI answered, but not in the compact live format (more than 8 lines, or no DO NOW). */
    public static final byte LOCAL_NOT_COMPACT = 6;

    private SummaryOrigin() {
    }

    public static boolean isLocal(byte origin) {
        return origin != GROK;
    }

    /** How the panel names it. */
    public static String label(byte origin) {
        return switch (origin) {
            case GROK -> "Grok";
            case LOCAL_NO_KEY -> "local (no xAI key)";
            case LOCAL_RATE_LIMITED -> "local (xAI rate limit)";
            case LOCAL_TIMEOUT -> "local (xAI timeout)";
            case LOCAL_ERROR -> "local (xAI error)";
            case LOCAL_NOT_COMPACT -> "local (Grok answer not compact)";
            default -> "local";
        };
    }
}
