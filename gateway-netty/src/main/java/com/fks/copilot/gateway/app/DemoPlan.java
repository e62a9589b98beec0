package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.feed.DemoDay;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.replay.InputJournalReader;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Which synthetic day a demo data directory holds: seed, ET date and time window. Kept in
 * {@code demo.properties} so a restarted demo (after {@code kill -9}, say) resumes the same day
 * where its journal ends, instead of mixing two different days into one journal.
 *
 * @param continuation null for a data dir's first day; for a later date on the same dir, where that day
 *                     continues the journal (see {@link #prepare})
 */
public record DemoPlan(long seed, LocalDate date, LocalTime start, LocalTime end, int historyDays,
                       Continuation continuation) {
    private static final String FILE = "demo.properties";

    /**
     * A demo day appended to a data dir that holds earlier ones: it follows input-journal index {@code afterIndex}
     * and its contracts open where the journal left them ({@code openingPrices}, fixed point, {@code Prices.NONE}
     * where a contract never traded).
     */
    public record Continuation(long afterIndex, List<Long> openingPrices) {
    }

    /** The day alone, no prior days. */
    public DemoPlan(long seed, LocalDate date, LocalTime start, LocalTime end) {
        this(seed, date, start, end, 0);
    }

    public DemoPlan(long seed, LocalDate date, LocalTime start, LocalTime end, int historyDays) {
        this(seed, date, start, end, historyDays, null);
    }

    /** True when events come before the paced window: prior days, or (continuing a journal) this day's overnight. */
    public boolean hasHistory() {
        return historyDays > 0 || continuation != null;
    }

    /** Event time the paced window opens; before it the events are prior days ({@link Long#MIN_VALUE} without any). */
    public long historyEndsNanos() {
        return hasHistory() ? day().windowStartNanos() : Long.MIN_VALUE;
    }

    /** The synthetic events of this plan: the prior days (as fast as they are taken), then the day's window. */
    public DemoDay day() {
        if (continuation == null) {
            return new DemoDay(seed, date, start, end, historyDays);
        }
        long[] opening = continuation.openingPrices().stream().mapToLong(Long::longValue).toArray();
        return DemoDay.continuing(seed, date, start, end, historyDays, opening);
    }

    /** The journal's last feed sequence of this day (where a restart resumes), 0 when this day has none yet. */
    public long resumeAfter(InputJournal input) {
        return input.lastFeedSequenceAfter(continuation == null ? -1 : continuation.afterIndex());
    }

    /**
     * Prepares {@code dataDir} for this plan and returns the plan to play. An empty directory, or one holding this
     * very day, is used as is (the latter resumes). A later date with the same seed on a demo directory appends that
     * day to its journal (issue 18: days accumulate): the weekdays in between are played as history (at most
     * {@link #historyDays}), then the day's overnight and window, from the prices the journal ended at. Any other
     * demo directory (an earlier date, another seed or window, or any with {@code fresh}) is cleared; a directory
     * holding a non-demo journal is refused rather than touched.
     */
    public DemoPlan prepare(Path dataDir, boolean fresh) {
        try {
            Path file = dataDir.resolve(FILE);
            if (Files.exists(file)) {
                DemoPlan recorded = read(file);
                if (!fresh && recorded.isDayOf(this)) {
                    return recorded;
                }
                if (!fresh && recorded.seed == seed && date.isAfter(recorded.date) && Files.exists(Journals.inputDir(dataDir))) {
                    DemoPlan next = continuingAfter(recorded, dataDir);
                    next.write(file);
                    return next;
                }
                deleteContents(dataDir);
            } else if (Files.exists(dataDir.resolve("journal"))) {
                throw new IllegalArgumentException(dataDir + " holds a journal that is not a demo's; "
                        + "choose another --data-dir for the demo");
            }
            Files.createDirectories(dataDir);
            write(file);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The day {@code asked} asks for: the same day and window (an appended day keeps the history it was given). */
    private boolean isDayOf(DemoPlan asked) {
        return seed == asked.seed && date.equals(asked.date) && start.equals(asked.start) && end.equals(asked.end)
                && (continuation != null || historyDays == asked.historyDays);
    }

    private DemoPlan continuingAfter(DemoPlan recorded, Path dataDir) {
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(dataDir))) {
            long[] last = InputJournalReader.lastPrices(input, Instruments.count());
            List<Long> opening = java.util.Arrays.stream(last).boxed().toList();
            int between = DemoDay.tradingDaysBetween(recorded.date, date);
            return new DemoPlan(seed, date, start, end, Math.min(historyDays, between),
                    new Continuation(input.lastIndex(), opening));
        }
    }

    private static DemoPlan read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return new DemoPlan(Long.parseLong(properties.getProperty("seed")),
                LocalDate.parse(properties.getProperty("date")),
                LocalTime.parse(properties.getProperty("start")),
                LocalTime.parse(properties.getProperty("end")),
                Integer.parseInt(properties.getProperty("history-days", "0")), // a dir from before history: none
                continuation(properties));
    }

    private static Continuation continuation(Properties properties) {
        String after = properties.getProperty("continues-after-index");
        if (after == null) {
            return null;
        }
        List<Long> opening = java.util.Arrays.stream(properties.getProperty("opening-prices").split(","))
                .map(p -> p.equals("-") ? Prices.NONE : Long.parseLong(p)).toList();
        return new Continuation(Long.parseLong(after), opening);
    }

    private void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("seed", Long.toString(seed));
        properties.setProperty("date", date.toString());
        properties.setProperty("start", start.toString());
        properties.setProperty("end", end.toString());
        properties.setProperty("history-days", Integer.toString(historyDays));
        if (continuation != null) {
            properties.setProperty("continues-after-index", Long.toString(continuation.afterIndex()));
            properties.setProperty("opening-prices", String.join(",", continuation.openingPrices().stream()
                    .map(p -> p == Prices.NONE ? "-" : Long.toString(p)).toList()));
        }
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "FKS Co-Pilot demo day");
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(dir)) {
                    Files.delete(path);
                }
            }
        }
    }
}
