package com.fks.copilot.journal.drain;

import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.db.DbSettings;
import com.fks.copilot.journal.queue.Journals;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.nio.file.Path;

/** A drain in its own JVM, for the kill -9 test: {@code DrainChild DATA_DIR JDBC_URL BATCH}. Runs until killed. */
public final class DrainChild {
    private DrainChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args[0]);
        SingleChronicleQueue input = Journals.open(Journals.inputDir(dataDir));
        SingleChronicleQueue output = Journals.open(Journals.outputDir(dataDir));
        Database database = Database.open(new DbSettings(args[1], "postgres", ""), "drain-child", 2);
        new PostgresDrain(database, input, output, Integer.parseInt(args[2]), RiskRules.defaults()).start();
        System.out.println("draining");
        Thread.currentThread().join();
    }
}
