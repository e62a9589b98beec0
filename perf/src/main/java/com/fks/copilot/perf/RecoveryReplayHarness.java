package com.fks.copilot.perf;

import com.fks.copilot.gateway.io.ScratchDir;
import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.queue.OutputJournal;
import com.fks.copilot.journal.replay.InputJournalReader;
import com.fks.copilot.journal.replay.RecordedDay;
import com.fks.copilot.journal.replay.Recovery;
import com.fks.copilot.journal.replay.Replay;
import com.fks.copilot.journal.replay.ReplayReport;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 18's recovery and replay targets on a full demo day (the default {@code copilot demo}: the 09:29:30–16:00
 * window after its prior days), recorded at max speed by a child JVM into a scratch data dir, then:
 * <ol>
 *   <li>the raw input-journal read (decode only, no engine): the floor a replay stands on;</li>
 *   <li>{@link Replay#run} of the journal into a fresh work dir, as {@code copilot replay} does;</li>
 *   <li>recovery with no usable commit: state and snapshots deleted, the store, journals and engine opened the way
 *       {@code CopilotApp.startAll} opens them, then {@link Recovery#catchUp}, timed from open to done;</li>
 *   <li>recovery from the newest snapshot (a restore cut short: the store restores the last day-boundary snapshot and
 *       replays the journal after it);</li>
 * </ol>
 * interleaved, {@code --reps} times in this JVM (the first is the JIT's warm-up), then whole restarts of the demo in
 * a child JVM on such a data dir, timed from process start to its "ready" line.
 *
 * <p>Options: {@code --reps 5 --restarts 2 --date 2026-11-24 --history-days 5}. Run from the repository root
 * (perf/run-recovery.sh): the child JVMs run {@code gateway-netty/target/gateway-netty.jar}, as scripts/copilot does.
 */
public final class RecoveryReplayHarness {
    private static final Pattern EVENTS = Pattern.compile("^events: (\\d+)");
    private static final Pattern DIGEST = Pattern.compile("^state digest: (\\S+)");
    private static final Pattern REAPPLIED = Pattern.compile("([\\d,]+) events re-applied in ([\\d,]+) ms");
    private static final String READY = "FKS Co-Pilot ready";

    private RecoveryReplayHarness() {
    }

    /** How the state of a recovering data dir is left: the ways a restart finds it. */
    enum StateLeft {
        /** state/ and snapshots/ deleted: nothing usable, the whole journal is re-applied. */
        NONE,
        /** snapshots kept, state/ holding only a restore cut short: the newest snapshot, then the journal after it. */
        SNAPSHOT,
        /** state/ as the recording left it (closed cleanly): nothing to re-apply; the fixed cost of a start. */
        CLEAN
    }

    public static void main(String[] args) throws Exception {
        JvmFlags.requireApplied();
        // the restores and recoveries below log warnings by design (torn state, Chronicle's recovery open): keep the
        // measurements readable; the child JVMs' own output goes to their log files
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.SEVERE);
        int reps = 5;
        int restarts = 2;
        LocalDate date = LocalDate.of(2026, 11, 24);
        int historyDays = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--restarts" -> restarts = Integer.parseInt(args[++i]);
                case "--date" -> date = LocalDate.parse(args[++i]);
                case "--history-days" -> historyDays = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--reps N --restarts N --date YYYY-MM-DD --history-days N)");
            }
        }
        Path gatewayJar = Path.of("gateway-netty", "target", "gateway-netty.jar");
        if (!Files.isRegularFile(gatewayJar)) {
            throw new IllegalStateException(gatewayJar.toAbsolutePath() + " missing: build first, run from the repository root");
        }
        CpuSteal stealAtStart = CpuSteal.now();
        try (ScratchDir scratch = ScratchDir.create("fks-recperf-")) {
            Path recorded = scratch.path().resolve("recorded");
            List<String> demo = List.of("demo", "--date", date.toString(), "--speed", "max", "--exit-at-end", "--port", "0",
                    "--history-days", Integer.toString(historyDays));
            System.out.printf("recording: copilot %s --data-dir %s%n", String.join(" ", demo), recorded);
            Child recording = Child.run(scratch.path().resolve("record.log"), recorded, demo);
            long journalEvents = countEvents(recorded, -1, Long.MAX_VALUE);
            RecordedDay day = RecordedDay.of(recorded, date);
            long dayEvents = countEvents(recorded, day.firstIndex() - 1, day.endIndex());
            System.out.printf(Locale.ROOT, "recorded in %,d ms wall: %,d events in the input journal (%,d of them trading day %s,"
                            + " the rest %d prior days); the run's report: %,d events, state digest %s%n",
                    recording.exitMillis, journalEvents, dayEvents, date, historyDays, recording.reportedEvents,
                    recording.stateDigest);

            List<Double> raw = new ArrayList<>();
            List<Double> replay = new ArrayList<>();
            List<Double> full = new ArrayList<>();
            List<Double> fromSnapshot = new ArrayList<>();
            for (int rep = 1; rep <= reps; rep++) {
                double rawMs = rawRead(recorded, journalEvents);
                double replayMs = replay(recorded, scratch.path().resolve("replay-" + rep), journalEvents, recording.stateDigest);
                Recovered whole = recover(recorded, scratch.path().resolve("recover-" + rep), StateLeft.NONE, recording.stateDigest);
                Recovered snap = recover(recorded, scratch.path().resolve("snapshot-" + rep), StateLeft.SNAPSHOT,
                        recording.stateDigest);
                raw.add(rawMs);
                replay.add(replayMs);
                full.add(whole.totalMs);
                fromSnapshot.add(snap.totalMs);
                System.out.printf(Locale.ROOT, "rep %d%s: raw read %s | Replay.run %s | recovery, no state: %,.0f ms (open %,.0f,"
                                + " catch-up %,.0f; %,d events, %s) | recovery from the %s snapshot: %,.0f ms (open %,.0f, catch-up"
                                + " %,.0f; %,d events)%n",
                        rep, rep == 1 ? " (JIT warm-up)" : "", rate(journalEvents, rawMs), rate(journalEvents, replayMs),
                        whole.totalMs, whole.openMs, whole.catchUpMs, whole.replayed, Rates.perSecond(whole.replayed, whole.catchUpMs),
                        snap.snapshotDay, snap.totalMs, snap.openMs, snap.catchUpMs, snap.replayed);
            }
            System.out.printf(Locale.ROOT, "%s (best / median): raw read %s / %s; Replay.run %s / %s;"
                            + " recovery no state %,.0f / %,.0f ms; from snapshot %,.0f / %,.0f ms%n",
                    reps > 1 ? "reps 2.." + reps : "rep 1 alone",
                    Rates.perSecond(journalEvents, Rates.best(warm(raw))), Rates.perSecond(journalEvents, Rates.median(warm(raw))),
                    Rates.perSecond(journalEvents, Rates.best(warm(replay))), Rates.perSecond(journalEvents, Rates.median(warm(replay))),
                    Rates.best(warm(full)), Rates.median(warm(full)),
                    Rates.best(warm(fromSnapshot)), Rates.median(warm(fromSnapshot)));

            for (StateLeft left : StateLeft.values()) {
                for (int r = 1; r <= restarts; r++) {
                    Path dir = copyForRestart(recorded, scratch.path().resolve("restart-" + left + "-" + r), left);
                    Child restart = Child.run(scratch.path().resolve("restart-" + left + "-" + r + ".log"), dir, demo);
                    System.out.printf(Locale.ROOT, "child restart, state %s: ready after %,d ms wall (JVM start included;"
                                    + " the app logged %,d events re-applied in %,d ms), exited after %,d ms; digest %s%n",
                            left, restart.readyMillis, restart.reappliedEvents, restart.reappliedMillis, restart.exitMillis,
                            restart.stateDigest.equals(recording.stateDigest) ? "as recorded" : "DIFFERS: " + restart.stateDigest);
                    ScratchDir.deleteTree(dir);
                }
            }
        }
        System.out.println("CPU steal during the run: " + CpuSteal.now().since(stealAtStart));
    }

    private static List<Double> warm(List<Double> all) {
        return all.size() > 1 ? all.subList(1, all.size()) : all;
    }

    private static String rate(long events, double millis) {
        return String.format(Locale.ROOT, "%,.0f ms = %s", millis, Rates.perSecond(events, millis));
    }

    /** Decode only: every event read into the reused {@link EngineEvent}, a field folded so the JIT keeps the decode. */
    private static double rawRead(Path dataDir, long expected) {
        long[] fold = {0};
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(dataDir))) {
            long start = System.nanoTime();
            long read = InputJournalReader.readAfter(input, -1, event -> fold[0] += event.price ^ event.journalIndex);
            double ms = (System.nanoTime() - start) / 1e6;
            check(read == expected, "raw read " + read + " events, expected " + expected + " (" + fold[0] + ")");
            return ms;
        }
    }

    /** {@link Replay#run} as {@code copilot replay} calls it: fresh state and output journal, the report and digests. */
    private static double replay(Path dataDir, Path work, long expected, String digest) throws IOException {
        long start = System.nanoTime();
        ReplayReport report = Replay.run(dataDir, work);
        double ms = (System.nanoTime() - start) / 1e6;
        check(report.events() == expected, "replay applied " + report.events() + " events, expected " + expected);
        check(report.stateDigest().equals(digest), "replay state digest " + report.stateDigest() + ", recorded " + digest);
        ScratchDir.deleteTree(work);
        return ms;
    }

    record Recovered(double openMs, double catchUpMs, double totalMs, long replayed, String snapshotDay) {
    }

    /**
     * A copy of the recorded journals with the state left as {@code left} says, opened as {@code CopilotApp.startAll}
     * opens it (store, input journal, output journal, engine), then {@link Recovery#catchUp}. The copy is made before
     * the clock starts and is in the page cache, as a just-killed process's journal is.
     */
    private static Recovered recover(Path recorded, Path dir, StateLeft left, String digest) throws IOException {
        copyForRestart(recorded, dir, left);
        long start = System.nanoTime();
        Recovered result;
        try (EngineStateStore store = EngineStateStore.open(dir);
             InputJournal input = new InputJournal(dir);
             OutputJournal output = new OutputJournal(dir)) {
            Engine engine = new Engine(store, output, RiskRules.defaults());
            long opened = System.nanoTime();
            long replayed = Recovery.catchUp(input, engine);
            output.handOver();
            long done = System.nanoTime();
            check(engine.digest().hex().equals(digest), left + " recovery state digest " + engine.digest().hex()
                    + ", recorded " + digest);
            result = new Recovered((opened - start) / 1e6, (done - opened) / 1e6, (done - start) / 1e6, replayed,
                    store.restoredFrom().map(s -> s.day().toString()).orElse("-"));
        }
        ScratchDir.deleteTree(dir);
        return result;
    }

    /** The recorded data dir's journals and demo plan copied to {@code dir}, its state as a restart would find it. */
    static Path copyForRestart(Path recorded, Path dir, StateLeft left) throws IOException {
        copyTree(recorded.resolve("journal"), dir.resolve("journal"));
        Files.copy(recorded.resolve("demo.properties"), dir.resolve("demo.properties"));
        switch (left) {
            case NONE -> { }
            case SNAPSHOT -> {
                copyTree(recorded.resolve("snapshots"), dir.resolve("snapshots"));
                Files.createDirectories(dir.resolve("state"));
                Files.writeString(dir.resolve("state").resolve("RESTORING"), "a restore cut short (perf harness)\n");
            }
            case CLEAN -> {
                copyTree(recorded.resolve("snapshots"), dir.resolve("snapshots"));
                copyTree(recorded.resolve("state"), dir.resolve("state"));
            }
        }
        return dir;
    }

    /** Events in the input journal after {@code afterIndex} and before {@code endIndex}. */
    private static long countEvents(Path dataDir, long afterIndex, long endIndex) {
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(dataDir))) {
            return InputJournalReader.readBetween(input, afterIndex, endIndex, event -> { });
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path p : (Iterable<Path>) tree::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /**
     * {@code copilot demo} in a child JVM started as scripts/copilot starts it (the build's Chronicle flags, the
     * gateway jar and its lib/), without the script's staleness check. Times from process start to the ready line
     * and to exit; its whole output goes to {@code log}.
     */
    record Child(long readyMillis, long exitMillis, long reportedEvents, String stateDigest, long reappliedEvents,
                 long reappliedMillis) {

        static Child run(Path log, Path dataDir, List<String> demo) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(Arrays.asList(JvmFlags.load()));
            command.add("-cp");
            command.add("gateway-netty/target/gateway-netty.jar:gateway-netty/target/lib/*");
            command.add("com.fks.copilot.gateway.app.CopilotCommand");
            command.add(demo.get(0));
            command.add("--data-dir");
            command.add(dataDir.toString());
            command.addAll(demo.subList(1, demo.size()));
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            long ready = -1;
            long events = -1;
            long reapplied = -1;
            long reappliedMs = -1;
            String digest = "?";
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter file = new PrintWriter(Files.newBufferedWriter(log))) {
                String line;
                while ((line = out.readLine()) != null) {
                    file.println(line);
                    if (ready < 0 && line.startsWith(READY)) {
                        ready = (System.nanoTime() - start) / 1_000_000;
                    }
                    Matcher m = REAPPLIED.matcher(line);
                    if (reapplied < 0 && m.find()) {
                        reapplied = Long.parseLong(m.group(1).replace(",", ""));
                        reappliedMs = Long.parseLong(m.group(2).replace(",", ""));
                    }
                    if ((m = EVENTS.matcher(line)).find()) {
                        events = Long.parseLong(m.group(1));
                    }
                    if ((m = DIGEST.matcher(line)).find()) {
                        digest = m.group(1);
                    }
                }
            }
            int exit = process.waitFor();
            long exited = (System.nanoTime() - start) / 1_000_000;
            if (exit != 0 || ready < 0 || events < 0) {
                throw new IllegalStateException("copilot " + String.join(" ", demo) + " exited " + exit + " (ready line "
                        + (ready < 0 ? "missing" : "seen") + "); its output:\n" + tail(log));
            }
            return new Child(ready, exited, events, digest, reapplied, reappliedMs);
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
