package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.engine.ring.RingTopology;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.gateway.backfill.BackfillSettings;
import com.fks.copilot.gateway.grok.GrokSettings;
import com.fks.copilot.gateway.massive.MassiveSettings;
import com.fks.copilot.journal.replay.RecordedDay;
import com.fks.copilot.journal.replay.Replay;
import com.fks.copilot.journal.replay.ReplayReport;
import com.fks.copilot.journal.queue.JournalRetention;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code scripts/copilot}: the one launcher. Subcommands are the ways a trader runs FKS Co-Pilot. */
@Command(name = "copilot", mixinStandardHelpOptions = true, version = "FKS Co-Pilot 0.1",
        description = {"FKS Co-Pilot: the day trader's co-pilot for CME micro futures (MGC, MNQ, MES, MCL, SIL, MHG).",
                "Start with 'copilot demo' and open http://localhost:8000."},
        subcommands = {CopilotCommand.Demo.class, CopilotCommand.Run.class, CopilotCommand.ReplayDay.class,
                AnalyzeCommand.class, BacktestCommand.class, OptimizeCommand.class, DbCommand.class, BackfillCommand.class, FeedCommand.class, VerifyCommand.class,
                CommandLine.HelpCommand.class})
public final class CopilotCommand {

    public static void main(String[] args) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s: %5$s%6$s%n");
        System.exit(new CommandLine(new CopilotCommand()).execute(args));
    }

    /** Options every server subcommand shares. */
    static class ServerOptions {
        @Option(names = "--port", description = "HTTP port of the dashboard (default ${DEFAULT-VALUE}; 0 picks a free one).")
        int port = AppSettings.DEFAULT_PORT;

        @Option(names = "--bind", description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
        String bind = AppSettings.DEFAULT_BIND;

        @Option(names = "--wait-strategy", description = "Ring threads: auto, pinned, yielding or blocking (default ${DEFAULT-VALUE}: pinned when 4+ cores, else blocking).")
        String waitStrategy = "auto";

        @Option(names = "--ring-topology", description = "Ring stages: auto, one-thread (journal, engine and dashboard on the I/O loop) "
                + "or stages (a thread each) (default ${DEFAULT-VALUE}: stages when 4+ cores, else one-thread).")
        String ringTopology = "auto";

        RingThreading threading() {
            RingThreading wait = RingThreading.named(waitStrategy);
            return "auto".equals(ringTopology) ? wait : wait.with(RingTopology.named(ringTopology));
        }

        @Option(names = "--ring-size", description = "Ring slots, a power of two (default ${DEFAULT-VALUE}).")
        int ringSize = 16384;

        @Option(names = "--api-key", defaultValue = "${env:COPILOT_API_KEY}",
                description = "Key every POST, PUT, PATCH and DELETE must carry as X-API-Key (default: $COPILOT_API_KEY; none = no check; "
                        + "required when --bind is not a loopback address).")
        String apiKey;

        @Option(names = "--allowed-host", split = ",", defaultValue = "${env:COPILOT_ALLOWED_HOSTS}",
                description = "More names this server answers to in Host, comma-separated (default: $COPILOT_ALLOWED_HOSTS): "
                        + "a LAN name or alias the NinjaTrader machine or a browser uses. Loopback names and the --bind address always work.")
        java.util.List<String> allowedHosts = new java.util.ArrayList<>();

        @Option(names = "--api-key-file", description = "Read the API key from the first line of this file instead "
                + "(keeps it out of the process list and shell history).")
        Path apiKeyFile;

        private String apiKey() {
            if (apiKeyFile == null) {
                return apiKey;
            }
            try {
                return Files.readAllLines(apiKeyFile).stream().findFirst().map(String::trim).orElse("");
            } catch (IOException e) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "--api-key-file " + apiKeyFile + " cannot be read: " + e.getMessage());
            }
        }

        @CommandLine.Mixin
        DatabaseOptions database = new DatabaseOptions();

        @CommandLine.Mixin
        MassiveOptions massive = new MassiveOptions();

        @CommandLine.Mixin
        RateLimitOptions rateLimits = new RateLimitOptions();

        @Option(names = "--xai-base-url", defaultValue = "${env:XAI_BASE_URL}",
                description = "xAI API root (default: $XAI_BASE_URL, else " + GrokSettings.DEFAULT_BASE_URL + ").")
        String xaiBaseUrl;

        @Option(names = "--xai-model", defaultValue = "${env:XAI_MODEL}",
                description = "Grok model (default: $XAI_MODEL, else " + GrokSettings.DEFAULT_MODEL + ").")
        String xaiModel;

        @Option(names = "--xai-api-key", defaultValue = "${env:XAI_API_KEY}",
                description = "xAI key that switches Grok on (default: $XAI_API_KEY; none = summaries made locally).")
        String xaiApiKey;

        @Option(names = "--xai-timeout-ms", defaultValue = "${env:XAI_TIMEOUT_MS:-8000}",
                description = "How long a summary waits for Grok before the local one is used (default ${DEFAULT-VALUE} ms).")
        long xaiTimeoutMs;

        GrokSettings grok() {
            if (xaiTimeoutMs <= 0) {
                throw new CommandLine.TypeConversionException("--xai-timeout-ms must be positive: " + xaiTimeoutMs);
            }
            return GrokSettings.of(xaiBaseUrl, xaiModel, xaiApiKey, java.time.Duration.ofMillis(xaiTimeoutMs));
        }

        @Option(names = "--card-window", description = "Seconds of event time between two updates of one focus card; prices still go out on every trade (default ${DEFAULT-VALUE}).")
        double cardWindowSeconds = AppSettings.DEFAULT_CARD_WINDOW.toSeconds();

        @Option(names = "--journal-reserve-mb", defaultValue = "${env:COPILOT_JOURNAL_RESERVE_MB:-64}",
                description = "MiB kept free on the journals' disk: below it the feed pauses and changes are refused (503)"
                        + " until there is more room (default ${DEFAULT-VALUE}; env COPILOT_JOURNAL_RESERVE_MB).")
        long journalReserveMb;

        @Option(names = "--retain-days", defaultValue = "${env:COPILOT_RETAIN_DAYS:-30}",
                description = "Trading days of journal kept behind the newest one; older days are deleted once the history"
                        + " database has drained them and no state snapshot needs them (default ${DEFAULT-VALUE};"
                        + " env COPILOT_RETAIN_DAYS).")
        int retainDays;

        @Option(names = "--retain-without-db", defaultValue = "${env:COPILOT_RETAIN_WITHOUT_DB:-false}",
                description = "Delete journal days older than --retain-days even without a history database (otherwise"
                        + " every day is kept: the journal is then the only record; env COPILOT_RETAIN_WITHOUT_DB).")
        boolean retainWithoutDb;

        /** Everything these options set on a run's settings. */
        AppSettings apply(AppSettings settings) {
            if (journalReserveMb < 0) {
                throw new CommandLine.TypeConversionException("--journal-reserve-mb must not be negative: " + journalReserveMb);
            }
            if (retainDays < 1) {
                throw new CommandLine.TypeConversionException("--retain-days must be at least 1: " + retainDays);
            }
            return settings.withEdge(settings.edge().withApiKey(apiKey()).withRateLimits(rateLimits.settings())
                            .withAllowedHosts(allowedHosts == null ? java.util.List.of() : allowedHosts)).withCardWindow(java.time.Duration.ofNanos((long) (cardWindowSeconds * 1e9)))
                    .withGrok(grok()).withDatabase(database.settings()).withMassive(massive.settings())
                    .withBackfillPlan(BackfillSettings.fromEnvironment(System.getenv())).withJournal(new JournalKeeping(journalReserveMb << 20,
                            new JournalRetention.Policy(retainDays, retainWithoutDb)));
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = {"Run the dashboard on the built-in demo feed: a deterministic synthetic trading day",
                    "for the six contracts, through the real ring, journal and state. No keys, no database.",
                    "Restarting with the same data dir and day resumes where the journal ends."})
    static final class Demo implements Callable<Integer> {
        @CommandLine.Mixin
        ServerOptions server = new ServerOptions();

        @Option(names = "--data-dir", description = "Where journals and state live (default ${DEFAULT-VALUE}).")
        Path dataDir = Path.of("data", "demo");

        @Option(names = "--speed", description = "1 = real time, 60 = a minute per second, max = as fast as possible (default ${DEFAULT-VALUE}).")
        String speed = "1";

        @Option(names = "--date", description = "The ET trading date to simulate (default: today in New York).")
        LocalDate date;

        @Option(names = "--start", description = "ET time the demo day starts (default ${DEFAULT-VALUE}, just before the 09:30 open).")
        LocalTime start = LocalTime.of(9, 29, 30);

        @Option(names = "--end", description = "ET time the demo day ends (default ${DEFAULT-VALUE}).")
        LocalTime end = LocalTime.of(16, 0);

        @Option(names = "--seed", description = "Seed of the synthetic day (default ${DEFAULT-VALUE}).")
        long seed = 42;

        @Option(names = "--history-days", description = {"Prior trading days played before the day starts, as fast as",
                "they are taken, so the plan is on screen at the open (default ${DEFAULT-VALUE}; 0 = none)."})
        int historyDays = 5;

        @Option(names = "--fresh", description = "Clear the demo data dir and start the day again.")
        boolean fresh;

        @Option(names = "--exit-at-end", description = "When the day ends, print the run's report (state and output digests) and exit.")
        boolean exitAtEnd;

        @Override
        public Integer call() throws Exception {
            LocalDate day = date != null ? date : LocalDate.now(EasternTime.ZONE);
            if (historyDays < 0 || historyDays > 30) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--history-days must be 0 to 30: " + historyDays);
            }
            DemoPlan plan = new DemoPlan(seed, day, start, end, historyDays);
            if (fresh) {
                plan.prepare(dataDir, true);
            }
            AppSettings settings = new AppSettings(dataDir, server.bind, server.port, server.threading(),
                    server.ringSize, 30, new MarketSource.Demo(plan, parseSpeed(speed)));
            settings = server.apply(settings);
            return serve(settings, exitAtEnd);
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Run the co-pilot live. With MASSIVE_API_KEY set, today's front months stream",
                    "from Massive.com into the ring (reconnecting and gap-filling on their own);",
                    "without it, the dashboard runs on the journal in --data-dir and the wall clock.",
                    "Check the key and the contracts first with 'copilot feed'."})
    static final class Run implements Callable<Integer> {
        @CommandLine.Mixin
        ServerOptions server = new ServerOptions();

        @Option(names = "--data-dir", description = "Where journals and state live (default ${DEFAULT-VALUE}).")
        Path dataDir = Path.of("data", "live");

        @CommandLine.Mixin
        FeedOptions feed = new FeedOptions();

        @Option(names = "--warm-up-trades", description = "Synthetic trades the hot path runs on scratch state before the feed "
                + "opens, so the first real trade runs compiled code (default ${DEFAULT-VALUE}; 0 = none; nothing is journaled).")
        int warmUpTrades = HotPathWarmup.TRADES;

        @Override
        public Integer call() throws Exception {
            MassiveSettings rest = server.massive.settings();
            MarketSource source = rest == null ? new MarketSource.WallClockOnly()
                    : new MarketSource.Massive(feed.settings(rest.apiKey()), rest, Math.max(0, warmUpTrades));
            AppSettings settings = new AppSettings(dataDir, server.bind, server.port, server.threading(),
                    server.ringSize, 30, source);
            settings = server.apply(settings);
            return serve(settings, false);
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Replay a recorded day: feed the input journal of --data-dir into a fresh engine and",
                    "print the report (events, each contract's OHLCV, digests of the final state and output).",
                    "With --serve, play it into the dashboard instead, paced by its event time at --speed",
                    "(1, 10, 60 ...), so the session can be reviewed as it unfolded."})
    static final class ReplayDay implements Callable<Integer> {
        @CommandLine.Mixin
        ServerOptions server = new ServerOptions();

        @Option(names = {"--data-dir", "--journal"}, required = true, description = "The recorded data dir (holds journal/input).")
        Path dataDir;

        @Option(names = "--out", description = "Empty directory for the replayed state and output journal (default: a new temp dir).")
        Path out;

        @Option(names = "--serve", description = "Play the day into the dashboard at --speed instead of printing a report.")
        boolean serve;

        @Option(names = "--speed", description = "With --serve: 1 = as recorded, 10, 60 = a minute per second, max = as fast as possible (default ${DEFAULT-VALUE}).")
        String speed = "10";

        @Option(names = "--day", description = "One CME trading day (YYYY-MM-DD) of the journal: the days before it are applied first "
                + "(unpaced, not streamed), then that day; the report counts its events.")
        LocalDate day;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(dataDir.resolve("journal").resolve("input"))) {
                System.err.println("no input journal under " + dataDir.toAbsolutePath());
                return 2;
            }
            if (day != null) {
                try {
                    RecordedDay.of(dataDir, day);
                } catch (IllegalArgumentException refused) {
                    System.err.println("copilot replay: " + refused.getMessage());
                    return 2;
                }
            }
            Path work = out != null ? out : Files.createTempDirectory("copilot-replay");
            if (serve) {
                AppSettings settings = server.apply(new AppSettings(work, server.bind, server.port,
                        server.threading(), server.ringSize, 30,
                        new MarketSource.Recorded(dataDir, parseSpeed(speed), day)))
                        .withDatabase(null).withGrok(GrokSettings.localOnly()); // a review: no new history, no new calls
                System.out.println("replaying " + dataDir.toAbsolutePath() + " into " + work.toAbsolutePath());
                return serve(settings, false);
            }
            ReplayReport report = day == null ? Replay.run(dataDir, work) : Replay.runDay(dataDir, work, day);
            System.out.print(report.toText());
            System.out.println("replayed state in " + work.toAbsolutePath());
            return 0;
        }
    }

    static double parseSpeed(String text) {
        String value = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (value.equals("max")) {
            return 0;
        }
        double speed = Double.parseDouble(value.endsWith("x") ? value.substring(0, value.length() - 1) : value);
        if (!(speed > 0)) {
            throw new CommandLine.TypeConversionException("--speed must be a positive number or 'max': " + text);
        }
        return speed;
    }

    private static int serve(AppSettings settings, boolean exitAtEnd) throws InterruptedException {
        CopilotApp app;
        try {
            app = CopilotApp.start(settings);
        } catch (AppSettings.OpenBindRefused open) {
            System.err.println("copilot: " + open.getMessage());
            return 2;
        }
        System.out.println("FKS Co-Pilot ready: http://" + settings.bind() + ":" + app.port() + "/");
        if (exitAtEnd) {
            app.awaitFeedFinished();
            app.awaitOffHoursWork(); // the day's report includes its OFF-HOURS backtest, whatever the machine's speed
            System.out.print(app.drainAndReport().toText());
            app.close();
            return 0;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long stopping = System.nanoTime();
            app.close();
            // the JDK's logging is already reset while shutdown hooks run, so this one line goes straight out
            System.out.printf("copilot: stopped cleanly in %d ms: ring drained, journals and state closed%n",
                    (System.nanoTime() - stopping) / 1_000_000);
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }
}
