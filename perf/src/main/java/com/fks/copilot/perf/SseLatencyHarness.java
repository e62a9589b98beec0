package com.fks.copilot.perf;

import com.fks.copilot.gateway.io.ScratchDir;
import com.fks.copilot.engine.ring.RingThreading;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * End-to-end latency at a fixed tick rate (exchange-core style): ticks with increasing source
 * sequences are sent into the ring on a fixed schedule, and each tick's latency runs from its
 * PLANNED send time (so a stall delays the measurement of every tick behind it: no coordinated
 * omission) until it arrives at the measuring point: the SSE bytes carrying {@code "seq":N} (its live price event) at a
 * loopback client ({@code --point sse}; {@code --point frame} starts one step earlier, as a Massive trade frame
 * on a loopback WebSocket read by the live feed client), engine state applied ({@code --point engine}), or at once on the
 * sending thread ({@code --point baseline}: the harness and machine alone). Stops by
 * itself: sending stops at the last planned time + the drain timeout, arrivals are awaited at most the
 * drain timeout, and a watchdog halts the JVM if a run still hangs past that plus a start-up allowance.
 * Uses 127.0.0.1 only.
 *
 * <pre>
 * SseLatencyHarness [--point sse|frame|engine|baseline|all] [--rate TICKS_PER_S] [--warmup S] [--duration S]
 *                   [--wait-strategy auto|blocking|yielding|pinned] [--ring-size N] [--drain S]
 * </pre>
 * Start the JVM with the Chronicle flags ({@code gateway-netty/target/classes/copilot-jvm.flags}).
 */
public final class SseLatencyHarness {
    private static final long FIRST_SEQUENCE = 1;
    private static final long START_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** Allowance per run for starting and stopping the app, on top of sending and draining. */
    private static final long STARTUP_SECONDS = 30;

    private SseLatencyHarness() {
    }

    public static void main(String[] args) throws Exception {
        JvmFlags.requireApplied();
        HarnessOptions defaults = HarnessOptions.defaults();
        List<MeasuringPoint> points = List.of(defaults.point());
        int rate = defaults.ticksPerSecond();
        Duration warmup = defaults.warmup();
        Duration measure = defaults.measure();
        String waitStrategy = defaults.waitStrategy();
        int ringSize = defaults.ringSize();
        Duration drain = defaults.drainTimeout();
        if (args.length % 2 != 0) {
            usage();
        }
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--point" -> points = value.equals("all") ? List.of(MeasuringPoint.values())
                        : List.of(MeasuringPoint.valueOf(value.toUpperCase(Locale.ROOT)));
                case "--rate" -> rate = Integer.parseInt(value);
                case "--warmup" -> warmup = seconds(value);
                case "--duration" -> measure = seconds(value);
                case "--wait-strategy" -> waitStrategy = value;
                case "--ring-size" -> ringSize = Integer.parseInt(value);
                case "--drain" -> drain = seconds(value);
                default -> usage();
            }
        }
        haltAfter(Duration.ofSeconds(points.size() * (STARTUP_SECONDS + 2 * drain.toSeconds()))
                .plus(warmup.plus(measure).multipliedBy(points.size())));
        boolean lost = false;
        for (MeasuringPoint point : points) {
            HarnessResult result = run(new HarnessOptions(point, rate, warmup, measure, waitStrategy, ringSize, drain));
            System.out.print(result.toText());
            lost |= result.lost() > 0;
        }
        System.exit(lost ? 1 : 0);
    }

    /** The bound that makes a run stop by itself even if a pipeline hangs: halts the JVM once it has passed. */
    private static void haltAfter(Duration bound) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(bound.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("SseLatencyHarness: still running after " + bound.toSeconds() + " s; halting");
            Runtime.getRuntime().halt(3);
        }, "harness-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void usage() {
        System.err.println("usage: SseLatencyHarness [--point sse|frame|engine|baseline|all] [--rate TICKS_PER_S] [--warmup S]"
                + " [--duration S] [--wait-strategy auto|blocking|yielding|pinned] [--ring-size N] [--drain S]");
        System.exit(2);
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }

    /** One bounded run; the pipeline and its temp directory are gone when it returns. */
    public static HarnessResult run(HarnessOptions options) throws Exception {
        long warmupTicks = options.warmupTicks();
        long total = warmupTicks + options.measuredTicks();
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many ticks for one run: " + total);
        }
        RingThreading threading = RingThreading.named(options.waitStrategy());
        ArrivalLog arrivals = new ArrivalLog(FIRST_SEQUENCE, (int) total);
        long drainNanos = options.drainTimeout().toNanos();
        TickSchedule schedule;
        long sent;
        long droppedClients = 0;
        Histogram sendLag;
        String steal;
        long bytesPerTick;
        try (ScratchDir dir = ScratchDir.create("copilot-latency")) {
            TickTarget target = options.point().open(dir.path(), threading, options.ringSize(), arrivals);
            try {
                long epochNanos = System.currentTimeMillis() * 1_000_000L + START_DELAY_NANOS;
                schedule = TickSchedule.startingAt(System.nanoTime() + START_DELAY_NANOS, options.ticksPerSecond(),
                        FIRST_SEQUENCE);
                FixedRateInjector injector = new FixedRateInjector(target.sink(), schedule, epochNanos);
                long lastDue = schedule.plannedNanos(FIRST_SEQUENCE + total - 1);
                CpuSteal before = CpuSteal.now();
                long allocatedBefore = HeapAllocation.allocatedBytes();
                sent = injector.run(total, FIRST_SEQUENCE + warmupTicks, lastDue + drainNanos);
                bytesPerTick = (HeapAllocation.allocatedBytes() - allocatedBefore) / Math.max(1, sent);
                steal = CpuSteal.now().since(before);
                sendLag = injector.sendLag();
                long deadline = System.nanoTime() + drainNanos;
                while (arrivals.received() < sent && System.nanoTime() - deadline < 0) {
                    Thread.sleep(1);
                }
                if (target instanceof SseDashboardTarget sse) {
                    droppedClients = sse.droppedClients();
                } else if (target instanceof MassiveFrameTarget frames) {
                    droppedClients = frames.droppedClients();
                }
            } finally {
                target.close();
            }
        }
        long firstMeasured = FIRST_SEQUENCE + warmupTicks;
        long lastSent = FIRST_SEQUENCE + sent - 1;
        long warmupSent = Math.min(sent, warmupTicks);
        return new HarnessResult(options, threading.name(), warmupSent,
                arrivals.receivedBetween(FIRST_SEQUENCE, FIRST_SEQUENCE + warmupSent - 1),
                sent - warmupSent, arrivals.receivedBetween(firstMeasured, lastSent),
                arrivals.latencies(schedule, firstMeasured, lastSent), sendLag, droppedClients, bytesPerTick, steal);
    }
}
