package com.fks.copilot.gateway.sse;

import com.fks.copilot.engine.market.Instruments;

/**
 * Coalesces each contract's focus-card updates in event time: the first change after a quiet window
 * goes out at once (leading edge); changes inside the window only mark the card pending, and the
 * latest state goes out once the window has passed (trailing edge), so a card moves at most once
 * per window yet never stays stale. Measured in event time, not the wall clock, so a replay at any
 * speed sends the same cards. One thread (the dashboard stage); no allocation.
 */
final class CardThrottle {
    private final long windowNanos;
    private final long[] lastSentNanos = new long[Instruments.count()];
    private final boolean[] pending = new boolean[Instruments.count()];

    CardThrottle(long windowNanos) {
        this.windowNanos = windowNanos;
        java.util.Arrays.fill(lastSentNanos, Long.MIN_VALUE / 2);
    }

    /** The card changed at {@code nowNanos}: true when it should go out now, else it is left pending. */
    boolean changed(int instrument, long nowNanos) {
        if (nowNanos - lastSentNanos[instrument] >= windowNanos) {
            sent(instrument, nowNanos);
            return true;
        }
        pending[instrument] = true;
        return false;
    }

    /** True when the card has a pending change and its window has passed at {@code nowNanos}. */
    boolean due(int instrument, long nowNanos) {
        return pending[instrument] && nowNanos - lastSentNanos[instrument] >= windowNanos;
    }

    /** The card went out at {@code nowNanos} (leading edge, trailing edge, or a plan change that redraws all). */
    void sent(int instrument, long nowNanos) {
        lastSentNanos[instrument] = nowNanos;
        pending[instrument] = false;
    }
}
