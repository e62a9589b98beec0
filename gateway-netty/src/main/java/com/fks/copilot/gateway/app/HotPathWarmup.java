package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.ring.EngineHandler;
import com.fks.copilot.engine.ring.EngineRing;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.engine.ring.RingTopology;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.gateway.feed.ContractRoute;
import com.fks.copilot.gateway.feed.ContractRoutes;
import com.fks.copilot.gateway.feed.FeedMessageDecoder;
import com.fks.copilot.gateway.feed.FeedMonitor;
import com.fks.copilot.gateway.feed.MassiveFrameReader;
import com.fks.copilot.gateway.feed.TradeRouter;
import com.fks.copilot.gateway.massive.FuturesContract;
import com.fks.copilot.gateway.sse.AlertLog;
import com.fks.copilot.gateway.sse.DashboardPublisher;
import com.fks.copilot.gateway.sse.SseHub;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.Views;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.queue.OutputJournal;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.DefaultEventLoop;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Before a live run opens its feed: the hot path — Massive frames read and decoded, routed into a
 * ring drained on a Netty thread, journaled, applied, committed to maps and published to a dashboard —
 * runs on scratch copies in a temp directory with synthetic trades until the JIT has compiled it. The
 * first real trade then runs compiled code instead of paying for the compiler on the trader's cores
 * (measured: C2 took 11–14 % of a core for the first minute at 1,000 trades/s, and at 100 trades/s
 * never finished). Nothing of it reaches the real journal, maps or clients; the scratch directory is
 * deleted.
 */
final class HotPathWarmup {
    private static final System.Logger LOG = System.getLogger("copilot");
    /** Enough calls for C2 (tier 4 compiles after ~15,000 invocations or loop iterations). */
    static final int TRADES = 40_000;
    private static final long TRADE_SPACING_MILLIS = 50;
    private static final int FRAMES_PER_TASK = 200;
    /** How long a live run waits at most for the compilers to go quiet after the synthetic trades. */
    static final Duration SETTLE_LIMIT = Duration.ofSeconds(15);
    private static final String[] TICKERS = {"MGCG7", "MNQH7", "MESH7", "MCLG7", "SILH7", "MHGH7"};

    private HotPathWarmup() {
    }

    /**
     * Runs {@code trades} synthetic trades through scratch copies of the hot path, then waits up to
     * {@code settleLimit} for the compilers to finish; returns what it all took.
     */
    static Duration run(int trades, RiskRules rules, Duration settleLimit) {
        long started = System.nanoTime();
        Path dir = scratchDir();
        DefaultEventLoop loop = new DefaultEventLoop();
        try (EngineStateStore store = EngineStateStore.open(dir); InputJournal input = new InputJournal(dir);
             OutputJournal output = new OutputJournal(dir)) {
            Engine engine = new Engine(store, output, rules);
            SseHub hub = new SseHub();
            EngineRing ring = new EngineRing(4096, RingThreading.blocking().with(RingTopology.ONE_THREAD), loop, input,
                    new EngineHandler(engine), List.of(new DashboardPublisher(hub, new Views(), rules, new DashboardState(store),
                    new AlertLog(rules), Duration.ofSeconds(7).toNanos(), null)));
            output.handOver(); // the scratch ring's thread appends from here
            ring.start();
            EmbeddedChannel dashboard = loop.submit(() -> {
                EmbeddedChannel client = new EmbeddedChannel();
                hub.connect(client);
                return client;
            }).get(10, TimeUnit.SECONDS);
            FeedMessageDecoder decoder = new FeedMessageDecoder();
            TradeRouter router = new TradeRouter(routes(), ring, new FeedMonitor("warm-up"), null);
            EmbeddedChannel feed = loop.submit(() -> new EmbeddedChannel(new MassiveFrameReader(1 << 20,
                    payload -> decoder.decode(payload, router), why -> { }))).get(10, TimeUnit.SECONDS);
            SyntheticTape tape = new SyntheticTape();
            for (int sent = 0; sent < trades; sent += FRAMES_PER_TASK) {
                int count = Math.min(FRAMES_PER_TASK, trades - sent);
                loop.submit(() -> {
                    for (int k = 0; k < count; k++) {
                        tape.next(feed, ring);
                    }
                    drain(dashboard);
                }).get(30, TimeUnit.SECONDS);
            }
            ring.close();
            loop.submit(() -> {
                drain(dashboard);
                dashboard.finishAndReleaseAll();
                feed.finishAndReleaseAll();
            }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "hot-path warm-up stopped early: " + e);
        } finally {
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            delete(dir);
        }
        Duration settled = awaitCompilerSettled(settleLimit);
        System.gc(); // the warm-up's garbage goes now, not in the first minutes of trading
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.log(System.Logger.Level.INFO, "hot path warmed: {0} synthetic trades on scratch state in {1} ms (JIT settled after {2} ms more)",
                trades, took.minus(settled).toMillis(), settled.toMillis());
        return took;
    }

