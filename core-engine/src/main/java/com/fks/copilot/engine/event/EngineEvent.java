package com.fks.copilot.engine.event;

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

    // ---- input, journaled ----
    /** {@link EventType} code. */
    public byte type;
    /** Instrument index ({@code Instruments}), or -1 for events without one (CLOCK). */
    public int instrument = -1;
    /** TICK: trade price; POSITION: average price; FILL: fill price. Fixed-point points. */
    public long price;
    /** TICK: contracts traded; POSITION/FILL: quantity (never negative; see {@link #side}). */
    public long quantity;
    /** POSITION/FILL: {@link #SIDE_LONG}, {@link #SIDE_SHORT} or {@link #SIDE_FLAT}. */
    public byte side;
    /** POSITION: unrealized P&L in cents as NinjaTrader reports it; FILL: order reference. */
    public long amount;
    /** Exchange time (TICK), event time (CLOCK) or bridge time (POSITION/FILL), epoch nanos. */
    public long eventTimeNanos;
    /** The source's sequence number (feed sequence, e.g. Massive's {@code q}); 0 when none. */
    public long sourceSequence;
    /** POSITION/FILL: account name, ASCII, {@link #accountLength} bytes used. */
    public final byte[] account = new byte[ACCOUNT_CAPACITY];
    public int accountLength;

    // ---- set by stages, not journaled ----
    /** Ingress time ({@code System.nanoTime()}), for latency measurement only; never used by the engine. */
    public long receivedNanos;
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
        receivedNanos = 0;
        journalIndex = -1;
        viewChanged = false;
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
        accountLength = other.accountLength;
        System.arraycopy(other.account, 0, account, 0, accountLength);
        journalIndex = other.journalIndex;
        receivedNanos = other.receivedNanos;
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
