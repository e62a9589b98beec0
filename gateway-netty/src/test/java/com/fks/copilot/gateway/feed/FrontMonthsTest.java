package com.fks.copilot.gateway.feed;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.gateway.massive.FakeMassive;
import com.fks.copilot.gateway.massive.FuturesContract;
import com.fks.copilot.gateway.massive.MassiveRest;
import com.fks.copilot.gateway.massive.MassiveSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which ticker feeds each traded contract, from Massive's listing (served by a fake on loopback). */
class FrontMonthsTest {
    private static final LocalDate DEC_Z6_LAST = LocalDate.of(2026, 12, 29);
    private FakeMassive massive;
    private MassiveRest rest;

    @BeforeEach
    void listContracts() throws Exception {
        massive = new FakeMassive(Instant.parse("2026-11-16T14:00:00Z"), Instant.parse("2026-11-16T15:00:00Z"), 50);
        massive.listing("MGC",
                new FuturesContract("MGCG7", "MGC", LocalDate.of(2026, 6, 26), LocalDate.of(2027, 2, 24)),
                new FuturesContract("MGCJ7", "MGC", LocalDate.of(2026, 8, 27), LocalDate.of(2027, 4, 28)),
                new FuturesContract("MGCZ6", "MGC", LocalDate.of(2026, 4, 28), DEC_Z6_LAST));
        massive.listing("HG",
                new FuturesContract("HGH7", "HG", LocalDate.of(2025, 3, 27), LocalDate.of(2027, 3, 29)),
                new FuturesContract("HGZ6", "HG", LocalDate.of(2024, 12, 27), LocalDate.of(2026, 12, 29)));
        massive.listing("MHG",
                new FuturesContract("MHGZ6", "MHG", LocalDate.of(2025, 12, 27), LocalDate.of(2026, 12, 29)));
        rest = new MassiveRest(MassiveSettings.of(massive.url(), FakeMassive.KEY, 0));
    }

    @AfterEach
    void stop() {
        massive.close();
    }

    private ContractRoute gold(int rollDays, LocalDate date) throws Exception {
        return new FrontMonths(rest, Map.of(), rollDays).resolve(List.of(Instruments.byIndex(Instruments.MGC)), date)
                .all().get(0);
    }

    @Test
    void shouldChooseTheContractExpiringFirstThoughMassiveListsByTicker() throws Exception {
        assertEquals("MGCZ6", gold(8, LocalDate.of(2026, 11, 24)).ticker());
    }

    @Test
    void shouldKeepTheExpiringContractUntilTheDayBeforeItsRollDate() throws Exception {
        ContractRoute route = gold(8, DEC_Z6_LAST.minusDays(9));

        assertEquals("MGCZ6", route.ticker());
        assertEquals(DEC_Z6_LAST.minusDays(8), route.rollDate());
    }

    @Test
    void shouldRollToTheNextContractOnTheRollDate() throws Exception {
        assertEquals("MGCG7", gold(8, DEC_Z6_LAST.minusDays(8)).ticker());
    }

    @Test
    void shouldRollWhenTheConfiguredNumberOfDaysSaysSo() throws Exception {
        assertEquals("MGCZ6", gold(2, DEC_Z6_LAST.minusDays(8)).ticker());
        assertEquals("MGCG7", gold(2, DEC_Z6_LAST.minusDays(2)).ticker());
    }

    @Test
    void shouldTakeMicroCoppersDataFromHgWhenConfigured() throws Exception {
        ContractRoutes routes = new FrontMonths(rest, Map.of("MHG", "HG"), 8)
                .resolve(List.of(Instruments.byIndex(Instruments.MHG)), LocalDate.of(2026, 11, 24));

        assertEquals("HGZ6", routes.all().get(0).ticker());
        assertEquals(Instruments.MHG, routes.all().get(0).instrument().index());
        assertEquals("T.HGZ6,AM.HGZ6", routes.subscribeParams(true));
    }

    @Test
    void shouldUseTheMicroItselfWithoutADataRoot() throws Exception {
        assertEquals("MHGZ6", new FrontMonths(rest, Map.of(), 8)
                .resolve(List.of(Instruments.byIndex(Instruments.MHG)), LocalDate.of(2026, 11, 24)).all().get(0).ticker());
    }

    @Test
    void shouldRefuseAnythingButMgcForGold() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new FrontMonths(rest, Map.of("MGC", "GC"), 8));
        assertTrue(refused.getMessage().contains("gold is always MGC"));
    }

    @Test
    void shouldLeaveOutAContractWithNoListedFrontMonth() throws Exception {
        ContractRoutes routes = new FrontMonths(rest, Map.of(), 8)
                .resolve(List.of(Instruments.byIndex(Instruments.MGC), Instruments.byIndex(Instruments.MES)),
                        LocalDate.of(2026, 11, 24));

        assertEquals(List.of("MGC"), routes.all().stream().map(r -> r.instrument().symbol()).toList());
    }

    @Test
    void shouldParseDataRootsNamingTheTradedMicro() {
        assertEquals(Map.of("MHG", "HG", "SIL", "SI"), FrontMonths.parseDataRoots("MHG=HG, SIL=si"));
        assertThrows(IllegalArgumentException.class, () -> FrontMonths.parseDataRoots("XYZ=HG"));
    }
}
