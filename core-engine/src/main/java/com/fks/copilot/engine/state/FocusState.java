package com.fks.copilot.engine.state;

import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesMarshallable;
import net.openhft.chronicle.bytes.BytesOut;

/**
 * One instrument's line in today's plan (daily focus), as last computed from 5-minute bars.
 * Levels are prices in points (never scaled), computed in double as the original did; NaN before
 * the first computation. Fixed-size value of the {@code focus} Chronicle Map.
 */
public final class FocusState implements BytesMarshallable {
    public static final byte LONG = 1;
    public static final byte SHORT = -1;
    public static final byte NEUTRAL = 0;

    public int instrument;
    /** Input-journal index of the event whose computation this is. */
    public long appliedIndex = -1;
    /** Event time of the computation, epoch nanos; 0 = never computed. */
    public long computedNanos;
    /** 1 = best of the day … ; 0 = no plan (too few bars). */
    public int rank;
    /** One of the top four: the assets the trader watches today. */
    public boolean focusAsset;
    public byte bias;
    public boolean skip;
    public double lastPrice = Double.NaN;
    public double quality = Double.NaN;
    public double waveRatio = Double.NaN;
    public double volPercentile = Double.NaN;
    public double entryLow = Double.NaN;
    public double entryHigh = Double.NaN;
    public double stop = Double.NaN;
    public double target1 = Double.NaN;
    public double target2 = Double.NaN;
    public long contracts;
    public double riskDollars = Double.NaN;
    /** What the line was computed from: the 5-minute bars held, and the Globex sessions (trading days) they span. */
    public int barCount;
    public int sessionCount;

    public boolean computed() {
        return computedNanos != 0 && rank > 0;
    }

    public void digestInto(StateDigest digest) {
        digest.add(instrument).add(computedNanos).add(rank).add(focusAsset ? 1 : 0).add(bias).add(skip ? 1 : 0)
                .add(bits(lastPrice)).add(bits(quality)).add(bits(waveRatio)).add(bits(volPercentile))
                .add(bits(entryLow)).add(bits(entryHigh)).add(bits(stop)).add(bits(target1)).add(bits(target2))
                .add(contracts).add(bits(riskDollars)).add(barCount).add(sessionCount);
    }

    private static long bits(double value) {
        return Double.doubleToLongBits(value);
    }

    @Override
    public void writeMarshallable(BytesOut<?> out) {
        out.writeInt(instrument);
        out.writeLong(appliedIndex);
        out.writeLong(computedNanos);
        out.writeInt(rank);
        out.writeBoolean(focusAsset);
        out.writeByte(bias);
        out.writeBoolean(skip);
        out.writeDouble(lastPrice);
        out.writeDouble(quality);
        out.writeDouble(waveRatio);
        out.writeDouble(volPercentile);
        out.writeDouble(entryLow);
        out.writeDouble(entryHigh);
        out.writeDouble(stop);
        out.writeDouble(target1);
        out.writeDouble(target2);
        out.writeLong(contracts);
        out.writeDouble(riskDollars);
        out.writeInt(barCount);
        out.writeInt(sessionCount);
    }

    @Override
    public void readMarshallable(BytesIn<?> in) {
        instrument = in.readInt();
        appliedIndex = in.readLong();
        computedNanos = in.readLong();
        rank = in.readInt();
        focusAsset = in.readBoolean();
        bias = in.readByte();
        skip = in.readBoolean();
        lastPrice = in.readDouble();
        quality = in.readDouble();
        waveRatio = in.readDouble();
        volPercentile = in.readDouble();
        entryLow = in.readDouble();
        entryHigh = in.readDouble();
        stop = in.readDouble();
        target1 = in.readDouble();
        target2 = in.readDouble();
        contracts = in.readLong();
        riskDollars = in.readDouble();
        barCount = in.readInt();
        sessionCount = in.readInt();
    }
}
