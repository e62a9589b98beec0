package com.fks.copilot.gateway.grok;

import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;
import com.fks.copilot.engine.session.EasternTime;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The Grok panel: the latest summary with its time and source, older ones collapsed beneath it. */
public record GrokPanel(Item latest, List<Item> older) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'ET'").withZone(EasternTime.ZONE);

    /** One summary as shown; {@code local} marks text the engine made instead of Grok. */
    public record Item(String title, String time, String source, boolean local, String text) {
    }

    /**
     * @param newestFirst the history; must not be empty
     * @param localSource how a local entry's source reads (why Grok's answer is not there)
     */
    public static GrokPanel of(List<GrokEntry> newestFirst, Function<GrokEntry, String> localSource) {
        List<Item> items = new ArrayList<>();
        for (GrokEntry entry : newestFirst) {
            boolean local = SummaryOrigin.isLocal(entry.origin());
            items.add(new Item(title(entry.kind()), time(entry.timeNanos()),
                    local ? localSource.apply(entry) : SummaryOrigin.label(entry.origin()), local, entry.text()));
        }
        return new GrokPanel(items.get(0), List.copyOf(items.subList(1, items.size())));
    }

    /** Before the first due summary: a local one of the state now. */
    public static GrokPanel now(long timeNanos, String text) {
        return new GrokPanel(new Item("Live update", time(timeNanos), "local, now (no update scheduled yet)", true, text), List.of());
    }

    private static String title(byte kind) {
        return kind == GrokKind.BRIEFING ? "Morning briefing" : "Live update";
    }

    static String time(long nanos) {
        return nanos <= 0 ? "—" : TIME.format(Instant.ofEpochSecond(0, nanos));
    }
}
