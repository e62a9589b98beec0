package com.fks.copilot.perf;

import com.fks.copilot.gateway.io.ScratchDir;
import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.output.DerivedEventSink;
import com.fks.copilot.engine.state.EngineStateStore;
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
 * The engine stage's work for one tick, on the calling thread, against real Chronicle Maps in a
 * temp directory: {@link #applyAndPersist} is what {@code EngineHandler} does when each tick is its
 * own batch (the low-rate case). Journal indexes count up as the journal stage would set them;
 * event time advances 1 µs per tick, so a minute bar closes once per 60 M ticks, not every call.
 * {@code gc.alloc.rate.norm} of {@link #applyAndPersist} is the "0 B/op in the engine handler" target.
 * {@link #applyAndPersistClosingBar} is the worst case: every tick closes its contract's 1-minute bar
 * (and every fifth a 5-minute bar), so the bar histories are persisted too.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class EngineTickBenchmark {
    /** 2026-03-02 14:30 UTC (09:30 ET), the cash open. */
    static final long START_NANOS = 1_772_461_800_000_000_000L;

    private final EngineEvent event = new EngineEvent();
    private final SyntheticTicks ticks = new SyntheticTicks(START_NANOS, 1_000, 1);
    /** 10 s of event time per tick over six contracts: each contract's ticks are a minute apart. */
    private final SyntheticTicks minuteTicks = new SyntheticTicks(START_NANOS, 10_000_000_000L, 1);
    /** As {@link #minuteTicks}, but always inside 09:30–11:00 ET, where every bar close also re-evaluates the ORB. */
    private final SyntheticTicks orbWindowTicks = new SyntheticTicks(START_NANOS, 10_000_000_000L, 1)
            .withinDailyWindow(TimeUnit.MINUTES.toNanos(90));
    private ScratchDir dir;
    private EngineStateStore store;
    private Engine engine;
    private long journalIndex;

    @Setup(Level.Trial)
    public void open() {
        dir = ScratchDir.create("copilot-engine-bench");
        store = EngineStateStore.open(dir.path());
        engine = new Engine(store, DerivedEventSink.DISCARD);
        event.setClock(START_NANOS, 0); // the ORB needs the engine's event time
        event.journalIndex = ++journalIndex;
        engine.apply(event);
        engine.endOfBatch();
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
        dir.close();
    }

    /** Baseline: produces the next tick into the slot, as the producer and journal stage would; applies nothing. */
    @Benchmark
    public long fillOnly() {
        return nextTick().price;
    }

    /** The engine's fold of one tick into state, without the Chronicle Map write. */
    @Benchmark
    public long apply() {
        engine.apply(nextTick());
        return event.viewLastPrice;
    }

    /** Apply, then persist to Chronicle Map as the engine handler does at the end of a batch. */
    @Benchmark
    public long applyAndPersist() {
        engine.apply(nextTick());
        engine.endOfBatch();
        return event.viewLastPrice;
    }

    /** Apply and persist a tick that closes its contract's minute bar (bar histories written too). */
    @Benchmark
    public long applyAndPersistClosingBar() {
        engine.apply(next(minuteTicks));
        engine.endOfBatch();
        return event.viewLastPrice;
    }

    /** Apply and persist a minute-closing tick in the ORB window: bar histories written and the opening range re-evaluated. */
    @Benchmark
    public long applyAndPersistClosingBarInOrbWindow() {
        engine.apply(next(orbWindowTicks));
        engine.endOfBatch();
        return event.viewLastPrice;
    }

    private EngineEvent nextTick() {
        return next(ticks);
    }

    private EngineEvent next(SyntheticTicks source) {
        source.next();
        source.fill(event);
        event.journalIndex = ++journalIndex;
        return event;
    }
}
