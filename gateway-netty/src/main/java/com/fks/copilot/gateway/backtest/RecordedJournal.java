package com.fks.copilot.gateway.backtest;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.session.TradingDays;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.replay.InputJournalReader;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A data dir's input journal: its trades and clock events exactly as the live run journaled them, so a backtest of a
 * recorded day sees what the engine saw that day. The bridge's posts and the trader's requests are left out: the
 * simulated trader's own trades stand in for them.
 */
public final class RecordedJournal implements MarketHistory {
    private final Path dataDir;

    public RecordedJournal(Path dataDir) {
        if (!Files.isDirectory(Journals.inputDir(dataDir))) {
            throw new IllegalArgumentException("no input journal in " + dataDir + " (expected " + Journals.inputDir(dataDir) + ")");
        }
        this.dataDir = dataDir;
    }

    @Override
    public String describe() {
        return "journal " + dataDir;
    }

    /** The journal's files when it keeps one per trading day; otherwise the days of its events, found in one pass. */
    @Override
    public List<LocalDate> tradingDays() {
        if (Journals.keptByTradingDay(dataDir)) { // its files are its trading days: no pass over the events
            try (SingleChronicleQueue input = Journals.open(Journals.inputDir(dataDir))) {
                return Journals.days(input);
            }
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        long[] lastDayEnd = {Long.MIN_VALUE};
        read(Long.MAX_VALUE, event -> {
            if (event.eventTimeNanos >= lastDayEnd[0]) { // a new day: java.time only when one begins
                LocalDate day = TradingDays.ofEpochNanos(event.eventTimeNanos);
                days.add(day);
                lastDayEnd[0] = TradingDays.endNanos(day);
            }
        });
        return List.copyOf(days);
    }

    @Override
    public void play(LocalDate to, Consumer<EngineEvent> engine) {
        read(TradingDays.endNanos(to), engine);
    }

    private void read(long beforeNanos, Consumer<EngineEvent> consumer) {
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(dataDir))) {
            InputJournalReader.readAfter(input, -1, event -> {
                if ((event.type == EventType.TICK || event.type == EventType.CLOCK) && event.eventTimeNanos > 0
                        && event.eventTimeNanos < beforeNanos) {
                    consumer.accept(event);
                }
            });
        }
    }
}
