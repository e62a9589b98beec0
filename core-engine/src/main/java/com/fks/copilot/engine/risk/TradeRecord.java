package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.state.StateDigest;
import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesOut;

/** One journaled trade of the day, mutable and fixed-size. Prices fixed-point, money in cents, times epoch nanos. */
public final class TradeRecord {
    public static final byte EMPTY = 0;
    public static final byte OPEN = 1;
    public static final byte CLOSED = 2;

    public byte status;
    /** Input-journal index of the event that opened it: unique and replay-stable. */
    public long tradeId;
    public int instrument;
    public byte side;
    public long quantity;
    public long entryPrice;
    /** {@code Prices.NONE} when the trade was opened without a stop. */
    public long stopPrice;
    public long exitPrice;
    public long realizedCents;
    public long openedNanos;
    public long closedNanos;

    public void copyFrom(TradeRecord other) {
        status = other.status;
        tradeId = other.tradeId;
        instrument = other.instrument;
        side = other.side;
        quantity = other.quantity;
        entryPrice = other.entryPrice;
        stopPrice = other.stopPrice;
        exitPrice = other.exitPrice;
        realizedCents = other.realizedCents;
        openedNanos = other.openedNanos;
        closedNanos = other.closedNanos;
    }

    public void clear() {
        copyFrom(EMPTY_RECORD);
    }

    private static final TradeRecord EMPTY_RECORD = new TradeRecord();

    void digestInto(StateDigest digest) {
        digest.add(status).add(tradeId).add(instrument).add(side).add(quantity).add(entryPrice).add(stopPrice)
                .add(exitPrice).add(realizedCents).add(openedNanos).add(closedNanos);
    }

    void writeTo(BytesOut<?> out) {
        out.writeByte(status);
        out.writeLong(tradeId);
        out.writeInt(instrument);
        out.writeByte(side);
        out.writeLong(quantity);
        out.writeLong(entryPrice);
        out.writeLong(stopPrice);
        out.writeLong(exitPrice);
        out.writeLong(realizedCents);
        out.writeLong(openedNanos);
        out.writeLong(closedNanos);
    }

    void readFrom(BytesIn<?> in) {
        status = in.readByte();
        tradeId = in.readLong();
        instrument = in.readInt();
        side = in.readByte();
        quantity = in.readLong();
        entryPrice = in.readLong();
        stopPrice = in.readLong();
        exitPrice = in.readLong();
        realizedCents = in.readLong();
        openedNanos = in.readLong();
        closedNanos = in.readLong();
    }
}
