package com.fks.copilot.engine.output;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.SummaryText;
import com.fks.copilot.engine.market.Prices;

import java.nio.charset.StandardCharsets;

/**
 * One thing the engine derived from an input event, as it goes to the output journal. A single
 * pre-allocated instance is refilled by the engine thread for every emission, so a sink must copy
 * what it keeps before returning. {@link #sourceIndex} + {@link #ordinal} identify it exactly,
 * which is what lets recovery emit every derived event once.
 */
public final class DerivedEvent {
    public static final byte BAR_CLOSED = 1;
    public static final byte SESSION_CHANGE = 2;
    /** A pre-flight check's verdict (RISK_CHECK). */
    public static final byte RISK_CHECKED = 3;
    /** A journaled trade opened (with the check that allowed or only warned it). */
    public static final byte TRADE_OPENED = 4;
    /** A trade refused: enforced and blocked, or the day's trade table full. */
    public static final byte TRADE_REFUSED = 5;
    /** A trade closed, with realized P&L. */
    public static final byte TRADE_CLOSED = 6;
    /** The standing verdict (may the trader enter at all?) changed: blocks or warnings differ from before. */
    public static final byte RISK_STATUS = 7;
    /** The no-trade verdict changed; {@link #blocks} holds the {@code NoTradeReason} mask (0 = trade as planned). */
    public static final byte NO_TRADE_CHANGED = 8;
    /** An instrument's line in the daily plan was (re)computed: rank, bias ({@link #side}), levels, size, scores. */
    public static final byte FOCUS_UPDATED = 9;
    /** An opening-range evaluation (every one is journaled, for the audit): {@link #code} is the {@code OrbStatus}. */
    public static final byte ORB_EVALUATED = 10;
    /** The day's first close beyond an ORB trigger: direction in {@link #side}, the breakout close in {@link #price}. */
    public static final byte ORB_BREAKOUT = 11;
    /** The schedule made a co-pilot summary due: {@link #code} is the {@code GrokKind}, {@link #timeNanos} the clock time. */
    public static final byte GROK_DUE = 12;
    /** A co-pilot summary entered the ring: {@link #code} kind, {@link #origin}, the text in {@link #text}. */
    public static final byte GROK_UPDATE = 13;
    /**
     * The verdict answered to one NinjaTrader bridge update (POSITION), journaled for every update, changed
     * or not, so the audit trail holds each decision; laid out like RISK_STATUS ({@link #blocks},
     * {@link #warnings}, daily P&L in {@link #amountCents}, open positions in {@link #quantity}). A change of
     * the standing verdict is still RISK_STATUS, so alerts stay one per change, not one per bridge post.
     */
    public static final byte BRIDGE_VERDICT = 14;
    /**
     * A round trip rebuilt from an account's broker executions ended (flat again, or through zero): contracts
     * entered in {@link #quantity}, average entry in {@link #entryPrice} and exit in {@link #price}, the stop its
     * R is measured against in {@link #stopPrice}, net P&L in {@link #amountCents}, the first fill's input-journal
     * index in {@link #tradeId}, first and last fill times in {@link #openedNanos} and {@link #timeNanos}, and the
     * {@link #account}.
     */
    public static final byte ROUND_TRIP_CLOSED = 15;
    /**
     * A BACKTEST input passed through as it came: {@link #code} its {@code BacktestKind}, the run's id in
     * {@link #askedBy}, the record's JSON in {@link #text}, the time the run was asked for in {@link #timeNanos}.
     */
    public static final byte BACKTEST_RESULT = 16;

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
    /** Risk events: {@code RiskBlock} and {@code RiskWarning} masks. */
    public int blocks;
    public int warnings;
    /** Risk events: side, quantity, entry (or exit) price, stop, trade id, and the dollar figure in cents (risk, or realized P&L). */
    public byte side;
    public long quantity;
    public long price;
    public long stopPrice;
    public long tradeId;
    public long amountCents;
    /** FOCUS_UPDATED: rank (1 = best); ORB_*: {@code OrbStatus} ordinal. */
    public int code;
    /** FOCUS_UPDATED: entry zone and targets; ORB_*: the range and its triggers. Fixed-point points. */
    public long entryLow;
    public long entryHigh;
    public long target1;
    public long target2;
    public long rangeHigh;
    public long rangeLow;
    public long longTrigger;
    public long shortTrigger;
    /** FOCUS_UPDATED: scores as the analytics computed them. */
    public double quality;
    public double waveRatio;
    public double volPercentile;
    /** GROK_UPDATE: {@code SummaryOrigin}. */
    public byte origin;
    /** GROK_UPDATE: input-journal index of the CLOCK event whose schedule asked for the summary; BACKTEST_RESULT: the run's id. */
    public long askedBy = -1;
    /** GROK_UPDATE: the summary; BACKTEST_RESULT: the record's JSON; UTF-8, {@link #textLength} bytes used. */
    public final byte[] text = new byte[SummaryText.CAPACITY];
    public int textLength;
    /**
     * Risk events (TASK-705's audit columns): open trades as the rules count them (instruments with a broker
     * position or an open journaled trade) and the account size in cents; -1 when not known (records
     * written before output version 5). Risk and ORB events also carry {@link #sessionMode} since then.
     */
    public int openTrades = -1;
    public long accountCents = -1;
    /** ORB_*: the ATR the triggers were set from (fixed-point, {@code Prices.NONE} when none) and the range's bar count (-1 unknown). */
    public long atr = Prices.NONE;
    public int barCount = -1;
    /** ROUND_TRIP_CLOSED: average entry price (fixed-point), first fill time (epoch nanos), broker account (ASCII). */
    public long entryPrice;
    public long openedNanos;
    public final byte[] account = new byte[EngineEvent.ACCOUNT_CAPACITY];
    public int accountLength;

