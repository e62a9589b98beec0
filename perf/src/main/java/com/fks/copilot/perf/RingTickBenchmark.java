package com.fks.copilot.perf;

import com.fks.copilot.gateway.io.ScratchDir;
import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.ring.EngineHandler;
import com.fks.copilot.engine.ring.EngineRing;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.queue.OutputJournal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Tick → engine state through the real ring: publish one tick, then wait until the engine stage
 * has applied and persisted it (journal on a real Chronicle Queue, engine on real Chronicle Maps,
 * both in a temp directory). One tick in flight at a time, so every tick is its own batch: this is
 * the latency of an isolated tick, not throughput. The wait spins briefly and then yields, since
 * on a small machine the ring threads need the core the benchmark thread is on.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class RingTickBenchmark {
    @Param({"blocking", "yielding"})
    public String waitStrategy;

    private final SyntheticTicks ticks = new SyntheticTicks(EngineTickBenchmark.START_NANOS, 1_000, 1);
    private ScratchDir dir;
    private EngineStateStore store;
    private InputJournal input;
    private OutputJournal output;
    private AppliedProbe probe;
    private EngineRing ring;

    @Setup(Level.Trial)
    public void open() {
        dir = ScratchDir.create("copilot-ring-bench");
        store = EngineStateStore.open(dir.path());
        input = new InputJournal(dir.path());
        output = new OutputJournal(dir.path());
        probe = new AppliedProbe(new EngineHandler(new Engine(store, output)), ArrivalLog.NONE);
        ring = new EngineRing(1024, RingThreading.named(waitStrategy), input, probe).start();
    }

    @TearDown(Level.Trial)
    public void close() {
        ring.close();
        output.close();
        input.close();
        store.close();
        dir.close();
    }

    @Benchmark
    public long tickToEngineState() {
        ticks.next();
        ticks.publishTo(ring);
        probe.awaitApplied(ticks.sequence());
        return ticks.sequence();
    }
}
