package com.fks.copilot.engine.event;

import com.fks.copilot.engine.risk.RiskVerdict;

/**
 * One pre-allocated, mutable ring slot, reused for every input event (exchange-core's
 * {@code OrderCommand} style). Producers fill the input fields; the journal stage sets
 * {@link #journalIndex}; the engine stage fills the {@code view*} fields that later stages
 * (the dashboard publisher) read. Prices are fixed-point ({@code Prices.SCALE} per point),
 * times are epoch nanos, and nothing here allocates after construction.
 */
public final class EngineEvent {
    public static final int ACCOUNT_CAPACITY = 32;
    public static final byte SIDE_FLAT = 0;
    public static final byte SIDE_LONG = 1;
    public static final byte SIDE_SHORT = -1;
    /** One position slot per contract of the registry. */
    public static final int POSITION_SLOTS = 6;
    public static final byte RESULT_NONE = 0;
    public static final byte RESULT_ACCEPTED = 1;
    public static final byte RESULT_BLOCKED = 2;
    public static final byte RESULT_UNKNOWN_TRADE = 3;
    public static final byte RESULT_TRADE_TABLE_FULL = 4;
    /** TRADE_OPEN/TRADE_CLOSE: the Idempotency-Key was used within 24 h for a different request. */
    public static final byte RESULT_KEY_REUSED = 5;
    /** EXECUTION: its execution id was seen before; nothing changed. */
    public static final byte RESULT_DUPLICATE = 6;

    // ---- input, journaled ----
    /** {@link EventType} code. */
    public byte type;
    /** Instrument index ({@code Instruments}), or -1 for events without one (CLOCK). */
    public int instrument = -1;
    /** TICK: trade price; FILL: fill price; RISK_CHECK/TRADE_OPEN: entry; TRADE_CLOSE: exit. Fixed-point points. */
    public long price;
    /** TICK: contracts traded; FILL/RISK_CHECK/TRADE_OPEN: quantity (never negative; see {@link #side}). */
    public long quantity;
    /** FILL/RISK_CHECK/TRADE_OPEN: {@link #SIDE_LONG} or {@link #SIDE_SHORT}. */
    public byte side;
    /**
     * FILL: order reference; EXECUTION: commission in cents; TRADE_CLOSE: the trade id; TRADE_OPEN: 1 to refuse the trade when risk blocks it;
     * GROK_SUMMARY: input-journal index of the CLOCK event whose schedule asked for the summary; BACKTEST: the run's id.
     */
    public long amount;
    /** RISK_CHECK/TRADE_OPEN: stop price, or {@code Prices.NONE} when none was given. */
    public long stopPrice;
    /** POSITION: per instrument index, side ({@link #SIDE_FLAT} when no position), quantity, average price, unrealized P&L in cents. */
    public final byte[] positionSides = new byte[POSITION_SLOTS];
    public final long[] positionQuantities = new long[POSITION_SLOTS];
    public final long[] positionPrices = new long[POSITION_SLOTS];
    public final long[] positionPnlCents = new long[POSITION_SLOTS];
    /** Exchange time (TICK), event time (CLOCK) or bridge time (POSITION/FILL), epoch nanos. */
    public long eventTimeNanos;
    /** The source's sequence number (feed sequence, e.g. Massive's {@code q}); 0 when none. */
    public long sourceSequence;
    /** POSITION/FILL: account name, ASCII, {@link #accountLength} bytes used. */
    public final byte[] account = new byte[ACCOUNT_CAPACITY];
    public int accountLength;
    /** GROK_SUMMARY: {@link GrokKind} and {@link SummaryOrigin}; BACKTEST: {@link BacktestKind}; AUDIT_NOTE: {@link EventType#NOTE_RISK} or {@link EventType#NOTE_ORB}. */
    public byte summaryKind;
    public byte summaryOrigin;
    /** GROK_SUMMARY: the text; AUDIT_NOTE: the record as canonical JSON; UTF-8, {@link #summaryLength} bytes used (see {@link SummaryText}). */
    public final byte[] summary = new byte[SummaryText.CAPACITY];
    public int summaryLength;
    /**
     * TRADE_OPEN/TRADE_CLOSE: the request's {@code Idempotency-Key} (128 bits of its SHA-256; both 0 when
     * none was sent) and a 64-bit digest of the request itself (method, target, body). EXECUTION: 128 bits of
     * the execution id's SHA-256 (the idempotency key) and 64 bits of the order id's.
     */
    public long requestKeyHigh;
    public long requestKeyLow;
    public long requestDigest;

    // ---- set by stages, not journaled ----
    /** Ingress time ({@code System.nanoTime()}), for latency measurement only; never used by the engine. */
    public long receivedNanos;
    /** When the engine stage finished applying it ({@code System.nanoTime()}), for latency measurement only. */
    public long appliedNanos;
    /** Index of this event in the input journal; set by the journal stage before the engine sees it. */
    public long journalIndex = -1;
    /** Set by the engine when this event changed the instrument's market view. */
    public boolean viewChanged;
    public long viewLastPrice;
    public long viewOpenPrice;
    public long viewHighPrice;
    public long viewLowPrice;
    public long viewVolume;
    public long viewTickCount;
    /** Set by the engine for POSITION, RISK_CHECK and TRADE_*: the outcome (a rejection is data, not an exception). */
    public byte resultCode;
    public final RiskVerdict verdict = new RiskVerdict();
    /** Set by the engine when this event changed what the risk panel shows; {@link #standing} then holds it. */
    public boolean standingChanged;
    public final RiskVerdict standing = new RiskVerdict();
    /** Set by the engine when this event recomputed the daily plan / re-evaluated the opening range. */
    public boolean focusChanged;
    public boolean orbChanged;
    /** Set by the engine when this event changed the no-trade verdict; {@link #noTradeMask} then holds it. */
    public boolean noTradeChanged;
    public int noTradeMask;
    /** CLOCK: set by the engine's schedule when a co-pilot summary is due now ({@link GrokKind}); NONE otherwise. */
    public byte grokDue;
    /** TRADE_OPEN: the new trade's id; TRADE_CLOSE: the closed trade's id. */
    public long resultTradeId;
    /** TRADE_CLOSE: realized P&L in cents. */
    public long resultRealizedCents;
    /** Set by the engine when the answer above is the first answer to an earlier request with the same key. */
    public boolean answerRepeated;
    /** When {@link #answerRepeated}: the input-journal index of that first request. */
    public long answerIndex = -1;

