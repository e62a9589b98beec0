package com.fks.copilot.gateway.grok;

/** Where a finished summary goes: into the ring as a GROK_SUMMARY input event, in production. Any thread. */
@FunctionalInterface
public interface SummarySink {
    /**
     * @param askedBy   input-journal index of the CLOCK event whose schedule asked for it
     * @param timeNanos the event time it speaks for, epoch nanos
     */
    void publish(byte kind, long askedBy, long timeNanos, Summary summary);
}
