package com.fks.copilot.engine.state;

import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesMarshallable;
import net.openhft.chronicle.bytes.BytesOut;

/**
 * Engine-wide state: the value of the {@code status} Chronicle Map. Written by the engine thread
 * at the end of each batch, after the instruments, so its {@link #appliedIndex} never runs ahead
 * of what they hold.
 */
public final class EngineStatus implements BytesMarshallable {
    /** Input-journal index of the last event applied; recovery resumes after it. */
    public long appliedIndex = -1;
    public long eventsProcessed;
    /** Latest event time seen (CLOCK or market), epoch nanos; the engine's "now". */
    public long eventTimeNanos;
    /** {@code SessionMode} ordinal, or -1 before the first clock event. */
    public int sessionMode = -1;
    /** The no-trade verdict last announced ({@code NoTradeReason} bits), or -1 before the first. */
    public int noTradeMask = -1;
    /** ET epoch day whose PRE-MARKET plan was computed; -1 before any. */
    public long preMarketPlanDay = -1;

    public void copyFrom(EngineStatus other) {
        appliedIndex = other.appliedIndex;
        eventsProcessed = other.eventsProcessed;
        eventTimeNanos = other.eventTimeNanos;
        sessionMode = other.sessionMode;
        noTradeMask = other.noTradeMask;
        preMarketPlanDay = other.preMarketPlanDay;
    }

    public void digestInto(StateDigest digest) {
        digest.add(eventsProcessed).add(eventTimeNanos).add(sessionMode).add(noTradeMask).add(preMarketPlanDay);
    }

    @Override
    public void writeMarshallable(BytesOut<?> out) {
        out.writeLong(appliedIndex);
        out.writeLong(eventsProcessed);
        out.writeLong(eventTimeNanos);
        out.writeInt(sessionMode);
        out.writeInt(noTradeMask);
        out.writeLong(preMarketPlanDay);
    }

    @Override
    public void readMarshallable(BytesIn<?> in) {
        appliedIndex = in.readLong();
        eventsProcessed = in.readLong();
        eventTimeNanos = in.readLong();
        sessionMode = in.readInt();
        noTradeMask = in.readInt();
        preMarketPlanDay = in.readLong();
    }
}
