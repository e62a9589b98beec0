package com.fks.copilot.engine.output;

/**
 * One thing the engine derived from an input event, as it goes to the output journal. A single
 * pre-allocated instance is refilled by the engine thread for every emission, so a sink must copy
 * what it keeps before returning. {@link #sourceIndex} + {@link #ordinal} identify it exactly,
 * which is what lets recovery emit every derived event once.
 */
public final class DerivedEvent {
    public static final byte BAR_CLOSED = 1;
    public static final byte SESSION_CHANGE = 2;

    public byte type;
    /** Input-journal index of the event that caused this one. */
    public long sourceIndex;
    /** 0-based position among the events derived from the same source. */
    public int ordinal;
    public int instrument = -1;
    /** Event time it refers to: bar start (BAR_CLOSED) or the clock time (SESSION_CHANGE), epoch nanos. */
    public long timeNanos;
    public long open;
    public long high;
    public long low;
    public long close;
    public long volume;
    /** SESSION_CHANGE: the new {@code SessionMode} ordinal. */
    public int sessionMode = -1;

    public void clear() {
        type = 0;
        sourceIndex = -1;
        ordinal = 0;
        instrument = -1;
        timeNanos = 0;
        open = 0;
        high = 0;
        low = 0;
        close = 0;
        volume = 0;
        sessionMode = -1;
    }

    public static String typeName(byte type) {
        return switch (type) {
            case BAR_CLOSED -> "BAR_CLOSED";
            case SESSION_CHANGE -> "SESSION_CHANGE";
            default -> "UNKNOWN(" + type + ")";
        };
    }
}
