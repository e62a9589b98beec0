package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesOut;

/**
 * Wire layout of one input event in the input journal, fixed and explicit (Agrona/SBE style):
 * <pre>
 * version:u8 type:u8 instrument:i32 price:i64 quantity:i64 side:i8 amount:i64
 * eventTimeNanos:i64 sourceSequence:i64 stopPrice:i64 accountLength:u8 account:byte[accountLength]
 * POSITION only, per contract slot (6): side:i8 quantity:i64 averagePrice:i64 unrealizedCents:i64
 *   (NinjaTrader's session realized P&L in the common part: cents in amount, quantity 1 when it was sent)
 * GROK_SUMMARY only (since version 3): kind:i8 origin:i8 textLength:u16 text:byte[textLength] (UTF-8)
 * TRADE_OPEN and TRADE_CLOSE only (since version 4): requestKeyHigh:i64 requestKeyLow:i64 requestDigest:i64
 * AUDIT_NOTE only (since version 5): kind:i8 origin:i8 textLength:u16 text:byte[textLength] (canonical JSON, UTF-8)
 * EXECUTION only (since version 6): executionIdHigh:i64 executionIdLow:i64 orderIdDigest:i64 (in the request-key
 *   fields; side, quantity, price, time and account in the common part, commission cents in amount)
 * BACKTEST only (since version 7): kind:i8 origin:i8 textLength:u16 text:byte[textLength] (the record's JSON, UTF-8;
 *   the run's id in amount)
 * </pre>
 * Prices fixed-point ({@code Prices.SCALE}), times epoch nanos. Encoding and decoding allocate nothing.
 * Older records share the layout and still decode: version 2 has no GROK_SUMMARY records, versions
 * 2 and 3 no Idempotency-Key on trades (they read as keyless), versions 2 to 4 no AUDIT_NOTE records, versions 2 to 5 no EXECUTION records, versions 2 to 6 no BACKTEST records.
 */
public final class InputEventCodec {
    public static final byte VERSION = 7;
    /** The oldest layout this build still reads. */
    public static final byte OLDEST_READABLE = 2;

    private InputEventCodec() {
    }

    public static void encode(EngineEvent event, BytesOut<?> out) {
        out.writeByte(VERSION);
        out.writeByte(event.type);
        out.writeInt(event.instrument);
        out.writeLong(event.price);
        out.writeLong(event.quantity);
        out.writeByte(event.side);
        out.writeLong(event.amount);
        out.writeLong(event.eventTimeNanos);
        out.writeLong(event.sourceSequence);
        out.writeLong(event.stopPrice);
        out.writeByte((byte) event.accountLength);
        out.write(event.account, 0, event.accountLength);
        if (event.type == EventType.POSITION) {
            for (int i = 0; i < EngineEvent.POSITION_SLOTS; i++) {
                out.writeByte(event.positionSides[i]);
                out.writeLong(event.positionQuantities[i]);
                out.writeLong(event.positionPrices[i]);
                out.writeLong(event.positionPnlCents[i]);
            }
        } else if (carriesText(event.type)) {
            out.writeByte(event.summaryKind);
            out.writeByte(event.summaryOrigin);
            out.writeUnsignedShort(event.summaryLength);
            out.write(event.summary, 0, event.summaryLength);
        } else if (carriesRequestKey(event.type)) {
            out.writeLong(event.requestKeyHigh);
            out.writeLong(event.requestKeyLow);
            out.writeLong(event.requestDigest);
        }
    }

    private static boolean carriesText(byte type) {
        return type == EventType.GROK_SUMMARY || type == EventType.AUDIT_NOTE || type == EventType.BACKTEST;
    }

    private static boolean carriesRequestKey(byte type) {
        return type == EventType.TRADE_OPEN || type == EventType.TRADE_CLOSE || type == EventType.EXECUTION;
    }

    /** Fills {@code into} from the journal bytes; fails on a version this build cannot read. */
    public static void decode(BytesIn<?> in, EngineEvent into) {
        byte version = in.readByte();
        if (version < OLDEST_READABLE || version > VERSION) {
            throw new IllegalStateException("input journal record version " + version + ", this build reads "
                    + OLDEST_READABLE + ".." + VERSION);
        }
        into.clear();
        into.type = in.readByte();
        into.instrument = in.readInt();
        into.price = in.readLong();
        into.quantity = in.readLong();
        into.side = in.readByte();
        into.amount = in.readLong();
        into.eventTimeNanos = in.readLong();
        into.sourceSequence = in.readLong();
        into.stopPrice = in.readLong();
        into.accountLength = in.readUnsignedByte();
        in.read(into.account, 0, into.accountLength);
        if (into.type == EventType.POSITION) {
            for (int i = 0; i < EngineEvent.POSITION_SLOTS; i++) {
                into.positionSides[i] = in.readByte();
                into.positionQuantities[i] = in.readLong();
                into.positionPrices[i] = in.readLong();
                into.positionPnlCents[i] = in.readLong();
            }
        } else if (carriesText(into.type)) {
            into.summaryKind = in.readByte();
            into.summaryOrigin = in.readByte();
            into.summaryLength = in.readUnsignedShort();
            in.read(into.summary, 0, into.summaryLength);
        } else if (version >= 4 && carriesRequestKey(into.type)) {
            into.requestKeyHigh = in.readLong();
            into.requestKeyLow = in.readLong();
            into.requestDigest = in.readLong();
        }
    }
}