    /** Resets every field so a slot never leaks a previous event's values. */
    public void clear() {
        type = 0;
        instrument = -1;
        price = 0;
        quantity = 0;
        side = SIDE_FLAT;
        amount = 0;
        eventTimeNanos = 0;
        sourceSequence = 0;
        accountLength = 0;
        summaryKind = GrokKind.NONE;
        summaryOrigin = 0;
        summaryLength = 0;
        grokDue = GrokKind.NONE;
        receivedNanos = 0;
        appliedNanos = 0;
        stopPrice = 0;
        java.util.Arrays.fill(positionSides, SIDE_FLAT);
        java.util.Arrays.fill(positionQuantities, 0);
        java.util.Arrays.fill(positionPrices, 0);
        java.util.Arrays.fill(positionPnlCents, 0);
        journalIndex = -1;
        viewChanged = false;
        resultCode = RESULT_NONE;
        verdict.clear();
        standingChanged = false;
        noTradeChanged = false;
        focusChanged = false;
        orbChanged = false;
        noTradeMask = 0;
        standing.clear();
        resultTradeId = 0;
        resultRealizedCents = 0;
        requestKeyHigh = 0;
        requestKeyLow = 0;
        requestDigest = 0;
        answerRepeated = false;
        answerIndex = -1;
    }

    /** True when the request carried an {@code Idempotency-Key}. */
    public boolean hasRequestKey() {
        return (requestKeyHigh | requestKeyLow) != 0;
    }

    public void setTick(int instrument, long price, long quantity, long exchangeTimeNanos, long sequence) {
        clear();
        this.type = EventType.TICK;
        this.instrument = instrument;
        this.price = price;
        this.quantity = quantity;
        this.eventTimeNanos = exchangeTimeNanos;
        this.sourceSequence = sequence;
    }

    public void setClock(long eventTimeNanos, long sequence) {
        clear();
        this.type = EventType.CLOCK;
        this.eventTimeNanos = eventTimeNanos;
        this.sourceSequence = sequence;
    }

    /** Copies the journaled input fields of {@code other}; used by replay and tests. */
    public void copyInputFrom(EngineEvent other) {
        clear();
        type = other.type;
        instrument = other.instrument;
        price = other.price;
        quantity = other.quantity;
        side = other.side;
        amount = other.amount;
        eventTimeNanos = other.eventTimeNanos;
        sourceSequence = other.sourceSequence;
        stopPrice = other.stopPrice;
        System.arraycopy(other.positionSides, 0, positionSides, 0, POSITION_SLOTS);
        System.arraycopy(other.positionQuantities, 0, positionQuantities, 0, POSITION_SLOTS);
        System.arraycopy(other.positionPrices, 0, positionPrices, 0, POSITION_SLOTS);
        System.arraycopy(other.positionPnlCents, 0, positionPnlCents, 0, POSITION_SLOTS);
        accountLength = other.accountLength;
        System.arraycopy(other.account, 0, account, 0, accountLength);
        summaryKind = other.summaryKind;
        summaryOrigin = other.summaryOrigin;
        summaryLength = other.summaryLength;
        System.arraycopy(other.summary, 0, summary, 0, summaryLength);
        requestKeyHigh = other.requestKeyHigh;
        requestKeyLow = other.requestKeyLow;
        requestDigest = other.requestDigest;
        journalIndex = other.journalIndex;
        receivedNanos = other.receivedNanos;
        appliedNanos = other.appliedNanos;
    }

    /**
     * A co-pilot summary at the edge (allocates: not for the hot path). {@code askedBy} is the journal
     * index of the CLOCK event that made it due; {@code timeNanos} the event time it speaks for.
     */
    public void setSummary(byte kind, byte origin, long askedBy, long timeNanos, String text) {
        clear();
        type = EventType.GROK_SUMMARY;
        summaryKind = kind;
        summaryOrigin = origin;
        amount = askedBy;
        eventTimeNanos = timeNanos;
        summaryLength = SummaryText.encode(text, summary);
    }

    /**
     * One record of an OFF-HOURS backtest at the edge (allocates: not for the hot path): {@code kind} a
     * {@link BacktestKind}, {@code runId} the run it belongs to, {@code json} the record (it must fit the text).
     */
    public void setBacktestRecord(byte kind, long runId, long timeNanos, String json) {
        clear();
        type = EventType.BACKTEST;
        summaryKind = kind;
        amount = runId;
        eventTimeNanos = timeNanos;
        summaryLength = SummaryText.encode(json, summary);
    }

    public String summaryText() {
        return SummaryText.decode(summary, summaryLength);
    }

    /** Sets the account from text at the edge (ASCII, truncated to {@link #ACCOUNT_CAPACITY}). */
    public void setAccount(CharSequence name) {
        int n = Math.min(name.length(), ACCOUNT_CAPACITY);
        for (int i = 0; i < n; i++) {
            account[i] = (byte) name.charAt(i);
        }
        accountLength = n;
    }

    public String accountName() {
        return new String(account, 0, accountLength, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
