package com.fks.copilot.gateway.grok;

/** A summary ready to enter the ring: its {@code SummaryOrigin} and text. */
public record Summary(byte origin, String text) {
}