    public void setAccount(byte[] source, int length) {
        System.arraycopy(source, 0, account, 0, length);
        accountLength = length;
    }

    public String account() {
        return new String(account, 0, accountLength, StandardCharsets.US_ASCII);
    }

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
        blocks = 0;
        warnings = 0;
        side = 0;
        quantity = 0;
        price = 0;
        stopPrice = 0;
        tradeId = 0;
        amountCents = 0;
        code = 0;
        entryLow = 0;
        entryHigh = 0;
        target1 = 0;
        target2 = 0;
        rangeHigh = 0;
        rangeLow = 0;
        longTrigger = 0;
        shortTrigger = 0;
        quality = 0;
        waveRatio = 0;
        volPercentile = 0;
        origin = 0;
        askedBy = -1;
        textLength = 0;
        openTrades = -1;
        accountCents = -1;
        atr = Prices.NONE;
        barCount = -1;
        entryPrice = 0;
        openedNanos = 0;
        accountLength = 0;
    }

    public String text() {
        return SummaryText.decode(text, textLength);
    }

    public static String typeName(byte type) {
        return switch (type) {
            case BAR_CLOSED -> "BAR_CLOSED";
            case SESSION_CHANGE -> "SESSION_CHANGE";
            case RISK_CHECKED -> "RISK_CHECKED";
            case TRADE_OPENED -> "TRADE_OPENED";
            case TRADE_REFUSED -> "TRADE_REFUSED";
            case TRADE_CLOSED -> "TRADE_CLOSED";
            case RISK_STATUS -> "RISK_STATUS";
            case NO_TRADE_CHANGED -> "NO_TRADE_CHANGED";
            case FOCUS_UPDATED -> "FOCUS_UPDATED";
            case ORB_EVALUATED -> "ORB_EVALUATED";
            case ORB_BREAKOUT -> "ORB_BREAKOUT";
            case GROK_DUE -> "GROK_DUE";
            case GROK_UPDATE -> "GROK_UPDATE";
            case BRIDGE_VERDICT -> "BRIDGE_VERDICT";
            case ROUND_TRIP_CLOSED -> "ROUND_TRIP_CLOSED";
            case BACKTEST_RESULT -> "BACKTEST_RESULT";
            default -> "UNKNOWN(" + type + ")";
        };
    }

    /** The types stored as rows of the risk audit trail. */
    public static boolean isRiskEvent(byte type) {
        return type >= RISK_CHECKED && type <= NO_TRADE_CHANGED || type == BRIDGE_VERDICT || type == ROUND_TRIP_CLOSED;
    }

    /** The types whose {@link #text} the output journal stores. */
    public static boolean carriesText(byte type) {
        return type == GROK_UPDATE || type == BACKTEST_RESULT;
    }

    public static boolean isOrbEvent(byte type) {
        return type == ORB_EVALUATED || type == ORB_BREAKOUT;
    }
}
