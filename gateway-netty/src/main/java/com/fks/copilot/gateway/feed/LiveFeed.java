package com.fks.copilot.gateway.feed;

import com.fks.copilot.engine.feed.FeedSink;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.gateway.massive.MassiveRest;
import com.fks.copilot.gateway.massive.MassiveSettings;
import com.fks.copilot.journal.history.GlobexSchedule;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The live market feed of a run, composed: today's front months from the REST listing, the
 * WebSocket client, and the router that puts trades into the ring and fills gaps after
 * reconnects from the REST aggregates. When the front months cannot be resolved (Massive down,
 * key refused) the run goes on without market data and the feed status says why.
 */
public final class LiveFeed implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("copilot.feed");

    private final FeedMonitor monitor;
    private final ExecutorService fetchThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "massive-gap-fill");
        thread.setDaemon(true);
        return thread;
    });
    private MassiveFeed feed;

    private LiveFeed(FeedMonitor monitor) {
        this.monitor = monitor;
    }

    /**
     * Resolves the front months for the current Globex trading date and connects; ticks go to
     * {@code sink}. {@code lastTickNanos[i]}: exchange time of instrument i's last journaled tick (0 =
     * none), so the minutes missed while the app was down are filled too.
     */
    public static LiveFeed start(FeedSettings settings, MassiveSettings restSettings, List<Instrument> instruments,
                                 FeedSink sink, long[] lastTickNanos) throws InterruptedException {
        LiveFeed live = new LiveFeed(new FeedMonitor(settings.plan()));
        MassiveRest rest = new MassiveRest(restSettings);
        LocalDate tradingDate = GlobexSchedule.tradingDate(Instant.now());
        ContractRoutes routes;
        try {
            routes = new FrontMonths(rest, settings.dataRoots(), settings.rollDays()).resolve(instruments, tradingDate);
        } catch (IOException e) {
            live.stopped("front months for " + tradingDate + " not resolved: " + e.getMessage());
            return live;
        }
        if (routes.isEmpty()) {
            live.stopped("Massive lists no front month for " + tradingDate);
            return live;
        }
        routes.all().forEach(r -> LOG.log(System.Logger.Level.INFO, "front month {0}: {1} (data {2}), rolls on {3}",
                r.instrument().symbol(), r.ticker(), r.dataRoot(), r.rollDate()));
        live.feed = new MassiveFeed(settings, routes, live.monitor);
        GapFill gapFill = new RestGapFill(rest, live.fetchThread, live.feed.eventLoop(), live.monitor);
        TradeRouter router = new TradeRouter(routes, sink, live.monitor, gapFill);
        router.resumeAfter(lastTickNanos);
        live.feed.start(router);
        return live;
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
        fetchThread.shutdownNow();
    }
}
