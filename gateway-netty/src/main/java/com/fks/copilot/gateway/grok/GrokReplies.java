package com.fks.copilot.gateway.grok;

/** Where the co-pilot's replies go. Called on the co-pilot's own thread. */
public interface GrokReplies {
    /**
     * Grok answered usably: the text must enter the ring as a GROK_SUMMARY input event.
     *
     * @param askedBy   input-journal index of the CLOCK event whose schedule asked for it
     * @param timeNanos the event time it speaks for, epoch nanos
     */
    void answered(byte kind, long askedBy, long timeNanos, String text);

    /** Grok did not answer usably; the engine's local summary for {@code askedBy} stands. */
    void unanswered(long askedBy, GrokOutcome outcome);
}
