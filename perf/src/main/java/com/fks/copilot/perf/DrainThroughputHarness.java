package com.fks.copilot.perf;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.db.LocalPostgres;
import com.fks.copilot.journal.drain.DrainLag;
import com.fks.copilot.journal.drain.PostgresDrain;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.queue.Journals;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The journal → Postgres drain against a real PostgreSQL on this machine: (1) sustained rows/s
 * draining a backlog of ticks, (2) its lag while ticks are journaled at live rates.
 * Arguments: [backlog ticks=1000000] [live rate per s=1000] [live seconds=20].
 */
public final class DrainThroughputHarness {
    private static final long DAY_OPEN_NANOS = 1_795_000_000_000_000_000L;

    private DrainThroughputHarness() {
    }

    public static void main(String[] args) throws Exception {
        int backlog = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int liveRate = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int liveSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path dataDir = Files.createTempDirectory("fks-drain-perf-");
        try (LocalPostgres postgres = LocalPostgres.start();
             InputJournal input = new InputJournal(dataDir);
             SingleChronicleQueue output = Journals.open(Journals.outputDir(dataDir));
             Database database = Database.open(postgres.settings(), "drain-perf", 2)) {
            database.migrate();
            EngineEvent tick = new EngineEvent();
            for (int i = 0; i < backlog; i++) {
                append(input, tick, i);
            }
            long start = System.nanoTime();
            try (PostgresDrain drain = new PostgresDrain(database, input.queue(), output, PostgresDrain.DEFAULT_BATCH, RiskRules.defaults()).start()) {
                while (drain.lag().get(0).drainedEvents() < backlog) {
                    Thread.sleep(5);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("backlog: %,d tick rows drained in %.2f s = %,.0f rows/s (batch %d, reWriteBatchedInserts)%n",
                        backlog, seconds, backlog / seconds, PostgresDrain.DEFAULT_BATCH);
                live(input, tick, drain, backlog, liveRate, liveSeconds);
            }
        }
    }

    /** Appends at a fixed rate from this thread and samples the drain's lag every 10 ms. */
    private static void live(InputJournal input, EngineEvent tick, PostgresDrain drain, int first, int rate, int seconds) {
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long nextSample = start;
        long maxLag = 0;
        long lagSum = 0;
        long samples = 0;
        int sequence = first;
        for (long due = start; due < start + TimeUnit.SECONDS.toNanos(seconds); due += period) {
            while (System.nanoTime() < due) {
                LockSupport.parkNanos(50_000);
            }
            append(input, tick, sequence++);
            if (System.nanoTime() >= nextSample) {
                DrainLag lag = drain.lag().get(0);
                long behind = Math.max(0, sequence - lag.drainedEvents());
                maxLag = Math.max(maxLag, behind);
                lagSum += behind;
                samples++;
                nextSample += 10_000_000;
            }
        }
        System.out.printf("live %,d ticks/s for %d s: drain behind by %.1f events on average, at most %,d (= %.1f ms of ticks)%n",
                rate, seconds, (double) lagSum / samples, maxLag, maxLag * 1000.0 / rate);
    }

    private static void append(InputJournal input, EngineEvent tick, int i) {
        tick.setTick(i % Instruments.count(), Prices.toFixed(5212.3 + (i % 50) * 0.1), 1 + i % 3,
                DAY_OPEN_NANOS + i * 1_000_000L, i + 1);
        input.append(tick);
    }
}
