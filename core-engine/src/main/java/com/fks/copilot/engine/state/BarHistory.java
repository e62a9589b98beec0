package com.fks.copilot.engine.state;

import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesMarshallable;
import net.openhft.chronicle.bytes.BytesOut;

/**
 * One instrument's closed bars of one size, newest last, in a fixed ring: the value of the
 * {@code bars1m}/{@code bars5m} Chronicle Maps, written only when a bar closes (not per tick).
 * Its own {@link #appliedIndex} lets recovery append each bar exactly once.
 */
public final class BarHistory implements BytesMarshallable {
    public int instrument;
    /** Input-journal index of the event that closed the newest bar. */
    public long appliedIndex = -1;
    /** Bars ever appended; the ring holds the last {@link #capacity()}. */
    public long count;
    private final MinuteBar[] ring;

    public BarHistory(int capacity) {
        ring = new MinuteBar[capacity];
        for (int i = 0; i < capacity; i++) {
            ring[i] = new MinuteBar();
        }
    }

    /** Needed by Chronicle Map to create values; sized like the map's sample. */
    public BarHistory() {
        this(1);
    }

    public int capacity() {
        return ring.length;
    }

    public int held() {
        return (int) Math.min(count, ring.length);
    }

    public void append(MinuteBar bar) {
        ring[(int) (count % ring.length)].copyFrom(bar);
        count++;
    }

    /** The {@code ago}-th newest bar (0 = newest); caller checks {@link #held()}. */
    public MinuteBar ago(int ago) {
        return ring[(int) ((count - 1 - ago) % ring.length)];
    }

    /** The {@code i}-th oldest held bar (0 = oldest held). */
    public MinuteBar oldestFirst(int i) {
        return ago(held() - 1 - i);
    }

    public void digestInto(StateDigest digest) {
        digest.add(instrument).add(count);
        for (int i = 0; i < held(); i++) {
            ago(i).digestInto(digest);
        }
    }

    @Override
    public void writeMarshallable(BytesOut<?> out) {
        out.writeInt(ring.length);
        out.writeInt(instrument);
        out.writeLong(appliedIndex);
        out.writeLong(count);
        for (MinuteBar bar : ring) {
            bar.writeTo(out);
        }
    }

    @Override
    public void readMarshallable(BytesIn<?> in) {
        int capacity = in.readInt();
        if (capacity != ring.length) {
            throw new IllegalStateException("bar history of " + capacity + " read into one of " + ring.length);
        }
        instrument = in.readInt();
        appliedIndex = in.readLong();
        count = in.readLong();
        for (MinuteBar bar : ring) {
            bar.readFrom(in);
        }
    }
}
