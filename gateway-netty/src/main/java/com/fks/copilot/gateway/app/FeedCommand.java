package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.gateway.feed.ContractRoute;
import com.fks.copilot.gateway.feed.ContractRoutes;
import com.fks.copilot.gateway.feed.FeedEvent;
import com.fks.copilot.gateway.feed.FeedEventListener;
import com.fks.copilot.gateway.feed.FeedMonitor;
import com.fks.copilot.gateway.feed.FeedSettings;
import com.fks.copilot.gateway.feed.FeedState;
import com.fks.copilot.gateway.feed.FeedStatus;
import com.fks.copilot.gateway.feed.FrontMonths;
import com.fks.copilot.gateway.feed.MassiveFeed;
import com.fks.copilot.gateway.massive.MassiveException;
import com.fks.copilot.gateway.massive.MassiveRest;
import com.fks.copilot.gateway.massive.MassiveSettings;
import com.fks.copilot.journal.history.GlobexSchedule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code copilot feed}: the trader's first-boot check of the live feed. Resolves today's front
 * months, connects with the configured key, prints the first events of each contract and exits:
 * 0 when Massive accepted the key and the subscription (a closed market may send no trades),
 * 1 when it refused the key, 2 when the configuration is wrong, 3 when Massive could not be reached.
 */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = {"Check the live feed before the first 'run': resolve today's front months,",
                "connect with MASSIVE_API_KEY, print the first events of each contract, and exit.",
                "Exit status: 0 key accepted and subscribed, 1 key refused, 2 configuration,",
                "3 Massive unreachable."})
