package com.fks.copilot.engine.event;

/** Kinds of input event on the ring; codes are what the input journal stores. */
public final class EventType {
    /** A trade print from the market feed. */
    public static final byte TICK = 1;
    /** Event time advancing (ARCHITECTURE rule 1): the engine's only notion of "now". */
    public static final byte CLOCK = 2;
    /** A position report from the NinjaTrader bridge. */
    public static final byte POSITION = 3;
    /** A fill/trade report from the NinjaTrader bridge. */
    public static final byte FILL = 4;

    private EventType() {
    }

    public static String name(byte type) {
        return switch (type) {
            case TICK -> "TICK";
            case CLOCK -> "CLOCK";
            case POSITION -> "POSITION";
            case FILL -> "FILL";
            default -> "UNKNOWN(" + type + ")";
        };
    }
}