    private static void drain(EmbeddedChannel dashboard) {
        dashboard.runPendingTasks();
        Object written;
        while ((written = dashboard.readOutbound()) != null) {
            ReferenceCountUtil.release(written);
        }
    }

    /** Waits until the compilers have been idle for 300 ms (at most 15 s): the queued compilations are done. */
    private static Duration awaitCompilerSettled(Duration limit) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long started = System.nanoTime();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return Duration.ZERO;
        }
        long last = jit.getTotalCompilationTime();
        int quiet = 0;
        while (quiet < 3 && System.nanoTime() - started < limit.toNanos()) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long now = jit.getTotalCompilationTime();
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static ContractRoutes routes() {
        List<ContractRoute> routes = new ArrayList<>();
        for (Instrument spec : Instruments.all()) {
            String ticker = TICKERS[spec.index()];
            routes.add(new ContractRoute(spec, spec.symbol(), new FuturesContract(ticker, spec.symbol(), null,
                    LocalDate.of(2027, 3, 19)), LocalDate.of(2027, 3, 11)));
        }
        return new ContractRoutes(routes);
    }

    /** Trades of all six contracts 50 ms apart from a 09:30 ET open, a random walk on each tick grid; a clock event each second. */
    private static final class SyntheticTape {
        private static final double[] OPEN = {5212.3, 21450.25, 6055.5, 68.45, 31.525, 4.5125};
        private final SplittableRandom random = new SplittableRandom(42);
        private final long[] ticks = new long[Instruments.count()];
        private final long startMillis = ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneId.of("America/New_York"))
                .toInstant().toEpochMilli();
        private long sequence;
        private long lastClockSecond = -1;

        void next(EmbeddedChannel feed, EngineRing ring) {
            sequence++;
            int i = (int) (sequence % ticks.length);
            ticks[i] += random.nextInt(3) - 1;
            Instrument spec = Instruments.byIndex(i);
            long millis = startMillis + sequence * TRADE_SPACING_MILLIS;
            String price = String.format(java.util.Locale.ROOT, "%." + spec.decimals() + "f", OPEN[i] + ticks[i] * spec.tickSize());
            byte[] payload = ("[{\"ev\":\"T\",\"sym\":\"" + TICKERS[i] + "\",\"p\":" + price + ",\"s\":1,\"t\":" + millis
                    + ",\"q\":" + sequence + "}]").getBytes(StandardCharsets.US_ASCII);
            ByteBuf frame = PooledByteBufAllocator.DEFAULT.directBuffer(payload.length + 2);
            frame.writeByte(0x81).writeByte(payload.length).writeBytes(payload);
            feed.writeInbound(frame);
            long second = millis / 1000;
            if (second != lastClockSecond) {
                lastClockSecond = second;
                ring.clock(second * 1_000_000_000L, sequence);
            }
        }
    }

    private static Path scratchDir() {
        try {
            return Files.createTempDirectory("copilot-warmup");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the warm-up's scratch directory", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "warm-up scratch directory {0} left behind: {1}", dir, e.getMessage());
        }
    }
}
