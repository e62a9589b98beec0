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
import com.fks.copilot.gateway.feed.FeedMonitor;
import com.fks.copilot.gateway.feed.FeedSettings;
import com.fks.copilot.gateway.feed.MassiveFeed;
import com.fks.copilot.gateway.feed.TradeRouter;
import com.fks.copilot.gateway.massive.FuturesContract;
import com.fks.copilot.gateway.sse.AlertLog;
import com.fks.copilot.gateway.sse.DashboardPublisher;
import com.fks.copilot.gateway.sse.SseHub;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.Views;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.queue.OutputJournal;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

import com.fks.copilot.gateway.io.ScratchDir;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Before a live run opens its feed: the hot path — Massive frames read off a socket and decoded,
 * routed into a ring drained on the app's I/O loop, journaled, applied, committed to maps and written
 * to a dashboard's socket — runs on scratch copies in a temp directory with synthetic trades until the
 * JIT has compiled it. The first real trade then runs compiled code instead of paying for the
 * compiler on the trader's cores (measured: C2 took 11–14 % of a core for the first minute at 1,000
 * trades/s, and at 100 trades/s never finished).
 *
 * <p>The warm-up uses the real classes end to end — the app's own {@code MassiveFeed} connected over
 * loopback to a {@link WarmupExchange}, a scratch {@code HttpServer} with one streaming client
 * ({@link WarmupDashboard}), the clock published from a thread of its own as the wall clock is, all on
 * the app's event loop — because code compiled for stand-ins (an embedded channel, another buffer
 * type, another executor) is thrown away by the JIT when the real types arrive, and recompiled while
 * the trader trades. Nothing of it reaches the real journal, maps or clients; the scratch directory
 * is deleted.
 */
final class HotPathWarmup {
    private static final System.Logger LOG = System.getLogger("copilot");
    /** Enough calls for C2 (tier 4 compiles after ~15,000 invocations or loop iterations). */
    static final int TRADES = 40_000;
    private static final long TRADE_SPACING_MILLIS = 50;
    private static final int FRAMES_PER_TASK = 200;
    /** Trades sent one at a time at the end, {@link #PACED_GAP_NANOS} apart. */
    private static final int PACED_TRADES = 12_000;
    private static final long PACED_GAP_NANOS = 100_000;
    /** Hang-ups before the paced part, so the feed's connect, auth and subscribe run as compiled code too. */
    private static final int RECONNECTS = 3;
    /** Trades the exchange may be ahead of the ring before it waits: bounds the socket buffers. */
    private static final int MAX_IN_FLIGHT = 2_000;
    /** How long a live run waits at most for the compilers to go quiet after the synthetic trades. */
    static final Duration SETTLE_LIMIT = Duration.ofSeconds(15);
    private static final String[] TICKERS = {"MGCG7", "MNQH7", "MESH7", "MCLG7", "SILH7", "MHGH7"};

    private HotPathWarmup() {
    }

    /** What a warm-up did: trades the feed put into the scratch ring, frames the scratch dashboard was sent, time taken. */
    record Warmed(long trades, long dashboardFrames, Duration took) {
    }

