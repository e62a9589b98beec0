package com.fks.copilot.engine.state;

import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesMarshallable;
import net.openhft.chronicle.bytes.BytesOut;

/**
 * A mutable OHLCV bar (1- or 5-minute), ET-aligned: minute and 5-minute boundaries are the same
 * in every whole-hour UTC offset. Prices fixed-point, volume in contracts.
 */
public final class MinuteBar implements BytesMarshallable {
    public static final long NANOS = 60_000_000_000L;
    public static final long FIVE_MINUTE_NANOS = 5 * NANOS;

    /** Bar start, epoch nanos; 0 when the bar is empty. */
    public long startNanos;
    public long open;
    public long high;
    public long low;
    public long close;
    public long volume;

    public boolean isOpen() {
        return startNanos != 0;
    }

    public void start(long startNanos, long price, long quantity) {
        this.startNanos = startNanos;
        open = price;
        high = price;
        low = price;
        close = price;
        volume = quantity;
    }

    public void add(long price, long quantity) {
        high = Math.max(high, price);
        low = Math.min(low, price);
        close = price;
        volume += quantity;
    }

    /** Folds a whole closed bar into this one (a 1-minute bar into a 5-minute bar). */
    public void merge(MinuteBar closed, long bucketStartNanos) {
        if (!isOpen()) {
            startNanos = bucketStartNanos;
            open = closed.open;
            high = closed.high;
            low = closed.low;
            volume = 0;
        }
        high = Math.max(high, closed.high);
        low = Math.min(low, closed.low);
        close = closed.close;
        volume += closed.volume;
    }

    public void clear() {
        startNanos = 0;
        open = 0;
        high = 0;
        low = 0;
        close = 0;
        volume = 0;
    }

    public void copyFrom(MinuteBar other) {
        startNanos = other.startNanos;
        open = other.open;
        high = other.high;
        low = other.low;
        close = other.close;
        volume = other.volume;
    }

    void digestInto(StateDigest digest) {
        digest.add(startNanos).add(open).add(high).add(low).add(close).add(volume);
    }

    void writeTo(BytesOut<?> out) {
        out.writeLong(startNanos);
        out.writeLong(open);
        out.writeLong(high);
        out.writeLong(low);
        out.writeLong(close);
        out.writeLong(volume);
    }

    /** One closed bar is one Chronicle Map value (a slot of a bar history). */
    @Override
    public void writeMarshallable(BytesOut<?> out) {
        writeTo(out);
    }

    @Override
    public void readMarshallable(BytesIn<?> in) {
        readFrom(in);
    }

    void readFrom(BytesIn<?> in) {
        startNanos = in.readLong();
        open = in.readLong();
        high = in.readLong();
        low = in.readLong();
        close = in.readLong();
        volume = in.readLong();
    }
}
