package com.fks.copilot.perf;

import com.fks.copilot.gateway.io.ScratchDir;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.gateway.http.RateLimitSettings;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * SSE fan-out at a fixed tick rate: the whole app (wall-clock source, 127.0.0.1) with N loopback
 * dashboard clients; each tick's latency runs from its planned send time until the LAST client has
 * read its price event (and, for comparison, until the first one has). A tick a client never got
 * counts as lost. Clients are either one thread each ({@code --readers threads}: the allocation-free
 * {@link SseClient}, as N separate browsers would be, but all on this machine's cores) or all read by
 * one selector thread ({@code --readers selector}, the default: the server's fan-out without N
 * client threads competing with it).
 *
 * <pre>
 * FanOutHarness [--clients N] [--rate TICKS_PER_S] [--warmup S] [--duration S] [--readers selector|threads]
 *               [--wait-strategy auto|blocking|yielding]
 * </pre>
 * Start the JVM with the Chronicle flags ({@code gateway-netty/target/classes/copilot-jvm.flags}).
 */
public final class FanOutHarness {
    private static final long FIRST_SEQUENCE = 1;
    private static final long START_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(5);

    private FanOutHarness() {
    }

    public static void main(String[] args) throws Exception {
        JvmFlags.requireApplied();
        int clients = 200;
        int rate = 100;
        Duration warmup = Duration.ofSeconds(5);
        Duration measure = Duration.ofSeconds(20);
        String waitStrategy = "auto";
        boolean selector = true;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--rate" -> rate = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Duration.ofSeconds(Long.parseLong(args[i + 1]));
                case "--duration" -> measure = Duration.ofSeconds(Long.parseLong(args[i + 1]));
                case "--wait-strategy" -> waitStrategy = args[i + 1];
                case "--readers" -> selector = args[i + 1].equals("selector");
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.print(run(clients, rate, warmup, measure, waitStrategy, selector));
        System.exit(0);
    }

    static String run(int clientCount, int rate, Duration warmup, Duration measure, String waitStrategy, boolean selector)
            throws Exception {
        long warmupTicks = warmup.toSeconds() * rate;
        long total = warmupTicks + measure.toSeconds() * rate;
        RingThreading threading = RingThreading.named(waitStrategy);
        ArrivalLog[] logs = new ArrivalLog[clientCount];
        SseClient[] clients = new SseClient[selector ? 0 : clientCount];
        SelectorSseClients shared = null;
        try (ScratchDir dir = ScratchDir.create("copilot-fanout");
             CopilotApp app = CopilotApp.start(new AppSettings(dir.path(), SseDashboardTarget.LOOPBACK, 0, threading, 16384,
                     30, new MarketSource.WallClockOnly()).withRateLimits(RateLimitSettings.off()))) { // hundreds of streams from one address
            try {
                for (int c = 0; c < clientCount; c++) {
                    logs[c] = new ArrivalLog(FIRST_SEQUENCE, (int) total);
                    if (!selector) {
                        clients[c] = SseClient.connect(SseDashboardTarget.LOOPBACK, app.port(), "/sse/dashboard", logs[c]);
                    }
                }
                if (selector) {
                    shared = new SelectorSseClients(SseDashboardTarget.LOOPBACK, app.port(), "/sse/dashboard", logs);
                }
                awaitStreaming(app, clientCount, clients, shared);
                TickSchedule schedule = TickSchedule.startingAt(System.nanoTime() + START_DELAY_NANOS, rate, FIRST_SEQUENCE);
                FixedRateInjector injector = new FixedRateInjector(app.ring(), schedule,
                        System.currentTimeMillis() * 1_000_000L + START_DELAY_NANOS);
                CpuSteal before = CpuSteal.now();
                long lastDue = schedule.plannedNanos(FIRST_SEQUENCE + total - 1);
                long sent = injector.run(total, FIRST_SEQUENCE + warmupTicks, lastDue + DRAIN_NANOS);
                String steal = CpuSteal.now().since(before);
                awaitArrivals(logs, sent);
                return report(clientCount + (selector ? " clients (one selector thread)" : " clients (a thread each)"), rate, threading, schedule, logs, warmupTicks, sent, app.hub().dropped(),
                        injector.sendLag(), steal);
            } finally {
                if (shared != null) {
                    shared.close();
                }
                for (SseClient client : clients) {
                    if (client != null) {
                        client.close();
                    }
                }
            }
        }
    }

    private static void awaitStreaming(CopilotApp app, int count, SseClient[] clients, SelectorSseClients shared)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (app.hub().clients() < count || !(shared != null ? shared.allStreaming() : allStreaming(clients))) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("only " + app.hub().clients() + " of " + count + " clients connected");
            }
            Thread.sleep(10);
        }
    }

    private static boolean allStreaming(SseClient[] clients) {
        for (SseClient client : clients) {
            if (!client.streaming()) {
                return false;
            }
        }
        return true;
    }

    private static void awaitArrivals(ArrivalLog[] logs, long sent) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_NANOS;
        for (ArrivalLog log : logs) {
            while (log.received() < sent && System.nanoTime() - deadline < 0) {
                Thread.sleep(1);
            }
        }
    }

    private static String report(String clients, int rate, RingThreading threading, TickSchedule schedule, ArrivalLog[] logs,
                                 long warmupTicks, long sent, long dropped, Histogram sendLag, String steal) {
        Histogram lastClient = LatencyReport.newHistogram();
        Histogram firstClient = LatencyReport.newHistogram();
        long incomplete = 0;
        for (long seq = FIRST_SEQUENCE + warmupTicks; seq < FIRST_SEQUENCE + sent; seq++) {
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            boolean everyone = true;
            for (ArrivalLog log : logs) {
                long arrived = log.arrivalNanos(seq);
                if (arrived == 0) {
                    everyone = false;
                    continue;
                }
                first = Math.min(first, arrived);
                last = Math.max(last, arrived);
            }
            if (!everyone) {
                incomplete++;
                continue;
            }
            LatencyReport.record(lastClient, last - schedule.plannedNanos(seq));
            LatencyReport.record(firstClient, first - schedule.plannedNanos(seq));
        }
        return String.format(Locale.ROOT, "fan-out: %s, %d ticks/s, ring %s, %d measured ticks, %d not received by"
                        + " every client, %d clients dropped, CPU steal %s%n  tick -> last client:  %s%n"
                        + "  tick -> first client: %s%n  send lag:             %s%n",
                clients, rate, threading.name(), sent - Math.min(sent, warmupTicks), incomplete, dropped, steal,
                LatencyReport.line(lastClient), LatencyReport.line(firstClient), LatencyReport.line(sendLag));
    }
}
