package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.feed.JournalGate;
import com.fks.copilot.engine.feed.PacedFeed;
import com.fks.copilot.engine.feed.WallClock;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.ring.EngineHandler;
import com.fks.copilot.engine.ring.EngineRing;
import com.fks.copilot.engine.ring.JournalHealth;
import com.fks.copilot.engine.ring.LatencyBuckets;
import com.fks.copilot.engine.ring.RingStats;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.engine.state.BarHistory;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.SnapshotManifest;
import com.fks.copilot.engine.state.MarketState;
import com.fks.copilot.engine.state.EngineStatus;
import com.fks.copilot.gateway.backfill.BackfillApi;
import com.fks.copilot.gateway.backfill.BackfillService;
import com.fks.copilot.gateway.backfill.BackfillSetup;
import com.fks.copilot.gateway.backfill.OffHoursTrigger;
import com.fks.copilot.gateway.backfill.StoredBarsWarmup;
import com.fks.copilot.gateway.backtest.BacktestResults;
import com.fks.copilot.gateway.backtest.OffHoursBacktest;
import com.fks.copilot.gateway.backtest.RecordedJournal;
import com.fks.copilot.gateway.bridge.RingRequests;
import com.fks.copilot.gateway.bridge.RiskHistory;
import com.fks.copilot.gateway.grok.EngineFactsReader;
import com.fks.copilot.gateway.grok.GrokHistory;
import com.fks.copilot.gateway.grok.GrokStage;
import com.fks.copilot.gateway.grok.GrokViews;
import com.fks.copilot.gateway.feed.ClockShift;
import com.fks.copilot.gateway.feed.FeedStatus;
import com.fks.copilot.gateway.feed.LiveFeed;
import com.fks.copilot.gateway.http.DataDirStatus;
import com.fks.copilot.gateway.http.Health;
import com.fks.copilot.gateway.http.HistoryHealth;
import com.fks.copilot.gateway.http.HttpRoutes;
import com.fks.copilot.gateway.http.HttpServer;
import com.fks.copilot.gateway.http.JournalStatus;
import com.fks.copilot.gateway.io.IoLoops;
import com.fks.copilot.gateway.metrics.CopilotMetrics;
import com.fks.copilot.gateway.metrics.FeedReading;
import com.fks.copilot.gateway.metrics.MetricSources;
import com.fks.copilot.gateway.http.RouteServices;
import com.fks.copilot.gateway.http.StartupRecovery;
import com.fks.copilot.gateway.sse.AlertLog;
import com.fks.copilot.gateway.sse.DashboardPublisher;
import com.fks.copilot.gateway.sse.SessionChangePublisher;
import com.fks.copilot.gateway.sse.SseHub;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.MarketTime;
import com.fks.copilot.gateway.views.OptimiserSuggestions;
import com.fks.copilot.gateway.views.Views;
import com.fks.copilot.journal.audit.AuditQueries;
import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.drain.PostgresDrain;
import com.fks.copilot.journal.history.HistoricalBarStore;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.queue.JournalRetention;
import com.fks.copilot.journal.queue.OutputJournal;
import com.fks.copilot.journal.replay.JournalDigest;
import com.fks.copilot.journal.replay.OutputJournalReader;
import com.fks.copilot.journal.replay.RecordedDay;
import com.fks.copilot.journal.replay.Recovery;
import com.fks.copilot.journal.replay.ReplayReport;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    /** An OFF-HOURS backtest past this is stopped: a day of demo history takes seconds, 20 live days a few minutes. */
    private static final Duration BACKTEST_TIME_LIMIT = Duration.ofMinutes(10);

    private final AppSettings settings;
    private final long startedNanos = System.nanoTime();
    /** Whether the input journal takes appends; the feeds, the HTTP edge and monitoring read it. */
    private final JournalHealth journalHealth = new JournalHealth();
    private EngineStateStore store;
    private InputJournal input;
    private OutputJournal output;
    private Engine engine;
    private EngineRing ring;
    private SseHub hub;
    private HttpServer server;
    private IoLoops loops;
    private ScheduledFuture<?> heartbeat;
    private java.util.concurrent.ScheduledExecutorService upkeep;
    private JournalHousekeeping housekeeping;
    private volatile long lastScrapedInputIndex = -1;
    private PacedFeed demoFeed;
    private Thread demoFeedThread;
    private WallClock wallClock;
    private Database historyDb;
    private PostgresDrain drain;
    private ExecutorService historyQueries;
    private GrokStage grok;
    private JournalPlayback playback;
    private LiveFeed liveFeed;
    private StartupRecovery recovery = StartupRecovery.NONE;
    private boolean ringClosed;
    private BackfillService backfill;
    private OffHoursBacktest offHoursBacktest;
    private RecordedDay recordedDay;
    /** The demo day as prepared: the one asked for, or that day appended to the journal's earlier ones. */
    private DemoPlan demoPlan;

    private CopilotApp(AppSettings settings) {
        this.settings = settings;
    }

    public static CopilotApp start(AppSettings settings) throws InterruptedException {
        settings.requireKeyBeyondLoopback();
        CopilotApp app = new CopilotApp(settings);
        try {
            app.startAll();
        } catch (RuntimeException | InterruptedException e) {
            app.close();
            throw e;
        }
        return app;
    }

    private void startAll() throws InterruptedException {
        if (settings.source() instanceof MarketSource.Demo demo) {
            demoPlan = demo.plan().prepare(settings.dataDir(), false);
        }
        long opening = System.nanoTime();
        store = EngineStateStore.open(settings.dataDir());
        input = new InputJournal(settings.dataDir(), journalHealth);
        input.checkRoom(settings.journal().reserveBytes()); // a disk already short of room holds the inputs from the start
        if (settings.source() instanceof MarketSource.Recorded && input.lastIndex() >= 0) {
            throw new IllegalStateException("a replay plays into a fresh data dir, and " + settings.dataDir().toAbsolutePath()
                    + " already holds a journal");
        }
        output = new OutputJournal(settings.dataDir(), journalHealth);
        engine = new Engine(store, output, settings.rules());
        Optional<SnapshotManifest> snapshot = store.restoredFrom();
        if (engine.rebuiltAfterInterruptedCommit()) {
            LOG.log(System.Logger.Level.WARNING, "state in {0} was cut off by a crash: {1}", settings.dataDir().toAbsolutePath(),
                    snapshot.map(s -> "restored from the snapshot of trading day " + s.day() + " (journal index "
                            + s.appliedIndex() + "), replaying the journal after it")
                            .orElse("no valid snapshot, rebuilding it from the whole input journal"));
        }
        long replayed = Recovery.catchUp(input, engine);
        output.handOver(); // recovery may have appended on this thread; the engine thread appends from now on
        recovery = new StartupRecovery(store.recoveredAfterCrash(), replayed,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - opening),
                snapshot.map(s -> s.day().toString()).orElse(null), snapshot.map(SnapshotManifest::appliedIndex).orElse(-1L));
        LOG.log(System.Logger.Level.INFO, "data dir {0}: journal index {1}, {2}; {3} events re-applied in {4} ms{5}",
                settings.dataDir().toAbsolutePath(), engine.appliedIndex(), recovery.afterCrash()
                        ? "the last run did not stop cleanly (state recovered)" : "state as the last run left it",
                replayed, recovery.durationMillis(), snapshot.map(s -> " after the snapshot of trading day " + s.day()).orElse(""));

        Views views = new Views();
        hub = new SseHub(settings.heartbeatSeconds());
        RiskHistory history = new RiskHistory(settings.rules());
        GrokHistory grokHistory = new GrokHistory();
        AlertLog alerts = new AlertLog(settings.rules());
        BacktestResults backtests = new BacktestResults();
        OutputJournalReader.readAll(output.queue(), event -> { // one pass over the day's output fills all four
            history.emit(event);
            grokHistory.emit(event);
            alerts.emit(event);
            backtests.emit(event);
        });
        output.addListener(history);
        output.addListener(grokHistory);
        output.addListener(alerts);
        output.addListener(backtests);
        output.addListener(new SessionChangePublisher(hub, views));
        if (settings.database() != null) {
            historyDb = Database.open(settings.database(), "history", 4); // one pool: drain, audit, backfill, warm-up
        }
        BackfillApi backfillApi = startBackfill();
        RingRequests requests = new RingRequests();
        DashboardState state = new DashboardState(store);
        GrokStage grokStage = grokStage(requests, state, grokHistory);
        RingStats ringStats = new RingStats();
        LatencyBuckets publishLatency = new LatencyBuckets();
        CopilotMetrics metrics = metrics(ringStats, publishLatency, state).startedAfter(recovery);
        output.addListener(metrics.trading());
        loops = IoLoops.forTopology(settings.threading().topology());
        ring = new EngineRing(settings.ringSize(), settings.threading(), loops.ringDrain(), input,
                new EngineHandler(engine, ringStats),
                List.of(new DashboardPublisher(hub, views, settings.rules(), state, alerts, settings.cardWindow().toNanos(),
                        grokStage).quietUntil(historyEndsNanos()).measuredIn(publishLatency), requests)).start();
        requests.attach(ring);
        startOffHoursBacktest(requests);
        LOG.log(System.Logger.Level.INFO, "ring: {0,number,#} slots, {1}{2}", settings.ringSize(), settings.threading().name(),
                loops.shared().isPresent() ? "; drained on the I/O loop that serves HTTP and reads the feed" : "");

        AuditQueries audit = startHistory();
        server = loops.shared().map(HttpServer::new).orElseGet(HttpServer::new).observedBy(metrics.http())
                .start(settings.bind(), settings.port(), new HttpRoutes(state, hub, views, this::health,
                requests, history, alerts, settings.rules(), new RouteServices(audit, historyQueries, backfillApi, grokStage,
                        this::playingHistory, metrics, journalHealth, backtests,
                        new OptimiserSuggestions(SuggestionsFile.of(settings.dataDir())))),
                settings.edge());
        heartbeat = server.workers().next().scheduleAtFixedRate(
                () -> hub.announce("heartbeat", Instant.now().toString()),
                settings.heartbeatSeconds(), settings.heartbeatSeconds(), TimeUnit.SECONDS);
        startJournalUpkeep();
        LOG.log(System.Logger.Level.INFO, "dashboard at http://{0}:{1,number,#}/", settings.bind(), server.port());
        startSource();
    }

    /**
     * A full disk stops the inputs; a check each second notices when it has room again, so they resume by themselves.
     * Once a minute retention deletes the old days it may and the data dir is measured for /health. On a thread of
     * their own: the I/O loop drains the ring on small machines, and a file-system call has no place there.
     */
    private void startJournalUpkeep() {
        housekeeping = new JournalHousekeeping(settings.dataDir(), input.queue(), new JournalRetention(input.queue(),
                output.queue(), store.snapshots(), settings.journal().retention(), drain == null ? null : drain::drained),
                drain != null);
        upkeep = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "journal-upkeep");
            thread.setDaemon(true);
            return thread;
        });
        upkeep.scheduleWithFixedDelay(() -> input.checkRoom(settings.journal().reserveBytes()), 1, 1, TimeUnit.SECONDS);
        upkeep.scheduleWithFixedDelay(housekeeping::run, 0, 1, TimeUnit.MINUTES); // the first pass at once, off the start
    }

    /** Runs a housekeeping pass now (retention, then the data dir's measure) and returns what /health will show. */
    public DataDirStatus tidyDataDir() {
        return housekeeping.run();
    }

    /** The Prometheus families, read from the parts below when scraped (the ring and drain once they exist). */
    private CopilotMetrics metrics(RingStats ringStats, LatencyBuckets publishLatency, DashboardState state) {
        return new CopilotMetrics(new MetricSources(ringStats, () -> ring.remainingCapacity(), () -> ring.failures(),
                publishLatency, hub, state, settings.rules(), this::inputIndexForScrape, () -> output.queue().lastIndex(),
                settings.database() == null ? null : () -> drain == null ? List.of() : drain.lag(), this::feedReading, journalHealth));
    }

    /**
     * The input journal's last index, or the last one read while the disk is full: on a full tmpfs even reading the
     * queue's end can fault (a SIGBUS, as an InternalError), and a scrape must still answer.
     */
    private long inputIndexForScrape() {
        try {
            lastScrapedInputIndex = input.lastIndex();
        } catch (RuntimeException | InternalError unreadable) {
            // keep the last one read
        }
        return lastScrapedInputIndex;
    }

    /** The market source for monitoring: the demo or a replay while it plays, the live feed as it reports itself. */
    private FeedReading feedReading() {
        if (demoFeed != null || playback != null) {
            boolean playing = demoFeed != null ? !demoFeed.finished() : !playback.finished();
            return new FeedReading(playing, 0, 0, Double.NaN);
        }
        if (liveFeed != null) {
            FeedStatus status = liveFeed.status();
            return new FeedReading(status.connected(), status.reconnects(), status.gapBars(),
                    status.lastMessageAgeMillis() == null ? Double.NaN : status.lastMessageAgeMillis() / 1000.0);
        }
        return FeedReading.NONE;
    }

    /**
     * With a database configured: the drain of both journals into Postgres (never blocking the ring;
     * it retries while Postgres is away) and the audit queries. Without one: neither.
     */
    private AuditQueries startHistory() {
        historyQueries = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "history-queries");
            thread.setDaemon(true);
            return thread;
        });
        if (settings.database() == null) {
            LOG.log(System.Logger.Level.INFO, "history database: none (set --db-url or COPILOT_DB_URL to drain the journals into Postgres)");
            return null;
        }
        drain = new PostgresDrain(historyDb, input.queue(), output.queue(), PostgresDrain.DEFAULT_BATCH,
                settings.rules()).start();
        LOG.log(System.Logger.Level.INFO, "history database: draining both journals into {0}",
                settings.database().redactedUrl());
        return new AuditQueries(historyDb.dataSource());
    }

    /**
     * The OFF-HOURS backtest of the app's own journal: live and demo runs only. A replay plays a recorded day into a
     * fresh data dir, and the day's own run, if it had one, is in the journal it came from.
     */
    private void startOffHoursBacktest(RingRequests requests) {
        if (settings.source() instanceof MarketSource.Recorded) {
            return;
        }
        offHoursBacktest = new OffHoursBacktest(() -> new RecordedJournal(settings.dataDir()), settings.rules(),
                requests::submit, BACKTEST_TIME_LIMIT);
        output.addListener(new OffHoursTrigger(offHoursBacktest, historyEndsNanos()));
    }

    /** The backfill when a database is configured; runs start at OFF-HOURS when a Massive key is set too. */
    private BackfillApi startBackfill() {
        BackfillSetup setup = settings.backfill();
        if (setup == null) {
            return BackfillApi.notConfigured();
        }
        backfill = BackfillService.open(historyDb, setup.massive(), setup.plan(), Clock.systemUTC());
        if (backfill.canRun()) {
            output.addListener(new OffHoursTrigger(backfill));
        }
        LOG.log(System.Logger.Level.INFO, "backfill: database {0}, {1}", setup.db().redactedUrl(), backfill.canRun()
                ? "runs when the session turns OFF-HOURS" : "no MASSIVE_API_KEY, status and gap reports only");
        return new BackfillApi(backfill);
    }

    /**
     * A live run with a history database: contracts with no bar history yet (a fresh data dir) get
     * the stored 1-minute bars of the last five days first, so indicators start warm. Skipped, with a
     * warning, while the database cannot be read: the engine then warms from the live feed.
     */
    private long[] warmUpFromStoredBars() {
        long[] lastTick = new long[Instruments.count()];
        if (historyDb == null) {
            return lastTick;
        }
        BarHistory scratch = new BarHistory(EngineStateStore.ONE_MINUTE_BARS);
        try {
            StoredBarsWarmup warmup = new StoredBarsWarmup(new HistoricalBarStore(historyDb.dataSource(), 1), ring);
            int bars = warmup.publish(Instant.now(), StoredBarsWarmup.LOOKBACK,
                    i -> !store.readOneMinuteBars(i, scratch) || scratch.count == 0);
            LOG.log(System.Logger.Level.INFO, "warm-up: {0} stored 1-minute bars published before the live feed", bars);
            return warmup.lastTickNanos();
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "warm-up from stored bars skipped: " + e.getMessage());
            return lastTick;
        }
    }

    private static long[] latest(long[] a, long[] b) {
        long[] max = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            max[i] = Math.max(a[i], b[i]);
        }
        return max;
    }

    /** The backfill inside this app, if a database is configured. */
    public Optional<BackfillService> backfill() {
        return Optional.ofNullable(backfill);
    }

    /** While a demo plays its prior days (mutations then would carry a past day's event time). */
    private boolean playingHistory() {
        return demoPlan != null && demoPlan.hasHistory()
                && (demoFeed == null || demoFeed.playingHistory()); // not started yet: the history is still to come
    }

    /** The one day a replay plays, read from its journal once. */
    private RecordedDay recordedDay(MarketSource.Recorded recorded) {
        if (recordedDay == null) {
            recordedDay = RecordedDay.of(recorded.dataDir(), recorded.day());
        }
        return recordedDay;
    }

    /** A demo's prior days are history the dashboard does not stream; other sources have none. */
    private long historyEndsNanos() {
        if (settings.source() instanceof MarketSource.Recorded recorded && recorded.day() != null) {
            return recordedDay(recorded).startsNanos(); // the days before it: unpaced, unstreamed
        }
        return demoPlan != null ? demoPlan.historyEndsNanos() : Long.MIN_VALUE;
    }

    /** The co-pilot's voice: Grok's answers enter the ring as GROK_SUMMARY input events, journaled like any input. */
    private GrokStage grokStage(RingRequests requests, DashboardState state, GrokHistory history) {
        grok = new GrokStage(settings.grok(), requests, new EngineFactsReader(store, state, settings.rules()), history,
                new GrokViews(), hub);
        return grok;
    }

    private void startSource() throws InterruptedException {
        if (settings.source() instanceof MarketSource.Demo demo) {
            DemoPlan plan = demoPlan;
            long resumeAfter = plan.resumeAfter(input);
            demoFeed = new PacedFeed(plan.day(), ring, demo.speed(), resumeAfter, journalHealth::accepting);
            demoFeedThread = demoFeed.startThread();
            LOG.log(System.Logger.Level.INFO, "demo feed: {0} {1}–{2} ET after {3} prior trading days{7}, seed {4}, speed {5},"
                    + " resuming after event {6}", plan.date(), plan.start(), plan.end(), plan.historyDays(), plan.seed(),
                    demo.speed() > 0 ? demo.speed() + "x" : "max", resumeAfter, plan.continuation() == null ? ""
                            : " (appended to the days already in the journal, from the prices it ended at)");
        } else if (settings.source() instanceof MarketSource.Recorded recorded) {
            playback = recorded.day() == null
                    ? new JournalPlayback(recorded.dataDir(), ring, recorded.speed(), journalHealth::accepting)
                    : JournalPlayback.ofDay(recordedDay(recorded), recorded.dataDir(), ring, recorded.speed(),
                    journalHealth::accepting);
            playback.startThread();
            LOG.log(System.Logger.Level.INFO, "replaying the journal in {0} at {1}", recorded.dataDir().toAbsolutePath(),
                    recorded.speed() > 0 ? recorded.speed() + "x" : "max");
        } else if (settings.source() instanceof MarketSource.Massive massive) {
            if (massive.warmUpTrades() > 0) {
                HotPathWarmup.run(massive.warmUpTrades(), settings.rules(), HotPathWarmup.SETTLE_LIMIT, loops.shared().orElse(null));
            }
            long[] warmedUpTo = warmUpFromStoredBars();
            JournalGate gated = new JournalGate(ring, journalHealth); // a full disk drops live trades and seconds
            wallClock = new WallClock(new ClockShift(gated, massive.feed().clockDelay()));
            wallClock.startThread();
            LOG.log(System.Logger.Level.INFO, "wall clock {0}", massive.feed().clockDelay().isZero() ? "on real time"
                    : "delayed by " + massive.feed().clockDelay().toMinutes() + " min, with the delayed plan's trades");
            // the feed fills the minutes after the last journaled or warm-up trade from the REST aggregates
            // what the journal and the stored bars lack of the warm-up window comes from the REST aggregates
            liveFeed = LiveFeed.start(massive.feed(), massive.rest(), Instruments.all(), gated, latest(lastTickTimes(), warmedUpTo),
                    loops.shared().orElse(null));
        } else {
            warmUpFromStoredBars();
            wallClock = new WallClock(new JournalGate(ring, journalHealth));
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
                drain == null ? HistoryHealth.off() : HistoryHealth.of(settings.database().redactedUrl(), drain.lag()),
                feedStatus().orElse(null), recovery, JournalStatus.of(journalHealth),
                housekeeping == null ? null : housekeeping.status());
    }

    /** The live feed's status, on runs with one. */
    public Optional<FeedStatus> feedStatus() {
        return liveFeed == null ? Optional.empty() : Optional.of(liveFeed.status());
    }

    public SingleChronicleQueue inputQueue() {
        return input.queue();
    }

    public SingleChronicleQueue outputQueue() {
        return output.queue();
    }

    /** The engine's closed 1-minute bars of a contract, as persisted (a copy). */
    public BarHistory oneMinuteBars(int instrument) {
        BarHistory bars = new BarHistory(EngineStateStore.ONE_MINUTE_BARS);
        store.readOneMinuteBars(instrument, bars);
        return bars;
    }

    /** The Postgres drain, or null when no database is configured. */
    public PostgresDrain drain() {
        return drain;
    }

    private String feedName() {
        if (demoFeed != null) {
            return demoFeed.finished() ? "demo (day complete)" : "demo";
        }
        if (playback != null) {
            return playback.finished() ? "replay (day complete)" : "replay";
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
        return recovery.eventsReplayed();
    }

    public EngineRing ring() {
        return ring;
    }

    public SseHub hub() {
        return hub;
    }

    /** Blocks until the demo feed or the journal playback has published its last event. */
    public void awaitFeedFinished() throws InterruptedException {
        while ((demoFeed != null && !demoFeed.finished()) || (playback != null && !playback.finished())) {
            Thread.sleep(20);
        }
    }

    /**
     * After {@link #awaitFeedFinished()}: waits until the ring has passed every published event on (a session change to
     * OFF-HOURS among them has asked for its backtest) and the OFF-HOURS backtest has journaled or stopped, so a run
     * that exits at the end of its day reports the same output journal every time.
     */
    public void awaitOffHoursWork() throws InterruptedException {
        if (offHoursBacktest == null) {
            return;
        }
        while (ring.remainingCapacity() < settings.ringSize()) {
            Thread.sleep(20);
        }
        offHoursBacktest.awaitIdle();
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
            try {
                demoFeedThread.join(1_000); // its last event is in the ring before the ring drains, not after
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (grok != null) {
            grok.close();
        }
        if (offHoursBacktest != null) {
            offHoursBacktest.close(); // a run in progress stops and journals nothing once the ring is closing
        }
        if (liveFeed != null) {
            liveFeed.close();
        }
        if (wallClock != null) {
            wallClock.stop();
        }
        if (playback != null) {
            playback.stop();
        }
    }

    private void closeRing() {
        if (!ringClosed) {
            ringClosed = true;
            ring.close();
        }
    }

    private void closeHistory() {
        if (drain != null) {
            try {
                drain.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (historyQueries != null) {
            historyQueries.shutdownNow();
        }
        if (historyDb != null) {
            historyDb.close();
        }
    }

    /**
     * Stops in the order that loses nothing: the sources (no new events), the server (no new requests), the ring
     * (every published event passes every stage), the drain, then the journals and the maps, which mark a clean stop.
     */
    @Override
    public void close() {
        stopSources();
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        if (upkeep != null) {
            upkeep.shutdownNow();
        }
        if (hub != null) {
            hub.close();
        }
        if (server != null) {
            server.close();
        }
        if (ring != null) {
            closeRing(); // on the shared loop: before the loop stops
        }
        if (loops != null) {
            loops.close();
        }
        if (backfill != null) {
            backfill.close(); // before the history pool it shares
        }
        closeHistory();
        if (output != null) {
            output.close();
        }
        if (input != null) {
            input.close();
        }
        if (store != null) {
            store.close();
        }
    }
}
