package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.feed.DemoDay;


import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Which synthetic day a demo data directory holds: seed, ET date and time window. Kept in
 * {@code demo.properties} so a restarted demo (after {@code kill -9}, say) resumes the same day
 * where its journal ends, instead of mixing two different days into one journal.
 */
public record DemoPlan(long seed, LocalDate date, LocalTime start, LocalTime end, int historyDays) {
    private static final String FILE = "demo.properties";

    /** The day alone, no prior days. */
    public DemoPlan(long seed, LocalDate date, LocalTime start, LocalTime end) {
        this(seed, date, start, end, 0);
    }

    /** Event time the paced window opens; before it the events are prior days ({@link Long#MIN_VALUE} without any). */
    public long historyEndsNanos() {
        return historyDays == 0 ? Long.MIN_VALUE : day().windowStartNanos();
    }

    /** The synthetic events of this plan: the prior days (as fast as they are taken), then the day's window. */
    public DemoDay day() {
        return new DemoDay(seed, date, start, end, historyDays);
    }

    /**
     * Prepares {@code dataDir} for this plan: an empty or same-plan directory is used as is; a demo
     * directory of another day (or any demo directory when {@code fresh}) is cleared; a directory
     * holding a non-demo journal is refused rather than touched.
     */
    public void prepare(Path dataDir, boolean fresh) {
        try {
            Path file = dataDir.resolve(FILE);
            if (Files.exists(file)) {
                if (!fresh && read(file).equals(this)) {
                    return;
                }
                deleteContents(dataDir);
            } else if (Files.exists(dataDir.resolve("journal"))) {
                throw new IllegalArgumentException(dataDir + " holds a journal that is not a demo's; "
                        + "choose another --data-dir for the demo");
            }
            Files.createDirectories(dataDir);
            write(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
                Integer.parseInt(properties.getProperty("history-days", "0"))); // a dir from before history: none
    }

    private void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("seed", Long.toString(seed));
        properties.setProperty("date", date.toString());
        properties.setProperty("start", start.toString());
        properties.setProperty("end", end.toString());
        properties.setProperty("history-days", Integer.toString(historyDays));
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
