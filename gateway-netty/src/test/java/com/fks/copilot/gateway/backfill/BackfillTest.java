package com.fks.copilot.gateway.backfill;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.gateway.massive.FakeMassive;
import com.fks.copilot.gateway.massive.FuturesContract;
import com.fks.copilot.gateway.massive.MassiveRest;
import com.fks.copilot.gateway.massive.MassiveSettings;
import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.db.LocalPostgres;
import com.fks.copilot.journal.history.GapReport;
import com.fks.copilot.journal.history.HistoricalBar;
import com.fks.copilot.journal.history.HistoricalBarStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The backfill against a fake Massive on loopback and a real PostgreSQL: Tuesday 2026-11-17 09:00
 * ET, four days back (Friday 09:00 ET on), one-day chunks, with Monday 10:00–11:00 ET missing at
 * the source.
 */
class BackfillTest {
    private static final Instant NOW = et("2026-11-17T09:00");
    private static final Instant HOLE_START = et("2026-11-16T10:00");
    private static final Instant HOLE_END = et("2026-11-16T11:00");
    /** Friday 09:00–17:00 (480) + Sunday 18:00 → Monday 17:00 (1,380) + Monday 18:00 → Tuesday 09:00 (900). */
    private static final int TRADING_MINUTES = 480 + 1_380 + 900;
    private static final FuturesContract MGC_DEC = contract("MGCZ6", "2026-06-26", "2026-12-29");
    private static final FuturesContract MGC_FEB = contract("MGCG7", "2026-08-27", "2027-02-24");

    private static LocalPostgres postgres;
    private Database database;
    private HistoricalBarStore store;
    private FakeMassive massive;

