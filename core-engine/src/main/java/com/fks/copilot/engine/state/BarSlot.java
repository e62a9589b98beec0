package com.fks.copilot.engine.state;

import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesMarshallable;
import net.openhft.chronicle.bytes.BytesOut;

/**
 * Key of one slot of an instrument's bar ring in the bar maps. Mutable so the engine thread reuses
 * one instance for every write (a boxed long key would allocate per bar).
 */
public final class BarSlot implements BytesMarshallable {
    public int instrument;
    public int slot;

    public BarSlot set(int instrument, int slot) {
        this.instrument = instrument;
        this.slot = slot;
        return this;
    }

    @Override
    public void writeMarshallable(BytesOut<?> out) {
        out.writeInt(instrument);
        out.writeInt(slot);
    }

    @Override
    public void readMarshallable(BytesIn<?> in) {
        instrument = in.readInt();
        slot = in.readInt();
    }
}
