package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.ring.JournalHealth;

import java.time.Instant;

/**
 * The input journal in the dashboard header: quiet while it writes, an alarm in words (not colour alone)
 * while it cannot, because then the feed is paused and the co-pilot takes no trades or positions.
 *
 * @param level ok or failing: the CSS class
 * @param role  {@code alert} while failing, so a screen reader says it at once; {@code status} otherwise
 */
public record JournalBadge(String level, String text, String detail, String role) {

    public static JournalBadge of(JournalHealth health) {
        if (!health.failing()) {
            return new JournalBadge("ok", "✓ writing", "every input is journaled before it is shown", "status");
        }
        return new JournalBadge("failing", "⚠ NOT WRITING (disk full?): feed paused, inputs refused",
                "since " + Instant.ofEpochMilli(health.failingSinceMillis()) + "; " + health.refused()
                        + " inputs not journaled; last error: " + health.lastError(), "alert");
    }
}