    static Instant et(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("America/New_York")).toInstant();
    }

    private static FuturesContract contract(String ticker, String firstTrade, String lastTrade) {
        return new FuturesContract(ticker, "MGC", LocalDate.parse(firstTrade), LocalDate.parse(lastTrade));
    }

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
        database = Database.open(postgres.freshDatabase(), "backfill-test", 2);
        database.migrate();
        store = new HistoricalBarStore(database.dataSource(), 250);
        massive = new FakeMassive(NOW.minus(Duration.ofDays(10)), NOW, 500).listing("MGC", MGC_DEC, MGC_FEB)
                .hole(HOLE_START, HOLE_END);
    }

    @AfterEach
    void close() {
        massive.close();
        database.close();
    }

    private BackfillRun backfill(Instant now, String... symbols) throws InterruptedException {
        BackfillSettings settings = new BackfillSettings(4, 1,
                BackfillSettings.parseSymbols(String.join(",", symbols.length == 0 ? new String[]{"MGC"} : symbols)),
                250, 8, Map.of(), 30);
        MassiveRest rest = new MassiveRest(new MassiveSettings(massive.url(), FakeMassive.KEY, 0, 3,
                Duration.ofMillis(10), Duration.ofMillis(50)));
        return new Backfill(store, rest, settings, Clock.fixed(now, ZoneOffset.UTC)).run(new BackfillLog());
    }

    @Test
    void shouldStoreEveryBarMassiveHasForTheWindow() throws Exception {
        BackfillRun run = backfill(NOW);

        assertTrue(run.succeeded(), run.toString());
        assertEquals(TRADING_MINUTES - 60, store.count("MGC"));
        assertEquals(TRADING_MINUTES - 60, run.barsAdded());
        HistoricalBar first = store.bars("MGC", NOW.minus(Duration.ofDays(4)), NOW).get(0);
        assertEquals(et("2026-11-13T09:00"), first.barTime());
        assertEquals(0, FakeMassive.priceAt(first.barTime()).compareTo(first.open()), "gold at its quoted price");
        assertEquals("massive:MGCZ6", first.source());
    }

    @Test
    void shouldAddNothingAndAskMassiveForNothingWhenRunAgainAtTheSameMinute() throws Exception {
        backfill(NOW);
        massive.clearLog();

        BackfillRun again = backfill(NOW);

        assertEquals(0, again.barsAdded());
        assertEquals(TRADING_MINUTES - 60, store.count("MGC"));
        assertEquals(List.of(), massive.aggregateRequests());
    }

    @Test
    void shouldFetchOnlyAfterTheLatestStoredBarOnALaterRun() throws Exception {
        backfill(NOW);
        Instant latest = store.latestBarTime("MGC").orElseThrow();
        massive.clearLog();
        massive.extendDataTo(NOW.plus(Duration.ofHours(2)));

        BackfillRun later = backfill(NOW.plus(Duration.ofHours(2)));

        assertEquals(120, later.barsAdded());
        assertFalse(massive.aggregateRequests().isEmpty());
        for (FakeMassive.Seen request : massive.aggregateRequests()) {
            if (request.query().containsKey("window_start.gte")) {
                assertEquals(latest.plus(Duration.ofMinutes(1)), request.gte(), "asks only for bars after the latest stored");
            }
        }
    }

    @Test
    void shouldFindTheMissingHourAndNeitherTheDailyBreakNorTheWeekend() throws Exception {
        backfill(NOW);

        GapReport report = store.gapReport("MGC", NOW.minus(Duration.ofDays(4)), NOW, 30);

        assertEquals(TRADING_MINUTES, report.expectedBars());
        assertEquals(TRADING_MINUTES - 60, report.actualBars());
        assertEquals(List.of(new GapReport.Gap(HOLE_START, HOLE_END, 60)), report.gaps());
    }

    @Test
    void shouldWaitOutA429AndStillStoreEveryBar() throws Exception {
        massive.rateLimitNext(1);

        BackfillRun run = backfill(NOW);

        assertTrue(run.succeeded(), run.toString());
        assertEquals(TRADING_MINUTES - 60, store.count("MGC"));
        assertEquals(429, massive.seen().get(0).status());
    }

    @Test
    void shouldTakeBarsFromTheNextContractOnceTheFrontMonthRolls() throws Exception {
        // December's last trade date 2026-11-21 with an 8-day roll: February leads from trading date 11-13 on
        massive.listing("MGC", contract("MGCZ6", "2026-06-26", "2026-11-21"), MGC_FEB);

        backfill(NOW);

        List<HistoricalBar> bars = store.bars("MGC", NOW.minus(Duration.ofDays(4)), NOW);
        assertTrue(bars.stream().allMatch(b -> b.source().equals("massive:MGCG7")), "all from February after the roll");
    }

    @Test
    void shouldSplitAChunkWhereTheFrontMonthRolls() throws Exception {
        // last trade 11-24, roll 8 days → February leads from trading date 11-16 (Sunday 15th 17:00 ET on)
        massive.listing("MGC", contract("MGCZ6", "2026-06-26", "2026-11-24"), MGC_FEB);

        backfill(NOW);

        Instant rollStart = et("2026-11-15T17:00");
        List<HistoricalBar> bars = store.bars("MGC", NOW.minus(Duration.ofDays(4)), NOW);
        assertTrue(bars.stream().filter(b -> b.barTime().isBefore(rollStart)).allMatch(b -> b.source().equals("massive:MGCZ6")));
        assertTrue(bars.stream().filter(b -> !b.barTime().isBefore(rollStart)).allMatch(b -> b.source().equals("massive:MGCG7")));
        assertEquals(TRADING_MINUTES - 60, bars.size());
    }

    @Test
    void shouldCutTheWindowIntoWholeChunksWithAShorterLastOne() {
        assertEquals(3, Backfill.chunksBetween(NOW.minus(Duration.ofHours(49)), NOW, Duration.ofDays(1)));
        assertEquals(2, Backfill.chunksBetween(NOW.minus(Duration.ofDays(2)), NOW, Duration.ofDays(1)));
        assertEquals(0, Backfill.chunksBetween(NOW, NOW, Duration.ofDays(1)));
    }

    @Test
    void shouldReportAFailedSymbolAndStillFillTheNext() throws Exception {
        BackfillRun run = backfill(NOW, "MNQ", "MGC");

        assertFalse(run.succeeded());
        SymbolResult nasdaq = run.symbols().get(0);
        assertTrue(nasdaq.error().contains("MNQ"), nasdaq.error());
        assertEquals(TRADING_MINUTES - 60, run.symbols().get(1).barsStored());
        assertEquals(Instruments.bySymbol("MGC").orElseThrow().symbol(), run.symbols().get(1).symbol());
    }
}
