package com.fks.copilot.engine.event;

/** Kinds of input event on the ring; codes are what the input journal stores. */
public final class EventType {
    /** A trade print from the market feed. */
    public static final byte TICK = 1;
    /** Event time advancing (ARCHITECTURE rule 1): the engine's only notion of "now". */
    public static final byte CLOCK = 2;
    /** The NinjaTrader bridge's whole account snapshot: every contract's position (absent = flat). */
    public static final byte POSITION = 3;
    /** A fill/trade report from the NinjaTrader bridge. */
    public static final byte FILL = 4;
    /** A pre-flight question: may this entry be taken now? */
    public static final byte RISK_CHECK = 5;
    /** Opens a journaled trade after a pre-flight check (refused when blocked and enforced). */
    public static final byte TRADE_OPEN = 6;
    /** Closes a journaled trade at an exit price. */
    public static final byte TRADE_CLOSE = 7;
    /** A co-pilot summary (from xAI Grok, or made locally): external input, so journaled like any other. */
    public static final byte GROK_SUMMARY = 8;
    /**
     * An external tool's record for the audit trail (POST /audit/risk, /audit/orb): journaled so replay and
     * the drain keep it; the engine keeps no state from it. Kind and canonical JSON travel as a summary's do.
     */
    public static final byte AUDIT_NOTE = 9;
    /**
     * One broker execution from the NinjaTrader bridge (POST /executions): folded FIFO per account and contract
     * into round trips whose realized P&L feeds the risk state. Idempotent by execution id (issue 20).
     */
    public static final byte EXECUTION = 10;
    /**
     * One record of an OFF-HOURS backtest's result ({@link BacktestKind}: a trade, or the run that closes them), as
     * compact JSON in the summary text; the run's id (the input-journal index of the session change that asked for
     * it) in {@code amount}. Computed off the ring, so it enters as input: replay reproduces it without re-running it.
     */
    public static final byte BACKTEST = 11;
    /** AUDIT_NOTE kinds (in {@code EngineEvent.summaryKind}): a risk event or an ORB event. */
    public static final byte NOTE_RISK = 1;
    public static final byte NOTE_ORB = 2;

    private EventType() {
    }

    public static String name(byte type) {
        return switch (type) {
            case TICK -> "TICK";
            case CLOCK -> "CLOCK";
            case POSITION -> "POSITION";
            case FILL -> "FILL";
            case RISK_CHECK -> "RISK_CHECK";
            case TRADE_OPEN -> "TRADE_OPEN";
            case TRADE_CLOSE -> "TRADE_CLOSE";
            case GROK_SUMMARY -> "GROK_SUMMARY";
            case AUDIT_NOTE -> "AUDIT_NOTE";
            case EXECUTION -> "EXECUTION";
            case BACKTEST -> "BACKTEST";
            default -> "UNKNOWN(" + type + ")";
        };
    }
}
