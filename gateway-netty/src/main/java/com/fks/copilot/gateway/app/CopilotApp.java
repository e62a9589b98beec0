package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.feed.DemoDay;
import com.fks.copilot.engine.feed.PacedFeed;
import com.fks.copilot.engine.feed.WallClock;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.ring.EngineHandler;
import com.fks.copilot.engine.ring.EngineRing;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.MarketState;
import com.fks.copilot.engine.state.EngineStatus;
import com.fks.copilot.gateway.backfill.BackfillApi;
import com.fks.copilot.gateway.backfill.BackfillService;
import com.fks.copilot.gateway.backfill.BackfillSetup;
import com.fks.copilot.gateway.backfill.OffHoursTrigger;
import com.fks.copilot.gateway.bridge.RingRequests;
import com.fks.copilot.gateway.bridge.RiskHistory;
import com.fks.copilot.gateway.feed.ClockShift;
import com.fks.copilot.gateway.feed.FeedStatus;
import com.fks.copilot.gateway.feed.LiveFeed;
import com.fks.copilot.gateway.http.Health;
import com.fks.copilot.gateway.http.HttpRoutes;
import com.fks.copilot.gateway.http.HttpServer;
import com.fks.copilot.gateway.sse.DashboardPublisher;
import com.fks.copilot.gateway.sse.SessionChangePublisher;
import com.fks.copilot.gateway.sse.SseHub;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.MarketTime;
import com.fks.copilot.gateway.views.Views;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.queue.OutputJournal;
import com.fks.copilot.journal.replay.JournalDigest;
import com.fks.copilot.journal.replay.OutputJournalReader;
import com.fks.copilot.journal.replay.Recovery;
import com.fks.copilot.journal.replay.ReplayReport;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The composed application: state maps, journals, engine (recovered from the journal), the ring
 * (journal → engine → dashboard publisher), the HTTP/SSE gateway and a market source. The order
 * of {@link #start} is what makes restarts exact: recover first, then open the ring, then feed.
 */
public final class CopilotApp implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("copilot");

    private final AppSettings settings;
    private final long startedNanos = System.nanoTime();
    private EngineStateStore store;
    private InputJournal input;
    private OutputJournal output;
    private Engine engine;
    private EngineRing ring;
    private SseHub hub;
    private HttpServer server;
    private ScheduledFuture<?> heartbeat;
    private PacedFeed demoFeed;
    private WallClock wallClock;
    private LiveFeed liveFeed;
    private long recovered;
    private boolean ringClosed;
    private BackfillService backfill;

    private CopilotApp(AppSettings settings) {
        this.settings = settings;
    }

    public static CopilotApp start(AppSettings settings) throws InterruptedException {
        CopilotApp app = new CopilotApp(settings);
        app.startAll();
        return app;
    }

    private void startAll() throws InterruptedException {
        if (settings.source() instanceof MarketSource.Demo demo) {
            demo.plan().prepare(settings.dataDir(), false);
        }
        store = EngineStateStore.open(settings.dataDir());
        input = new InputJournal(settings.dataDir());
        output = new OutputJournal(settings.dataDir());
        engine = new Engine(store, output, settings.rules());
        recovered = Recovery.catchUp(input, engine);
        LOG.log(System.Logger.Level.INFO, "data dir {0}: journal index {1}, {2} events re-applied on recovery",
                settings.dataDir().toAbsolutePath(), engine.appliedIndex(), recovered);

        Views views = new Views();
        hub = new SseHub();
        RiskHistory history = new RiskHistory();
        OutputJournalReader.readAll(output.queue(), history::emit);
        output.addListener(history);
        output.addListener(new SessionChangePublisher(hub, views));
        BackfillApi backfillApi = startBackfill();
        RingRequests requests = new RingRequests();
        DashboardState state = new DashboardState(store);
        ring = new EngineRing(settings.ringSize(), settings.threading(), input, new EngineHandler(engine),
                new DashboardPublisher(hub, views, settings.rules(), state), requests).start();
        requests.attach(ring);
        LOG.log(System.Logger.Level.INFO, "ring: {0,number,#} slots, handler threads {1}",
                settings.ringSize(), settings.threading().name());

        server = new HttpServer().start(settings.bind(), settings.port(), new HttpRoutes(state, hub, views, this::health,
                requests, history, settings.rules(), settings.apiKey(), backfillApi));
        heartbeat = server.workers().next().scheduleAtFixedRate(
                () -> hub.announce("heartbeat", Instant.now().toString()),
                settings.heartbeatSeconds(), settings.heartbeatSeconds(), TimeUnit.SECONDS);
        LOG.log(System.Logger.Level.INFO, "dashboard at http://{0}:{1,number,#}/", settings.bind(), server.port());
        startSource();
    }

    /** The backfill when a database is configured; runs start at OFF-HOURS when a Massive key is set too. */
    private BackfillApi startBackfill() {
        BackfillSetup setup = settings.backfill();
        if (setup == null) {
            return BackfillApi.notConfigured();
        }
        backfill = BackfillService.open(setup.db(), setup.massive(), setup.plan(), Clock.systemUTC());
        if (backfill.canRun()) {
            output.addListener(new OffHoursTrigger(backfill));
        }
        LOG.log(System.Logger.Level.INFO, "backfill: database {0}, {1}", setup.db().redactedUrl(), backfill.canRun()
                ? "runs when the session turns OFF-HOURS" : "no MASSIVE_API_KEY, status and gap reports only");
        return new BackfillApi(backfill);
    }

    /** The backfill inside this app, if a database is configured. */
    public Optional<BackfillService> backfill() {
        return Optional.ofNullable(backfill);
    }

    private void startSource() throws InterruptedException {
        if (settings.source() instanceof MarketSource.Demo demo) {
            DemoPlan plan = demo.plan();
            long resumeAfter = input.lastFeedSequence();
            demoFeed = new PacedFeed(new DemoDay(plan.seed(), plan.date(), plan.start(), plan.end()), ring,
                    demo.speed(), resumeAfter);
            demoFeed.startThread();
            LOG.log(System.Logger.Level.INFO, "demo feed: {0} {1}–{2} ET, seed {3}, speed {4}, resuming after event {5}",
                    plan.date(), plan.start(), plan.end(), plan.seed(),
                    demo.speed() > 0 ? demo.speed() + "x" : "max", resumeAfter);
        } else if (settings.source() instanceof MarketSource.Massive massive) {
            wallClock = new WallClock(new ClockShift(ring, massive.feed().clockDelay()));
            wallClock.startThread();
            LOG.log(System.Logger.Level.INFO, "wall clock {0}", massive.feed().clockDelay().isZero() ? "on real time"
                    : "delayed by " + massive.feed().clockDelay().toMinutes() + " min, with the delayed plan's trades");
            liveFeed = LiveFeed.start(massive.feed(), massive.rest(), Instruments.all(), ring, lastTickTimes());
        } else {
            wallClock = new WallClock(ring);
            wallClock.startThread();
            LOG.log(System.Logger.Level.INFO, "no market feed configured: wall clock only");
        }
    }

    /** Exchange time of each instrument's last journaled tick (0 = none): where a restarted live feed resumes. */
    private long[] lastTickTimes() {
        long[] times = new long[Instruments.count()];
        MarketState market = new MarketState();
        for (int i = 0; i < times.length; i++) {
            times[i] = store.readMarket(i, market) ? market.lastTickTimeNanos : 0;
        }
        return times;
    }

    public Health health() {
        EngineStatus status = new EngineStatus();
        store.readStatus(status);
        String mode = status.sessionMode < 0 ? "UNKNOWN" : SessionMode.values()[status.sessionMode].label();
        return new Health("UP", status.appliedIndex, status.eventsProcessed,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedNanos), mode,
                MarketTime.of(status.eventTimeNanos), hub.clients(), hub.dropped(), ring.failures(), feedName(),
                feedStatus().orElse(null));
    }

    /** The live feed's status, on runs with one. */
    public Optional<FeedStatus> feedStatus() {
        return liveFeed == null ? Optional.empty() : Optional.of(liveFeed.status());
    }

    private String feedName() {
        if (demoFeed != null) {
            return demoFeed.finished() ? "demo (day complete)" : "demo";
        }
        if (liveFeed != null) {
            return "massive (" + liveFeed.status().plan() + ")";
        }
        return "none (wall clock only)";
    }

    public int port() {
        return server.port();
    }

    public long recoveredEvents() {
        return recovered;
    }

    public EngineRing ring() {
        return ring;
    }

    public SseHub hub() {
        return hub;
    }

    /** Blocks until the demo feed has published its last event. */
    public void awaitFeedFinished() throws InterruptedException {
        while (demoFeed != null && !demoFeed.finished()) {
            Thread.sleep(20);
        }
    }

    /**
     * Stops the feed, lets every published event pass every stage, and reports the engine's final
     * state; the HTTP server keeps answering from the maps.
     */
    public ReplayReport drainAndReport() {
        stopSources();
        closeRing();
        return ReplayReport.of(engine, Map.of(), JournalDigest.of(output.queue()));
    }

    private void stopSources() {
        if (demoFeed != null) {
            demoFeed.stop();
        }
        if (liveFeed != null) {
            liveFeed.close();
        }
        if (wallClock != null) {
            wallClock.stop();
        }
    }

    private void closeRing() {
        if (!ringClosed) {
            ringClosed = true;
            ring.close();
        }
    }

    @Override
    public void close() {
        stopSources();
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        if (hub != null) {
            hub.close();
        }
        if (server != null) {
            server.close();
        }
        if (ring != null) {
            closeRing();
        }
        if (output != null) {
            output.close();
        }
        if (input != null) {
            input.close();
        }
        if (store != null) {
            store.close();
        }
        if (backfill != null) {
            backfill.close();
        }
    }
}
