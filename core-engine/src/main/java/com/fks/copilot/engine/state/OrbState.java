package com.fks.copilot.engine.state;

import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesMarshallable;
import net.openhft.chronicle.bytes.BytesOut;

/**
 * One instrument's opening-range breakout today: the 09:30–10:00 ET range, its ±0.5·ATR triggers
 * and the breakout once one happened (reported once per ET day). Prices in points; NaN when unknown.
 */
public final class OrbState implements BytesMarshallable {
    public int instrument;
    public long appliedIndex = -1;
    /** {@code OrbStatus} ordinal of the last evaluation, -1 before any. */
    public int status = -1;
    public long evaluatedNanos;
    public double orHigh = Double.NaN;
    public double orLow = Double.NaN;
    public double longTrigger = Double.NaN;
    public double shortTrigger = Double.NaN;
    /** ET epoch day of the breakout below, -1 when none yet. */
    public long breakoutDay = -1;
    /** 1 long, -1 short. */
    public byte breakoutDirection;
    public double breakoutPrice = Double.NaN;
    public long breakoutBarNanos;

    public void digestInto(StateDigest digest) {
        digest.add(instrument).add(status).add(evaluatedNanos).add(Double.doubleToLongBits(orHigh))
                .add(Double.doubleToLongBits(orLow)).add(Double.doubleToLongBits(longTrigger))
                .add(Double.doubleToLongBits(shortTrigger)).add(breakoutDay).add(breakoutDirection)
                .add(Double.doubleToLongBits(breakoutPrice)).add(breakoutBarNanos);
    }

    @Override
    public void writeMarshallable(BytesOut<?> out) {
        out.writeInt(instrument);
        out.writeLong(appliedIndex);
        out.writeInt(status);
        out.writeLong(evaluatedNanos);
        out.writeDouble(orHigh);
        out.writeDouble(orLow);
        out.writeDouble(longTrigger);
        out.writeDouble(shortTrigger);
        out.writeLong(breakoutDay);
        out.writeByte(breakoutDirection);
        out.writeDouble(breakoutPrice);
        out.writeLong(breakoutBarNanos);
    }

    @Override
    public void readMarshallable(BytesIn<?> in) {
        instrument = in.readInt();
        appliedIndex = in.readLong();
        status = in.readInt();
        evaluatedNanos = in.readLong();
        orHigh = in.readDouble();
        orLow = in.readDouble();
        longTrigger = in.readDouble();
        shortTrigger = in.readDouble();
        breakoutDay = in.readLong();
        breakoutDirection = in.readByte();
        breakoutPrice = in.readDouble();
        breakoutBarNanos = in.readLong();
    }
}
