package com.fks.copilot.gateway.feed;

import com.fks.copilot.engine.feed.FeedSink;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.gateway.massive.MassiveRest;
import com.fks.copilot.gateway.massive.MassiveSettings;
import com.fks.copilot.journal.history.GlobexSchedule;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import io.netty.channel.EventLoopGroup;

import java.util.List;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live market feed of a run, composed: today's front months from the REST listing, the
 * WebSocket client, and the router that puts trades into the ring and fills gaps after
 * reconnects from the REST aggregates. When the front months cannot be resolved (Massive down,
 * key refused) the run goes on without market data and the feed status says why. Every
 * {@link #ROLL_CHECK} the front months are resolved again when the Globex trading date has changed,
 * so a run that stays up across a roll date moves to the next contract by itself.
 */
public final class LiveFeed implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("copilot.feed");

    static final Duration ROLL_CHECK = Duration.ofMinutes(10);

    private final FeedMonitor monitor;
    /** REST work (gap fills, roll checks) off the feed's event loop. */
    /** A warm-up fetch is tried 4 times, 1, 2 and 4 s apart: a few seconds of held trades at most, then live bars. */
    static final int WARM_UP_ATTEMPTS = 4;
    static final Duration WARM_UP_BACKOFF = Duration.ofSeconds(1);
    private final ScheduledExecutorService restThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "massive-rest");
        thread.setDaemon(true);
        return thread;
    });
    private final FrontMonths frontMonths;
    private final List<Instrument> instruments;
    private MassiveFeed feed;
    private LocalDate resolvedFor;

    private LiveFeed(FeedMonitor monitor, FrontMonths frontMonths, List<Instrument> instruments) {
        this.monitor = monitor;
        this.frontMonths = frontMonths;
        this.instruments = instruments;
    }

    /**
     * Resolves the front months for the current Globex trading date and connects; ticks go to
     * {@code sink}. {@code lastTickNanos[i]}: exchange time of instrument i's last journaled tick (0 =
     * none), so the minutes missed while the app was down are filled too.
     */
    public static LiveFeed start(FeedSettings settings, MassiveSettings restSettings, List<Instrument> instruments,
                                 FeedSink sink, long[] lastTickNanos) throws InterruptedException {
        return start(settings, restSettings, instruments, sink, lastTickNanos, null);
    }

    /** As above, the feed's socket read on {@code sharedLoop} (the app's {@code IoLoops}; null = a loop of its own). */
    public static LiveFeed start(FeedSettings settings, MassiveSettings restSettings, List<Instrument> instruments,
                                 FeedSink sink, long[] lastTickNanos, EventLoopGroup sharedLoop) throws InterruptedException {
        MassiveRest rest = new MassiveRest(restSettings);
        LiveFeed live = new LiveFeed(new FeedMonitor(settings.plan()),
                new FrontMonths(rest, settings.dataRoots(), settings.rollDays()), instruments);
        LocalDate tradingDate = GlobexSchedule.tradingDate(Instant.now());
        ContractRoutes routes;
        try {
            routes = live.frontMonths.resolve(instruments, tradingDate);
        } catch (IOException e) {
            live.stopped("front months for " + tradingDate + " not resolved: " + e.getMessage());
            return live;
        }
        if (routes.isEmpty()) {
            live.stopped("Massive lists no front month for " + tradingDate);
            return live;
        }
        log(routes);
        live.resolvedFor = tradingDate;
        live.feed = new MassiveFeed(settings, routes, live.monitor, sharedLoop);
        GapFill gapFill = new RestGapFill(rest, live.restThread, live.feed.eventLoop(), live.monitor);
        TradeRouter router = new TradeRouter(routes, sink, live.monitor, gapFill);
        router.resumeAfter(lastTickNanos);
        if (!settings.warmUp().isZero()) {
            router.warmUp(new RestWarmUp(rest, live.restThread, live.feed.eventLoop(), live.monitor, WARM_UP_ATTEMPTS,
                    WARM_UP_BACKOFF), System.currentTimeMillis() * 1_000_000L, settings.warmUp().toNanos());
        }
        live.feed.start(router);
        live.restThread.scheduleWithFixedDelay(() -> live.checkRoll(GlobexSchedule.tradingDate(Instant.now())),
                ROLL_CHECK.toMinutes(), ROLL_CHECK.toMinutes(), TimeUnit.MINUTES);
        return live;
    }

    /**
     * On a new trading date, resolves the front months again and rolls the feed to any that changed.
     * A failed listing keeps the current contracts and is retried at the next check.
     */
    void checkRoll(LocalDate tradingDate) {
        if (feed == null || tradingDate.equals(resolvedFor)) {
            return;
        }
        try {
            ContractRoutes next = frontMonths.resolve(instruments, tradingDate);
            resolvedFor = tradingDate;
            if (!next.isEmpty() && !tickers(next).equals(tickers(feed.routes()))) {
                LOG.log(System.Logger.Level.INFO, "front months rolled on {0}", tradingDate);
                log(next);
                feed.roll(next);
            }
        } catch (IOException e) {
            monitor.error("roll check for " + tradingDate + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> tickers(ContractRoutes routes) {
        return routes.all().stream().map(ContractRoute::ticker).toList();
    }

    private static void log(ContractRoutes routes) {
        routes.all().forEach(r -> LOG.log(System.Logger.Level.INFO, "front month {0}: {1} (data {2}), rolls on {3}",
                r.instrument().symbol(), r.ticker(), r.dataRoot(), r.rollDate()));
    }

    private void stopped(String why) {
        monitor.state(FeedState.STOPPED);
        monitor.error(why);
        LOG.log(System.Logger.Level.ERROR, "Massive feed not started: {0}", why);
    }

    public FeedStatus status() {
        return monitor.snapshot();
    }

    @Override
    public void close() {
        if (feed != null) {
            feed.close();
        }
        restThread.shutdownNow();
    }
}
