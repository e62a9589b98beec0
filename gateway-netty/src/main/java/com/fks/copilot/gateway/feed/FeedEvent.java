package com.fks.copilot.gateway.feed;

import java.nio.charset.StandardCharsets;

/**
 * One decoded Massive WebSocket event, reused for every event of every frame (the decoder fills
 * it, a {@link FeedEventListener} reads it before the next one). Prices are fixed-point
 * ({@code Prices.SCALE} per point, exactly as quoted, never scaled); times are epoch milliseconds
 * as Massive sends them. Only status events allocate (their text).
 */
public final class FeedEvent {
    public static final byte UNKNOWN = 0;
    public static final byte TRADE = 1;
    public static final byte QUOTE = 2;
    public static final byte MINUTE_BAR = 3;
    public static final byte SECOND_BAR = 4;
    public static final byte STATUS = 5;
    public static final int SYMBOL_CAPACITY = 32;

    /** {@link #TRADE}, {@link #QUOTE}, ... from {@code ev}. */
    public byte type;
    /** {@code sym}, ASCII, {@link #symbolLength} bytes used. */
    public final byte[] symbol = new byte[SYMBOL_CAPACITY];
    public int symbolLength;

    /** Trade: {@code p}, {@code s} (contracts), {@code t} (ms), {@code q} (sequence, increasing per ticker). */
    public long price;
    public long size;
    public long timeMillis;
    public long sequence;

    /** Quote: {@code bp, bs, bt, ap, as, at}; its {@code t} is {@link #timeMillis}. */
    public long bidPrice;
    public long bidSize;
    public long bidTimeMillis;
    public long askPrice;
    public long askSize;
    public long askTimeMillis;

    /** Bar ({@code AM}/{@code A}): {@code v, dv, o, c, h, l, n, s, e}. */
    public long volume;
    /** {@code dv}: dollars, as a double since it is a statistic, not a price. */
    public double dollarVolume;
    public long open;
    public long close;
    public long high;
    public long low;
    public long transactions;
    public long startMillis;
    public long endMillis;

    /** Status: {@code status} and {@code message}; null on other events. */
    public String status;
    public String message;

    void clear() {
        type = UNKNOWN;
        symbolLength = 0;
        price = 0;
        size = 0;
        timeMillis = 0;
        sequence = 0;
        bidPrice = 0;
        bidSize = 0;
        bidTimeMillis = 0;
        askPrice = 0;
        askSize = 0;
        askTimeMillis = 0;
        volume = 0;
        dollarVolume = 0;
        open = 0;
        close = 0;
        high = 0;
        low = 0;
        transactions = 0;
        startMillis = 0;
        endMillis = 0;
        status = null;
        message = null;
    }

    /** The symbol as text; allocates, so not for the hot path. */
    public String symbolText() {
        return new String(symbol, 0, symbolLength, StandardCharsets.US_ASCII);
    }

    /** True when {@link #symbol} equals {@code ascii}; allocation-free. */
    public boolean symbolIs(byte[] ascii) {
        if (ascii.length != symbolLength) {
            return false;
        }
        for (int i = 0; i < symbolLength; i++) {
            if (symbol[i] != ascii[i]) {
                return false;
            }
        }
        return true;
    }
}
