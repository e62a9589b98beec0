package com.fks.copilot.gateway.grok;

import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class GrokHistoryTest {
    private static final long FOUR_FIFTY_ET = 1_763_977_800_000_000_000L;
    private static final long QUARTER_HOUR = 15 * 60 * 1_000_000_000L;

    @Test
    void theLatestBriefingOutlivesAMorningOfLiveUpdatesAndGrokAnswerReplacesTheLocalOne() {
        GrokHistory history = new GrokHistory();
        history.add(new GrokEntry(100, GrokKind.BRIEFING, SummaryOrigin.LOCAL, FOUR_FIFTY_ET, "local briefing"));
        history.add(new GrokEntry(100, GrokKind.BRIEFING, SummaryOrigin.GROK, FOUR_FIFTY_ET, "Grok briefing"));
        for (int update = 1; update <= GrokHistory.CAPACITY; update++) {
            history.add(new GrokEntry(100 + update * 900, GrokKind.LIVE, SummaryOrigin.LOCAL, FOUR_FIFTY_ET + update * QUARTER_HOUR,
                    "update " + update));
        }
        assertFalse(history.entries().stream().anyMatch(entry -> entry.kind() == GrokKind.BRIEFING),
                "ten live updates push the briefing out of the panel's history");
        assertEquals(Optional.of("Grok briefing"), history.latestBriefing().map(GrokEntry::text));
    }

    @Test
    void theNextDaysBriefingIsTheLatest() {
        GrokHistory history = new GrokHistory();
        history.add(new GrokEntry(100, GrokKind.BRIEFING, SummaryOrigin.GROK, FOUR_FIFTY_ET, "Monday"));
        history.add(new GrokEntry(90_000, GrokKind.BRIEFING, SummaryOrigin.LOCAL, FOUR_FIFTY_ET + 96 * QUARTER_HOUR, "Tuesday"));
        assertEquals(Optional.of("Tuesday"), history.latestBriefing().map(GrokEntry::text));
    }
}
