package com.fks.copilot.perf;

import com.fks.copilot.gateway.io.ScratchDir;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.gateway.sse.AlertLog;
import com.fks.copilot.gateway.sse.DashboardPublisher;
import com.fks.copilot.gateway.sse.SseHub;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.Views;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
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
 * The dashboard publish step for one trade, on the calling thread as the ring's thread runs it:
 * {@code DashboardPublisher.onEvent} of an applied tick that ends its batch — the live price frame
 * encoded into the batch buffer and handed to the client's event loop ({@link #tickWithoutClients}:
 * encoded only). {@link #tickToOneClient} also runs that loop's side (the write and flush to the client, an in-memory channel) and frees what was
 * written, so its {@code gc.alloc.rate.norm} covers both threads' work per trade. {@link #clockSecond}
 * is the once-a-second redraw of the header's market line, for scale. Cards are coalesced per 7 s of
 * event time, so ticks 1 ms apart almost never carry one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class DashboardPublishBenchmark {
    private static final long START_NANOS = EngineTickBenchmark.START_NANOS;
    private static final long SECOND = 1_000_000_000L;

    private final EngineEvent tick = new EngineEvent();
    private final EngineEvent clock = new EngineEvent();
    private ScratchDir dir;
    private EngineStateStore store;
    private DashboardPublisher publisher;
    private DashboardPublisher unwatched;
    private EmbeddedChannel browser;
    private long sequence;
    private long timeNanos = START_NANOS;

    @Setup(Level.Trial)
    public void open() {
        dir = ScratchDir.create("copilot-publish-bench");
        store = EngineStateStore.open(dir.path());
        SseHub hub = new SseHub();
        publisher = new DashboardPublisher(hub, new Views(), RiskRules.defaults(), new DashboardState(store),
                new AlertLog(RiskRules.defaults()), 7 * SECOND, null);
        unwatched = new DashboardPublisher(new SseHub(), new Views(), RiskRules.defaults(), new DashboardState(store),
                new AlertLog(RiskRules.defaults()), 7 * SECOND, null);
        browser = new EmbeddedChannel();
        hub.connect(browser);
        drain();
        tick.type = EventType.TICK;
        tick.instrument = Instruments.MGC;
        tick.viewChanged = true;
        tick.viewOpenPrice = Prices.toFixed(5208.3);
        tick.viewHighPrice = Prices.toFixed(5213.0);
        tick.viewLowPrice = Prices.toFixed(5201.5);
        clock.type = EventType.CLOCK;
    }

    @TearDown(Level.Trial)
    public void close() {
        browser.finishAndReleaseAll();
        store.close();
        dir.close();
    }

    /** A trade's price frame encoded into the batch, with no dashboard open (nothing to hand over). */
    @Benchmark
    public long tickWithoutClients() {
        unwatched.onEvent(nextTick(), sequence, true);
        return sequence;
    }

    /** A trade's price frame, through the client's loop to the client's channel. */
    @Benchmark
    public long tickToOneClient() {
        publisher.onEvent(nextTick(), sequence, true);
        return drain();
    }

    /** The header's market line redrawn for a new event-time second. */
    @Benchmark
    public long clockSecond() {
        timeNanos += SECOND;
        clock.eventTimeNanos = timeNanos;
        clock.journalIndex = ++sequence;
        publisher.onEvent(clock, sequence, true);
        return drain();
    }

    private EngineEvent nextTick() {
        sequence++;
        timeNanos += 1_000_000; // 1 ms apart: a card only every 7 s of event time
        tick.journalIndex = sequence;
        tick.sourceSequence = sequence;
        tick.eventTimeNanos = timeNanos;
        tick.viewLastPrice = Prices.toFixed(5212.3) + (sequence & 7) * Prices.toFixed(0.1);
        tick.viewTickCount = sequence;
        return tick;
    }

    private long drain() {
        browser.runPendingTasks();
        return discardWritten();
    }

    private long discardWritten() {
        long bytes = 0;
        Object written;
        while ((written = browser.readOutbound()) != null) {
            bytes++;
            ReferenceCountUtil.release(written);
        }
        return bytes;
    }
}
