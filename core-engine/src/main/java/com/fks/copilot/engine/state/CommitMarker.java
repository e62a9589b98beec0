package com.fks.copilot.engine.state;

import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesMarshallable;
import net.openhft.chronicle.bytes.BytesOut;

/**
 * The journal index a batch's state writes are about to cover, written before the first of them;
 * the {@link EngineStatus} written after the last says the batch landed. A marker ahead of the
 * status means the process died between the two: the maps then mix this batch's values with the
 * previous batch's, and re-applying the batch would read the newer ones (bars, prices) where the
 * uninterrupted run read the older. Such a store is rebuilt from the journal instead.
 */
public final class CommitMarker implements BytesMarshallable {
    public long committingTo = -1;

    @Override
    public void writeMarshallable(BytesOut<?> out) {
        out.writeLong(committingTo);
    }

    @Override
    public void readMarshallable(BytesIn<?> in) {
        committingTo = in.readLong();
    }
}
