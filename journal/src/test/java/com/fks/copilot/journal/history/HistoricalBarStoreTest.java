package com.fks.copilot.journal.history;

import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.db.LocalPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.fks.copilot.journal.history.GlobexScheduleTest.et;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The historical bar store against a real PostgreSQL server, a fresh database per test. */
class HistoricalBarStoreTest {
    private static LocalPostgres postgres;
    private Database database;
    private HistoricalBarStore store;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = LocalPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void freshDatabase() throws Exception {
        database = Database.open(postgres.freshDatabase(), "bars", 2);
        database.migrate();
        store = new HistoricalBarStore(database.dataSource(), 7);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static List<HistoricalBar> goldBars(Instant from, int minutes) {
        List<HistoricalBar> bars = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            BigDecimal open = new BigDecimal("4012.3").add(BigDecimal.valueOf(i, 1));
            bars.add(new HistoricalBar("MGC", from.plus(Duration.ofMinutes(i)), open, open.add(new BigDecimal("0.5")),
                    open.subtract(new BigDecimal("0.3")), open.add(new BigDecimal("0.1")), 10 + i, "massive:MGCZ6"));
        }
        return bars;
    }

    @Test
    void shouldStoreEveryNewBarAcrossBatchesAndCountThem() throws Exception {
        assertEquals(30, store.insert(goldBars(et("2026-11-16T09:00"), 30)));
        assertEquals(30, store.count("MGC"));
    }

    @Test
    void shouldIgnoreBarsAlreadyStoredAndCountOnlyTheNewOnes() throws Exception {
        store.insert(goldBars(et("2026-11-16T09:00"), 30));

        int added = store.insert(goldBars(et("2026-11-16T09:20"), 20));

        assertEquals(10, added);
        assertEquals(40, store.count("MGC"));
    }

    @Test
    void shouldKeepGoldAtItsQuotedPriceToTheTick() throws Exception {
        List<HistoricalBar> bars = goldBars(et("2026-11-16T09:00"), 3);
        store.insert(bars);

        List<HistoricalBar> stored = store.bars("MGC", et("2026-11-16T09:00"), et("2026-11-16T09:03"));

        assertEquals(bars.stream().map(HistoricalBarStoreTest::stripped).toList(),
                stored.stream().map(HistoricalBarStoreTest::stripped).toList());
    }

    /** NUMERIC(20,8) comes back with eight decimals; the value is what counts. */
    private static HistoricalBar stripped(HistoricalBar b) {
        return new HistoricalBar(b.symbol(), b.barTime(), b.open().stripTrailingZeros(), b.high().stripTrailingZeros(),
                b.low().stripTrailingZeros(), b.close().stripTrailingZeros(), b.volume(), b.source());
    }

    @Test
    void shouldAnswerTheLatestAndEarliestStoredBarPerSymbol() throws Exception {
        store.insert(goldBars(et("2026-11-16T09:00"), 30));

        assertEquals(Optional.of(et("2026-11-16T09:29")), store.latestBarTime("MGC"));
        assertEquals(Optional.of(et("2026-11-16T09:00")), store.earliestBarTime("MGC"));
        assertEquals(Optional.empty(), store.latestBarTime("MNQ"));
    }

    @Test
    void shouldReportAHoleInTheStoredBars() throws Exception {
        store.insert(goldBars(et("2026-11-16T09:00"), 60));
        store.insert(goldBars(et("2026-11-16T10:45"), 15));

        GapReport report = store.gapReport("MGC", et("2026-11-16T09:00"), et("2026-11-16T11:00"), 30);

        assertEquals(120, report.expectedBars());
        assertEquals(75, report.actualBars());
        assertEquals(List.of(new GapReport.Gap(et("2026-11-16T10:00"), et("2026-11-16T10:45"), 45)), report.gaps());
    }
}
