package com.fks.copilot.gateway.grok;

import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;
import com.fks.copilot.gateway.views.MarketTime;

import java.util.List;

/**
 * One summary as the panel shows it.
 *
 * @param journalIndex input-journal index of the GROK_SUMMARY event (-1 for a summary made on request, not journaled)
 * @param timeNanos    the event time it speaks for
 */
public record GrokEntry(long journalIndex, byte kind, byte origin, long timeNanos, String text) {

    public String time() {
        return MarketTime.of(timeNanos);
    }

    public String title() {
        return kind == GrokKind.BRIEFING ? "Morning briefing" : "Live update";
    }

    public String source() {
        return SummaryOrigin.label(origin);
    }

    public boolean local() {
        return SummaryOrigin.isLocal(origin);
    }

    public List<String> lines() {
        return CompactSummary.lines(text);
    }
}
