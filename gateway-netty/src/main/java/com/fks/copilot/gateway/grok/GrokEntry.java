package com.fks.copilot.gateway.grok;

/**
 * One journaled summary (a GROK_UPDATE of the output journal).
 *
 * @param askedBy   input-journal index of the CLOCK event that made it due: Grok's answer and the
 *                  engine's local summary for the same moment share it
 * @param origin    {@code SummaryOrigin}
 * @param timeNanos the event time it speaks for
 */
public record GrokEntry(long askedBy, byte kind, byte origin, long timeNanos, String text) {
}
