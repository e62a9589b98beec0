package com.fks.copilot.journal.drain;

import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.queue.JournalRetention;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.util.List;

/**
 * The drain of both journals into Postgres, each on its own daemon thread with its own tailer and
 * its own position. Off the ring: a slow or absent database only makes it lag.
 */
public final class PostgresDrain implements AutoCloseable {
    public static final int DEFAULT_BATCH = 5_000;

    private final JournalDrain input;
    private final JournalDrain output;
    private final Thread inputThread;
    private final Thread outputThread;

    /** {@code rules}: the risk rules the journals were written under, whose limits the risk events' texts name. */
    public PostgresDrain(Database database, SingleChronicleQueue inputJournal, SingleChronicleQueue outputJournal,
                         int batchLimit, RiskRules rules) {
        this.input = new JournalDrain(inputJournal, new InputRows(), database, batchLimit);
        this.output = new JournalDrain(outputJournal, new OutputRows(rules), database, batchLimit);
        this.inputThread = daemon(input, "drain-input");
        this.outputThread = daemon(output, "drain-output");
    }

    private static Thread daemon(Runnable drain, String name) {
        Thread thread = new Thread(drain, name);
        thread.setDaemon(true);
        return thread;
    }

    public PostgresDrain start() {
        inputThread.start();
        outputThread.start();
        return this;
    }

    public List<DrainLag> lag() {
        return List.of(input.lag(), output.lag());
    }

    /** The last index each journal's drain has committed to Postgres: what retention may delete before. */
    public JournalRetention.Drained drained() {
        return new JournalRetention.Drained(input.lag().lastIndex(), output.lag().lastIndex());
    }

    /** True when both drains are connected and have nothing left to write. */
    public boolean caughtUp() {
        return input.lag().caughtUp() && output.lag().caughtUp();
    }

    @Override
    public void close() throws InterruptedException {
        input.stop();
        output.stop();
        inputThread.interrupt(); // cut a backoff pause short
        outputThread.interrupt();
        inputThread.join(10_000);
        outputThread.join(10_000);
    }
}
