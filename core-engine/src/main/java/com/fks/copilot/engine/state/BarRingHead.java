package com.fks.copilot.engine.state;

import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesMarshallable;
import net.openhft.chronicle.bytes.BytesOut;

/**
 * How many bars an instrument's ring has ever held and the journal index of the event that closed
 * the newest: written after the bar slots it covers, so a crash in between only makes recovery
 * write the same bar into the same slot again.
 */
public final class BarRingHead implements BytesMarshallable {
    public int instrument;
    public long appliedIndex = -1;
    public long count;

    @Override
    public void writeMarshallable(BytesOut<?> out) {
        out.writeInt(instrument);
        out.writeLong(appliedIndex);
        out.writeLong(count);
    }

    @Override
    public void readMarshallable(BytesIn<?> in) {
        instrument = in.readInt();
        appliedIndex = in.readLong();
        count = in.readLong();
    }
}