final class FeedCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--massive-key", defaultValue = "${env:MASSIVE_API_KEY}",
            description = "Massive.com API key (default: $MASSIVE_API_KEY).")
    String massiveKey;

    @Option(names = "--massive-url", defaultValue = "${env:MASSIVE_REST_URL:-https://api.massive.com}",
            description = "Massive REST base URL, for the contract listing (default: $MASSIVE_REST_URL or ${DEFAULT-VALUE}).")
    URI massiveUrl;

    @CommandLine.Mixin
    FeedOptions feed = new FeedOptions();

    @Option(names = "--events", description = "Events to print per contract before exiting (default ${DEFAULT-VALUE}).")
    int events = 3;

    @Option(names = "--seconds", description = "Longest wait for those events (default ${DEFAULT-VALUE}).")
    int seconds = 30;

    @Option(names = "--date", description = "Trading date whose front months to use (default: the current Globex trading date).")
    LocalDate date;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (massiveKey == null || massiveKey.isBlank()) {
            err.println("MASSIVE_API_KEY is not set: export it (or pass --massive-key) and try again.");
            return 2;
        }
        FeedSettings settings;
        try {
            settings = feed.settings(massiveKey.trim());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        LocalDate tradingDate = date != null ? date : GlobexSchedule.tradingDate(Instant.now());
        ContractRoutes routes;
        try {
            routes = frontMonths(massiveUrl, massiveKey.trim(), settings.dataRoots(), settings.rollDays(), tradingDate);
        } catch (MassiveException e) {
            err.println("contract listing failed: " + e.getMessage());
            return keyRefused(e) ? 1 : 3;
        } catch (IOException e) {
            err.println("cannot reach Massive at " + massiveUrl + ": " + e.getMessage());
            return 3;
        }
        printMapping(out, routes, tradingDate, settings.rollDays());
        if (routes.isEmpty()) {
            err.println("Massive lists no front month for any contract on " + tradingDate);
            return 3;
        }
        return watch(out, err, settings, routes);
    }

    /** The front months on {@code tradingDate} from Massive's contract listing: the first call, so the one that tells whether Massive takes the key. */
    static ContractRoutes frontMonths(URI massiveUrl, String key, Map<String, String> dataRoots, int rollDays,
                                      LocalDate tradingDate) throws IOException, InterruptedException {
        return new FrontMonths(new MassiveRest(MassiveSettings.of(massiveUrl, key, 0)), dataRoots, rollDays)
                .resolve(Instruments.all(), tradingDate);
    }

    static boolean keyRefused(MassiveException e) {
        return e.status() == 401 || e.status() == 403;
    }

    private static void printMapping(PrintWriter out, ContractRoutes routes, LocalDate tradingDate, int rollDays) {
        out.printf("Front months on %s (roll %d days before the last trade date):%n", tradingDate, rollDays);
        for (ContractRoute route : routes.all()) {
            out.printf("  %-4s <- %-7s (data %s, last trade %s, rolls %s)%n", route.instrument().symbol(), route.ticker(),
                    route.dataRoot(), route.contract().lastTradeDate(), route.rollDate());
        }
        out.flush();
    }

    private int watch(PrintWriter out, PrintWriter err, FeedSettings settings, ContractRoutes routes)
            throws InterruptedException {
        FeedMonitor monitor = new FeedMonitor(settings.plan());
        FirstEvents printer = new FirstEvents(out, routes, events);
        out.printf("Connecting to %s (%s plan)...%n", settings.webSocketUrl(), settings.plan());
        out.flush();
        MassiveFeed connection = new MassiveFeed(settings, routes, monitor).start(printer, () -> { });
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            while (!printer.done.await(50, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline
                    && monitor.state() != FeedState.AUTH_FAILED) {
                Thread.onSpinWait();
            }
        } finally {
            connection.close();
        }
        FeedStatus status = monitor.snapshot();
        if (monitor.state() == FeedState.AUTH_FAILED) {
            err.println("Massive refused the key: " + status.lastError());
            return 1;
        }
        if (monitor.authentications() == 0) {
            err.println("no authenticated connection within " + seconds + " s: "
                    + (status.lastError() == null ? "no answer" : status.lastError()));
            return 3;
        }
        out.printf("OK: key accepted, subscribed (%s); %d events seen.%s%n", status.plan(), printer.seen(),
                printer.quiet().isEmpty() ? "" : " No events yet for " + printer.quiet() + " (market closed or quiet?).");
        return 0;
    }

    /** Prints each contract's first events (trades and minute bars); runs on the feed's event loop. */
    private static final class FirstEvents implements FeedEventListener {
        private final PrintWriter out;
        private final ContractRoutes routes;
        private final int wanted;
        private final int[] printed = new int[Instruments.count()];
        private final CountDownLatch done;
        private int seen;

        FirstEvents(PrintWriter out, ContractRoutes routes, int wanted) {
            this.out = out;
            this.routes = routes;
            this.wanted = wanted;
            this.done = new CountDownLatch(routes.all().size());
        }

        @Override
        public void onEvent(FeedEvent event) {
            int index = routes.instrumentOf(event);
            if (index < 0 || printed[index] >= wanted || (event.type != FeedEvent.TRADE && event.type != FeedEvent.MINUTE_BAR)) {
                return;
            }
            Instrument instrument = Instruments.byIndex(index);
            int decimals = instrument.decimals();
            if (event.type == FeedEvent.TRADE) {
                out.printf("  %-4s %-7s trade %s x%d at %s q=%d%n", instrument.symbol(), event.symbolText(),
                        Prices.format(event.price, decimals), event.size, Instant.ofEpochMilli(event.timeMillis), event.sequence);
            } else {
                out.printf("  %-4s %-7s bar   %s O %s H %s L %s C %s V %d%n", instrument.symbol(), event.symbolText(),
                        Instant.ofEpochMilli(event.startMillis), Prices.format(event.open, decimals),
                        Prices.format(event.high, decimals), Prices.format(event.low, decimals),
                        Prices.format(event.close, decimals), event.volume);
            }
            out.flush();
            seen++;
            if (++printed[index] == wanted) {
                done.countDown();
            }
        }

        int seen() {
            return seen;
        }

        String quiet() {
            StringBuilder names = new StringBuilder();
            for (ContractRoute route : routes.all()) {
                if (printed[route.instrument().index()] == 0) {
                    names.append(names.isEmpty() ? "" : ", ").append(route.instrument().symbol());
                }
            }
            return names.toString();
        }
    }
}
