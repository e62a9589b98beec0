package com.fks.copilot.perf;

import com.fks.copilot.gateway.io.ScratchDir;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.MarketSource;
import org.HdrHistogram.Histogram;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Tick → DOM update in a real headless Chromium: the app (wall-clock source, 127.0.0.1) serves the
 * dashboard, ticks go into the ring at a fixed rate, and the page measures each price update itself:
 * the price event carries the wall-clock time the tick entered the ring (epoch µs), and the page
 * subtracts it from {@code performance.timeOrigin + performance.now()} right after patching the card's
 * price into the DOM ({@code static/app.js}). The harness collects those numbers. Both clocks are
 * the machine's wall clock; the harness also bounds how far the page's clock is from the JVM's.
 *
 * <pre>
 * BrowserLatencyHarness [--rate TICKS_PER_S] [--warmup S] [--duration S] [--wait-strategy auto|blocking|yielding]
 * </pre>
 */
public final class BrowserLatencyHarness {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final long FIRST_SEQUENCE = 1;
    private static final long START_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private BrowserLatencyHarness() {
    }

    public static void main(String[] args) throws Exception {
        JvmFlags.requireApplied();
        int rate = 100;
        Duration warmup = Duration.ofSeconds(5);
        Duration measure = Duration.ofSeconds(20);
        String waitStrategy = "auto";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rate" -> rate = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Duration.ofSeconds(Long.parseLong(args[i + 1]));
                case "--duration" -> measure = Duration.ofSeconds(Long.parseLong(args[i + 1]));
                case "--wait-strategy" -> waitStrategy = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.print(run(rate, warmup, measure, waitStrategy));
        System.exit(0);
    }

    static String run(int rate, Duration warmup, Duration measure, String waitStrategy) throws Exception {
        RingThreading threading = RingThreading.named(waitStrategy);
        long warmupTicks = warmup.toSeconds() * rate;
        long total = warmupTicks + measure.toSeconds() * rate;
        try (ScratchDir dir = ScratchDir.create("copilot-browser");
             CopilotApp app = CopilotApp.start(new AppSettings(dir.path().resolve("data"), SseDashboardTarget.LOOPBACK, 0,
                     threading, 16384, 30, new MarketSource.WallClockOnly()))) {
            ChromeDriver browser = chromium(dir);
            try {
                browser.get("http://127.0.0.1:" + app.port() + "/");
                awaitLive(browser);
                String clock = clockOffset(browser);
                TickSchedule schedule = TickSchedule.startingAt(System.nanoTime() + START_DELAY_NANOS, rate, FIRST_SEQUENCE);
                FixedRateInjector injector = new FixedRateInjector(app.ring(), schedule,
                        System.currentTimeMillis() * 1_000_000L + START_DELAY_NANOS);
                Thread sender = new Thread(() -> injector.run(total, FIRST_SEQUENCE + warmupTicks,
                        schedule.plannedNanos(FIRST_SEQUENCE + total) + TimeUnit.SECONDS.toNanos(5)), "tick-sender");
                CpuSteal before = CpuSteal.now();
                sender.start();
                long measureFrom = schedule.plannedNanos(FIRST_SEQUENCE + warmupTicks);
                Histogram dom = LatencyReport.newHistogram();
                while (sender.isAlive()) {
                    Thread.sleep(250);
                    collect(browser, dom, System.nanoTime() - measureFrom > 0);
                }
                Thread.sleep(500);
                collect(browser, dom, true);
                return String.format(Locale.ROOT, "browser: %d ticks/s, ring %s, %d ticks sent, %d clients dropped,"
                                + " CPU steal %s, %s%n  tick -> DOM update: %s%n",
                        rate, threading.name(), injector.sent(), app.hub().dropped(), CpuSteal.now().since(before), clock,
                        LatencyReport.line(dom));
            } finally {
                browser.quit();
            }
        }
    }

    private static ChromeDriver chromium(ScratchDir dir) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createDirectories(dir.path().resolve("chromium-profile")));
        // e.g. a trace of the page's threads: --trace-startup=blink,v8,cc,toplevel --trace-startup-file=/tmp/t.json
        String extra = System.getenv("COPILOT_CHROMIUM_ARGS");
        if (extra != null && !extra.isBlank()) {
            options.addArguments(extra.trim().split("\\s+"));
        }
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build(), options);
    }

    private static void awaitLive(ChromeDriver browser) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!"live".equals(browser.executeScript("return document.getElementById('connection').textContent;"))) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the page never connected to /sse/dashboard");
            }
            Thread.sleep(50);
        }
    }

    /** Moves the page's measurements (µs) into the histogram; before the warm-up ends they are dropped. */
    private static void collect(ChromeDriver browser, Histogram dom, boolean measuring) {
        List<?> micros = (List<?>) browser.executeScript("return window.copilotLatencies();");
        if (measuring) {
            for (Object value : micros) {
                LatencyReport.record(dom, Math.round(((Number) value).doubleValue() * 1_000));
            }
        }
    }

    /**
     * How far the page's clock ({@code performance.timeOrigin + performance.now()}) is from the JVM's
     * wall clock: of 50 round trips, the one with the shortest round trip bounds the offset.
     */
    private static String clockOffset(ChromeDriver browser) {
        long bestWidth = Long.MAX_VALUE;
        double bestOffset = 0;
        for (int i = 0; i < 50; i++) {
            long before = epochMicros();
            double page = ((Number) browser.executeScript("return (performance.timeOrigin + performance.now()) * 1000;"))
                    .doubleValue();
            long after = epochMicros();
            if (after - before < bestWidth) {
                bestWidth = after - before;
                bestOffset = page - (before + after) / 2.0;
            }
        }
        return String.format(Locale.ROOT, "page clock - JVM clock = %.0f ± %.0f µs", bestOffset, bestWidth / 2.0);
    }

    private static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
