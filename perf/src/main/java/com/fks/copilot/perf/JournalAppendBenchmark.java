package com.fks.copilot.perf;

import com.fks.copilot.gateway.io.ScratchDir;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.journal.queue.InputJournal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The journal stage's work for one tick on the calling thread: {@link InputJournal#append} to a real
 * Chronicle Queue in a temp directory. The baseline the ring's tick → engine-state figure is read against.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class JournalAppendBenchmark {
    private final EngineEvent event = new EngineEvent();
    private final SyntheticTicks ticks = new SyntheticTicks(EngineTickBenchmark.START_NANOS, 1_000, 1);
    private ScratchDir dir;
    private InputJournal journal;

    @Setup(Level.Trial)
    public void open() {
        dir = ScratchDir.create("copilot-journal-bench");
        journal = new InputJournal(dir.path());
    }

    @TearDown(Level.Trial)
    public void close() {
        journal.close();
        dir.close();
    }

    @Benchmark
    public long append() {
        ticks.next();
        ticks.fill(event);
        journal.append(event);
        return event.journalIndex;
    }
}
