package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.output.DerivedEvent;
import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesOut;

/**
 * Wire layout of one derived event in the output journal:
 * <pre>
 * version:u8 type:u8 sourceIndex:i64 ordinal:i32 instrument:i32 timeNanos:i64
 * open:i64 high:i64 low:i64 close:i64 volume:i64 sessionMode:i32
 * blocks:i32 warnings:i32 side:i8 quantity:i64 price:i64 stopPrice:i64 tradeId:i64 amountCents:i64
 * code:i32 entryLow:i64 entryHigh:i64 target1:i64 target2:i64 rangeHigh:i64 rangeLow:i64
 * longTrigger:i64 shortTrigger:i64 quality:f64 waveRatio:f64 volPercentile:f64
 * GROK_UPDATE only (since version 4): origin:i8 askedBy:i64 textLength:u16 text:byte[textLength] (UTF-8)
 * BACKTEST_RESULT only (since version 7): as GROK_UPDATE (the run's id in askedBy, the record's JSON in text)
 * risk events only (since version 5): openTrades:i32 accountCents:i64
 * ORB_* only (since version 5): atr:i64 barCount:i32
 * ROUND_TRIP_CLOSED only (version 6), after the risk fields: entryPrice:i64 openedNanos:i64 accountLength:u8 account:byte[accountLength]
 * </pre>
 * Version 3 and 4 records share the rest of the layout and still decode; what they lack stays unknown
 * (-1, {@code Prices.NONE}), and their risk and ORB events carry no session (-1).
 */
public final class OutputEventCodec {
    public static final byte VERSION = 7;
    /** The oldest layout this build still reads: version 3 differs only by having no GROK_UPDATE records. */
    public static final byte OLDEST_READABLE = 3;

    private OutputEventCodec() {
    }

    public static void encode(DerivedEvent event, BytesOut<?> out) {
        out.writeByte(VERSION);
        out.writeByte(event.type);
        out.writeLong(event.sourceIndex);
        out.writeInt(event.ordinal);
        out.writeInt(event.instrument);
        out.writeLong(event.timeNanos);
        out.writeLong(event.open);
        out.writeLong(event.high);
        out.writeLong(event.low);
        out.writeLong(event.close);
        out.writeLong(event.volume);
        out.writeInt(event.sessionMode);
        out.writeInt(event.blocks);
        out.writeInt(event.warnings);
        out.writeByte(event.side);
        out.writeLong(event.quantity);
        out.writeLong(event.price);
        out.writeLong(event.stopPrice);
        out.writeLong(event.tradeId);
        out.writeLong(event.amountCents);
        out.writeInt(event.code);
        out.writeLong(event.entryLow);
        out.writeLong(event.entryHigh);
        out.writeLong(event.target1);
        out.writeLong(event.target2);
        out.writeLong(event.rangeHigh);
        out.writeLong(event.rangeLow);
        out.writeLong(event.longTrigger);
        out.writeLong(event.shortTrigger);
        out.writeDouble(event.quality);
        out.writeDouble(event.waveRatio);
        out.writeDouble(event.volPercentile);
        if (DerivedEvent.carriesText(event.type)) {
            out.writeByte(event.origin);
            out.writeLong(event.askedBy);
            out.writeUnsignedShort(event.textLength);
            out.write(event.text, 0, event.textLength);
        } else if (DerivedEvent.isRiskEvent(event.type)) {
            out.writeInt(event.openTrades);
            out.writeLong(event.accountCents);
            if (event.type == DerivedEvent.ROUND_TRIP_CLOSED) {
                out.writeLong(event.entryPrice);
                out.writeLong(event.openedNanos);
                out.writeUnsignedByte(event.accountLength);
                out.write(event.account, 0, event.accountLength);
            }
        } else if (DerivedEvent.isOrbEvent(event.type)) {
            out.writeLong(event.atr);
            out.writeInt(event.barCount);
        }
    }

    public static void decode(BytesIn<?> in, DerivedEvent into) {
        byte version = in.readByte();
        if (version < OLDEST_READABLE || version > VERSION) {
            throw new IllegalStateException("output journal record version " + version + ", this build reads "
                    + OLDEST_READABLE + ".." + VERSION);
        }
        into.clear();
        into.type = in.readByte();
        into.sourceIndex = in.readLong();
        into.ordinal = in.readInt();
        into.instrument = in.readInt();
        into.timeNanos = in.readLong();
        into.open = in.readLong();
        into.high = in.readLong();
        into.low = in.readLong();
        into.close = in.readLong();
        into.volume = in.readLong();
        into.sessionMode = in.readInt();
        into.blocks = in.readInt();
        into.warnings = in.readInt();
        into.side = in.readByte();
        into.quantity = in.readLong();
        into.price = in.readLong();
        into.stopPrice = in.readLong();
        into.tradeId = in.readLong();
        into.amountCents = in.readLong();
        into.code = in.readInt();
        into.entryLow = in.readLong();
        into.entryHigh = in.readLong();
        into.target1 = in.readLong();
        into.target2 = in.readLong();
        into.rangeHigh = in.readLong();
        into.rangeLow = in.readLong();
        into.longTrigger = in.readLong();
        into.shortTrigger = in.readLong();
        into.quality = in.readDouble();
        into.waveRatio = in.readDouble();
        into.volPercentile = in.readDouble();
        if (DerivedEvent.carriesText(into.type)) {
            into.origin = in.readByte();
            into.askedBy = in.readLong();
            into.textLength = in.readUnsignedShort();
            in.read(into.text, 0, into.textLength);
        } else if (version >= 5 && DerivedEvent.isRiskEvent(into.type)) {
            into.openTrades = in.readInt();
            into.accountCents = in.readLong();
            if (into.type == DerivedEvent.ROUND_TRIP_CLOSED) {
                into.entryPrice = in.readLong();
                into.openedNanos = in.readLong();
                into.accountLength = in.readUnsignedByte();
                in.read(into.account, 0, into.accountLength);
            }
        } else if (version >= 5 && DerivedEvent.isOrbEvent(into.type)) {
            into.atr = in.readLong();
            into.barCount = in.readInt();
        }
    }
}
