package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.feed.ContractRoute;
import com.fks.copilot.gateway.feed.ContractRoutes;
import com.fks.copilot.gateway.massive.MassiveException;
import com.fks.copilot.gateway.verify.Check;
import com.fks.copilot.gateway.verify.Check.Result;
import com.fks.copilot.gateway.verify.JsonReport;
import com.fks.copilot.gateway.verify.LocalChecks;
import com.fks.copilot.gateway.verify.PostgresChecks;
import com.fks.copilot.gateway.verify.Probe;
import com.fks.copilot.gateway.verify.Report;
import com.fks.copilot.gateway.verify.ReportTable;
import com.fks.copilot.gateway.verify.ServerChecks;
import com.fks.copilot.gateway.verify.ServerClient;
import com.fks.copilot.gateway.verify.VerifyRunner;
import com.fks.copilot.journal.db.DbSettings;
import com.fks.copilot.journal.history.GlobexSchedule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code copilot verify}: the first-boot check of a running co-pilot (the original's first_boot_verify.py
 * and smoke_test.sh). Asks the server what a trader relies on — alive, applying events, the cards, the
 * page and its stream, the risk desk — and checks the history database, the Massive key and the log
 * beside it. Exit 0 when no critical check failed, 1 when one did, 2 when nothing answers at the URL.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a running co-pilot after its first start (after 'docker compose up'):",
                "health, events applied, the cards, the dashboard and its stream, risk status,",
                "a pre-flight risk check (it changes nothing), positions, NO TRADE, backfill,",
                "feed, metrics; with --db-url the history database (reachable, migrated, a",
                "write, the drain's lag); the Massive key when MASSIVE_API_KEY is set; errors",
                "in --log. Prints a table of the checks (and with --json a JSON report).",
                "Exit status: 0 no critical check failed, 1 one did, 2 nothing answers at --url."})
final class VerifyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--url", description = "The co-pilot to check (default ${DEFAULT-VALUE}).")
    URI url = URI.create("http://127.0.0.1:" + AppSettings.DEFAULT_PORT);

    @Option(names = "--api-key", defaultValue = "${env:COPILOT_API_KEY}",
            description = "The server's key, sent as X-API-Key with the pre-flight risk check (default: $COPILOT_API_KEY).")
    String apiKey;

    @CommandLine.Mixin
    DatabaseOptions database = new DatabaseOptions();

    @CommandLine.Mixin
    MassiveOptions massive = new MassiveOptions();

    @CommandLine.Mixin
    FrontMonthOptions frontMonths = new FrontMonthOptions();

    @Option(names = "--data-dir", description = "The server's data dir, when on this machine: journals present, free space.")
    Path dataDir;

    @Option(names = "--log", description = "The server's log (e.g. 'docker compose logs app > copilot.log'): lines at ERROR/SEVERE/FATAL are counted.")
    Path log;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    Path json;

    @Option(names = "--quick", description = "Skip the slow checks (events applied within a few seconds, the stream's first event).")
    boolean quick;

    @Option(names = "--journal-seconds", description = "How long the journal index may stand still (default ${DEFAULT-VALUE}).")
    int journalSeconds = 5;

    @Option(names = "--sse-seconds", description = "How long to wait for the stream's first event (default ${DEFAULT-VALUE}; a heartbeat comes every 30 s).")
    int sseSeconds = 35;

    @Option(names = "--timeout-seconds", description = "How long one request may take (default ${DEFAULT-VALUE}).")
    int timeoutSeconds = 10;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--url must be http://HOST:PORT, got " + url);
        }
        if (journalSeconds < 1 || sseSeconds < 1 || timeoutSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--journal-seconds, --sse-seconds and --timeout-seconds must be at least 1");
        }
        DbSettings db = database.settings();
        Instant started = Instant.now();
        ServerClient client = new ServerClient(url, apiKey, Duration.ofSeconds(timeoutSeconds));
        Optional<String> unreachable = client.unreachable();
        if (unreachable.isPresent()) {
            err.println("copilot verify: " + unreachable.get() + "; is the co-pilot running (scripts/copilot run, docker compose up)?");
            err.flush();
            return finish(Report.unreachable(client.base().toString(), started, quick, unreachable.get()), err);
        }
        ReportTable table = new ReportTable(out);
        table.header(client.base().toString(), quick);
        ServerChecks server = new ServerChecks(client, Duration.ofSeconds(journalSeconds), Duration.ofSeconds(sseSeconds));
        List<Check> checks;
        try (PostgresChecks postgres = new PostgresChecks(db)) {
            List<Probe> probes = new ArrayList<>(server.probes());
            probes.addAll(postgres.probes());
            probes.add(server.drainLagProbe(db != null));
            probes.add(Probe.of("massive key", Check.Severity.CRITICAL, this::massiveKey));
            probes.add(server.grokProbe());
            probes.add(Probe.of("data dir", Check.Severity.WARNING, () -> LocalChecks.dataDir(dataDir)));
            probes.add(Probe.of("log errors", Check.Severity.WARNING, () -> LocalChecks.logErrors(log)));
            checks = VerifyRunner.run(probes, quick, table::row);
        }
        Report report = Report.of(client.base().toString(), started, quick, checks);
        table.footer(report);
        return finish(report, err);
    }

    /** Writes the JSON report when asked to; the exit status is the report's either way. */
    private int finish(Report report, PrintWriter err) {
        if (json != null) {
            try {
                JsonReport.write(report, json);
            } catch (IOException e) {
                err.println("copilot verify: cannot write " + json + ": " + e.getMessage());
                err.flush();
            }
        }
        return report.exitCode();
    }

    /** With MASSIVE_API_KEY set, Massive lists today's front months for it, as 'copilot feed' first does. */
    Result massiveKey() throws InterruptedException {
        if (massive.key == null || massive.key.isBlank()) {
            return Result.skip("no MASSIVE_API_KEY: no live feed (demo, or the journal and the wall clock)");
        }
        try {
            ContractRoutes routes = FeedCommand.frontMonths(massive.restUrl, massive.key.trim(), frontMonths.dataRoots(),
                    frontMonths.rollDays, GlobexSchedule.tradingDate(Instant.now()));
            return Result.of(!routes.isEmpty(), "key accepted; front months " + (routes.isEmpty() ? "none listed"
                    : routes.all().stream().map(ContractRoute::ticker).collect(Collectors.joining(", "))));
        } catch (MassiveException e) {
            return Result.fail((FeedCommand.keyRefused(e) ? "Massive refused the key: " : "contract listing failed: ") + e.getMessage());
        } catch (IOException e) {
            return Result.fail("cannot reach Massive at " + massive.restUrl + ": " + e.getMessage());
        }
    }
}