    /**
     * Runs {@code trades} synthetic trades through scratch copies of the hot path on {@code shared}
     * (the app's I/O loop; null = a loop of the warm-up's own), then waits up to {@code settleLimit}
     * for the compilers to finish.
     */
    static Warmed run(int trades, RiskRules rules, Duration settleLimit, EventLoopGroup shared) {
        long started = System.nanoTime();
        ScratchDir scratch = ScratchDir.create("copilot-warmup");
        Path dir = scratch.path();
        long traded = 0;
        long frames = 0;
        EventLoopGroup group = shared != null ? shared
                : new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("copilot-warmup", true), NioIoHandler.newFactory());
        try (EngineStateStore store = EngineStateStore.open(dir); InputJournal input = new InputJournal(dir);
             OutputJournal output = new OutputJournal(dir)) {
            Engine engine = new Engine(store, output, rules);
            SseHub hub = new SseHub();
            EngineRing ring = new EngineRing(4096, RingThreading.blocking().with(RingTopology.ONE_THREAD), group.next(), input,
                    new EngineHandler(engine), List.of(new DashboardPublisher(hub, new Views(), rules, new DashboardState(store),
                    new AlertLog(rules), Duration.ofSeconds(7).toNanos(), null)));
            output.handOver(); // the scratch ring's thread appends from here
            ring.start();
            try (WarmupDashboard dashboard = WarmupDashboard.open(group, hub);
                 WarmupExchange exchange = WarmupExchange.open()) {
                FeedMonitor monitor = new FeedMonitor("warm-up");
                ContractRoutes routes = routes();
                try (MassiveFeed feed = new MassiveFeed(FeedSettings.of(exchange.url(), "warm-up", Map.of(), FeedSettings.DEFAULT_ROLL_DAYS)
                        .withBackoff(Duration.ofMillis(5), Duration.ofMillis(20)),
                        routes, monitor, group).start(new TradeRouter(routes, ring, monitor, null))) {
                    play(trades, exchange, monitor, ring);
                } finally {
                    traded = monitor.trades();
                }
            }
            ring.close();
            frames = hub.sent();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "hot-path warm-up stopped early: " + e);
        } finally {
            if (shared == null) {
                group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            }
            scratch.close();
        }
        Duration settled = awaitCompilerSettled(settleLimit);
        System.gc(); // the warm-up's garbage goes now, not in the first minutes of trading
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.log(System.Logger.Level.INFO, "hot path warmed: {0} synthetic trades on scratch state in {1} ms (JIT settled after {2} ms more)",
                traded, took.minus(settled).toMillis(), settled.toMillis());
        return new Warmed(traded, frames, took);
    }

    /**
     * Sends the tape from the exchange's side: most of it in bursts (many frames a socket read, many
     * trades a ring batch) so C2 compiles early, then the last {@value #PACED_TRADES} one frame at a
     * time with the loop idle in between, as a live feed's trades arrive. Before the paced part the
     * exchange hangs up (the feed reconnects, authenticates and subscribes again) and the tape moves to
     * the next trading day: compiled code that never saw those — a live run's first connection and
     * first trade of the day — would be thrown away at them (branches and types it never saw), and
     * recompiled while the trader trades.
     */
    private static void play(int trades, WarmupExchange exchange, FeedMonitor monitor, EngineRing ring) throws Exception {
        SyntheticTape tape = new SyntheticTape();
        Thread clock = new Thread(() -> tape.tickClock(ring), "warm-up-clock");
        clock.setDaemon(true);
        clock.start();
        int bursts = trades - Math.min(PACED_TRADES, trades / 2);
        try {
            sendInBursts(exchange.awaitSubscriber(10), tape, bursts, monitor);
            Channel connection = null;
            for (int reconnect = 0; reconnect < RECONNECTS; reconnect++) {
                exchange.hangUpLatest();
                connection = exchange.awaitSubscriber(10);
            }
            tape.nextTradingDay();
            sendPaced(connection, tape, bursts, trades, monitor);
        } finally {
            tape.stop();
            clock.join(1_000);
        }
    }

    private static void sendInBursts(Channel connection, SyntheticTape tape, int trades, FeedMonitor monitor) throws Exception {
        for (int sent = 0; sent < trades; sent += FRAMES_PER_TASK) {
            int count = Math.min(FRAMES_PER_TASK, trades - sent);
            connection.eventLoop().submit(() -> {
                for (int k = 0; k < count; k++) {
                    WarmupExchange.send(connection, tape.nextFrame(), k == count - 1);
                }
            }).get(30, TimeUnit.SECONDS);
            awaitTrades(monitor, sent + count - MAX_IN_FLIGHT);
        }
        awaitTrades(monitor, trades);
    }

    private static void sendPaced(Channel connection, SyntheticTape tape, int from, int to, FeedMonitor monitor) throws Exception {
        for (int sent = from; sent < to; sent++) {
            connection.eventLoop().execute(() -> WarmupExchange.send(connection, tape.nextFrame(), true));
            LockSupport.parkNanos(PACED_GAP_NANOS);
            awaitTrades(monitor, sent + 1 - MAX_IN_FLIGHT);
        }
        awaitTrades(monitor, to);
    }

    private static void awaitTrades(FeedMonitor monitor, long count) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (monitor.trades() < count) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the feed took " + monitor.trades() + " of " + count + " warm-up trades in 30 s");
            }
            Thread.sleep(1);
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

    /**
     * Trades of all six contracts 50 ms apart from a 09:30 ET open, a random walk on each tick grid,
     * one per frame; and the clock, published from its own thread at each new second of the tape.
     */
    private static final class SyntheticTape {
        private static final double[] OPEN = {5212.3, 21450.25, 6055.5, 68.45, 31.525, 4.5125};
        private final SplittableRandom random = new SplittableRandom(42);
        private final long[] ticks = new long[Instruments.count()];
        private final long startMillis = ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneId.of("America/New_York"))
                .toInstant().toEpochMilli();
        private long sequence;
        private long dayOffsetMillis;
        /** The second of the last trade sent, for the clock thread. */
        private volatile long tapeSecond = -1;
        private volatile boolean running = true;

        byte[] nextFrame() {
            sequence++;
            int i = (int) (sequence % ticks.length);
            ticks[i] += random.nextInt(3) - 1;
            Instrument spec = Instruments.byIndex(i);
            long millis = startMillis + dayOffsetMillis + sequence * TRADE_SPACING_MILLIS;
            String price = String.format(java.util.Locale.ROOT, "%." + spec.decimals() + "f", OPEN[i] + ticks[i] * spec.tickSize());
            tapeSecond = millis / 1000;
            return ("[{\"ev\":\"T\",\"sym\":\"" + TICKERS[i] + "\",\"p\":" + price + ",\"s\":1,\"t\":"
                    + millis + ",\"q\":" + sequence + "}]").getBytes(StandardCharsets.US_ASCII);
        }

        /** Moves the tape to the same time of the next day: every contract starts a new trading day. */
        void nextTradingDay() {
            dayOffsetMillis += Duration.ofDays(1).toMillis();
        }

        /** The clock thread: a CLOCK event for each new second of the tape, from outside the loop as the wall clock's. */
        void tickClock(EngineRing ring) {
            long published = -1;
            long clockSequence = 0;
            while (running) {
                long second = tapeSecond;
                if (second > published) {
                    published = second;
                    ring.clock(second * 1_000_000_000L, ++clockSequence);
                }
                LockSupport.parkNanos(1_000_000L);
            }
        }

        void stop() {
            running = false;
        }
    }

}
