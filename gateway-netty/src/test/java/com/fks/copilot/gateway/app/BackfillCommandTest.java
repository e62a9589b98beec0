package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.massive.FakeMassive;
import com.fks.copilot.gateway.massive.FuturesContract;
import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.db.DbSettings;
import com.fks.copilot.journal.db.LocalPostgres;
import com.fks.copilot.journal.history.HistoricalBarStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code copilot backfill} against a fake Massive and a real PostgreSQL: its exit status says how it went. */
class BackfillCommandTest {
    private static LocalPostgres postgres;
    private FakeMassive massive;
    private DbSettings db;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = LocalPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void freshDatabaseAndMassive() throws Exception {
        db = postgres.freshDatabase();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now();
        massive = new FakeMassive(now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(1)), 2_000).listing("MGC",
                new FuturesContract("MGCZ6", "MGC", today.minusDays(100), today.plusDays(40)),
                new FuturesContract("MGCG7", "MGC", today.minusDays(60), today.plusDays(100)));
    }

    @AfterEach
    void stopMassive() {
        massive.close();
    }

    private int backfill(String symbols, String key) {
        return new CommandLine(new CopilotCommand()).execute("backfill", "--days", "4", "--symbols", symbols,
                "--chunk-days", "2", "--db-url", db.url(), "--db-user", db.user(),
                "--massive-url", massive.url().toString(), "--massive-key", key);
    }

    private long storedGoldBars() throws Exception {
        try (Database database = Database.open(db, "check", 1)) {
            return new HistoricalBarStore(database.dataSource(), 1).count("MGC");
        }
    }

    @Test
    void shouldFillTheDatabaseAndExitZero() throws Exception {
        assertEquals(0, backfill("MGC", FakeMassive.KEY));
        assertTrue(storedGoldBars() > 0, "four days back always hold trading minutes");
    }

    @Test
    void shouldExitOneWhenMassiveRejectsTheKey() throws Exception {
        assertEquals(1, backfill("MGC", "not-the-key"));
        assertEquals(0, storedGoldBars());
    }

    @Test
    void shouldExitOneWhenTheDatabaseCannotBeReached() {
        int status = new CommandLine(new CopilotCommand()).execute("backfill", "--days", "1", "--symbols", "MGC",
                "--db-url", "jdbc:postgresql://127.0.0.1:1/nowhere", "--massive-key", FakeMassive.KEY,
                "--massive-url", massive.url().toString());
        assertEquals(1, status);
    }

    @Test
    void shouldExitTwoForAnUnknownSymbol() {
        assertEquals(2, backfill("XAU", FakeMassive.KEY));
        assertEquals(List.of(), massive.seen());
    }

    @Test
    void shouldExitTwoWithoutAMassiveKey() {
        assertEquals(2, backfill("MGC", ""));
    }
}
