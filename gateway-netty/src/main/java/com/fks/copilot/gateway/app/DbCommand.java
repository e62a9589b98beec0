package com.fks.copilot.gateway.app;

import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.db.DbSettings;
import com.fks.copilot.journal.drain.HistoryCheck;
import com.fks.copilot.journal.queue.Journals;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code copilot db verify}: does Postgres hold exactly what the journals hold? */
@Command(name = "db", mixinStandardHelpOptions = true, description = "History database checks.",
        subcommands = {DbCommand.Verify.class})
final class DbCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Count the rows of every history table against the journals in --data-dir (up to what",
                    "has been drained) and report any gap or duplicate. Exit 0 when they agree and nothing is",
                    "left to drain, 1 when they differ."})
    static final class Verify implements Callable<Integer> {
        @Option(names = "--data-dir", required = true, description = "The data dir whose journals were drained.")
        Path dataDir;

        @CommandLine.Mixin
        DatabaseOptions database = new DatabaseOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            DbSettings settings = database.settings();
            if (settings == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--db-url (or COPILOT_DB_URL) is required");
            }
            if (!Files.isDirectory(Journals.inputDir(dataDir))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--data-dir: no journal in " + dataDir);
            }
            try (SingleChronicleQueue input = Journals.open(Journals.inputDir(dataDir));
                 SingleChronicleQueue output = Journals.open(Journals.outputDir(dataDir));
                 Database db = Database.open(settings, "verify", 1)) {
                db.migrate();
                HistoryCheck.Report report = HistoryCheck.compare(input, output, db.dataSource());
                return print(report, spec.commandLine().getOut());
            }
        }

        private static int print(HistoryCheck.Report report, PrintWriter out) {
            out.printf("%-30s %12s %12s %10s%n", "table", "journal", "database", "duplicates");
            for (HistoryCheck.TableCount table : report.tables()) {
                out.printf("%-30s %12d %12d %10d  %s%n", table.table(), table.journal(), table.database(),
                        table.duplicates(), table.matches() ? "ok" : "DIFFERENT");
            }
            boolean drained = report.undrainedInput() == 0 && report.undrainedOutput() == 0;
            if (!drained) {
                out.printf("not drained yet: %d input and %d output events (run the app with --db-url to drain them)%n",
                        report.undrainedInput(), report.undrainedOutput());
            }
            boolean ok = report.matches() && drained;
            out.println(ok ? "history matches the journals" : "history DIFFERS from the journals");
            out.flush();
            return ok ? 0 : 1;
        }
    }
}
