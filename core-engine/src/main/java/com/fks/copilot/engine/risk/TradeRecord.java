package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.state.StateDigest;
import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesOut;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One trade of the day, mutable and fixed-size: a journaled trade ({@code POST /trades}, no account) or a
 * round trip rebuilt from an account's executions. Prices fixed-point, money in cents, times epoch nanos.
 */
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
    /** Round trips: the broker account, ASCII, {@link #accountLength} bytes; 0 for a journaled trade. */
    public final byte[] account = new byte[EngineEvent.ACCOUNT_CAPACITY];
    public int accountLength;

    /** The account name; "" for a journaled trade. */
    public String account() {
        return new String(account, 0, accountLength, StandardCharsets.US_ASCII);
    }

    void setAccount(byte[] source, int offset, int length) {
        System.arraycopy(source, offset, account, 0, length);
        Arrays.fill(account, length, account.length, (byte) 0);
        accountLength = length;
    }

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
        setAccount(other.account, 0, other.accountLength);
    }

    public void clear() {
        copyFrom(EMPTY_RECORD);
    }

    private static final TradeRecord EMPTY_RECORD = new TradeRecord();

    void digestInto(StateDigest digest) {
        digest.add(status).add(tradeId).add(instrument).add(side).add(quantity).add(entryPrice).add(stopPrice)
                .add(exitPrice).add(realizedCents).add(openedNanos).add(closedNanos);
        for (int i = 0; i < accountLength; i++) { // journaled trades (no account) digest as they always did
            digest.add(account[i]);
        }
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
        out.writeInt(accountLength);
        out.write(account);
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
        accountLength = in.readInt();
        in.read(account);
    }
}
