package com.fks.copilot.gateway.massive;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Massive REST client against a fake Massive on loopback. */
class MassiveRestTest {
    private static final Instant MONDAY_9 = et("2026-11-16T09:00");
    private static final Instant MONDAY_12 = et("2026-11-16T12:00");
    private FakeMassive massive;

    static Instant et(String local) {
        return LocalDateTime.parse(local).atZone(java.time.ZoneId.of("America/New_York")).toInstant();
    }

    private MassiveRest client(String key, int maxAttempts) throws Exception {
        massive = new FakeMassive(MONDAY_9, MONDAY_12, 50);
        return new MassiveRest(new MassiveSettings(massive.url(), key, 0, maxAttempts, Duration.ofMillis(10),
                Duration.ofMillis(40)));
    }

    @AfterEach
    void stop() {
        massive.close();
    }

    @Test
    void shouldFollowNextUrlUntilTheLastPage() throws Exception {
        MassiveRest rest = client(FakeMassive.KEY, 3);

        List<AggregateBar> bars = rest.minuteBars("MGCZ6", MONDAY_9, MONDAY_12);

        assertEquals(180, bars.size());
        assertEquals(MONDAY_9, bars.get(0).windowStart());
        assertEquals(MONDAY_12.minus(Duration.ofMinutes(1)), bars.get(179).windowStart());
        assertEquals(4, massive.seen().size(), "180 bars in pages of 50");
        assertTrue(massive.seen().get(1).query().containsKey("cursor"), "the second page is next_url's cursor");
    }

    @Test
    void shouldPassGoldPricesThroughAsQuoted() throws Exception {
        MassiveRest rest = client(FakeMassive.KEY, 3);

        AggregateBar first = rest.minuteBars("MGCZ6", MONDAY_9, MONDAY_9.plusSeconds(60)).get(0);

        assertEquals(FakeMassive.priceAt(MONDAY_9), first.open());
        assertEquals(FakeMassive.priceAt(MONDAY_9).add(new BigDecimal("0.5")), first.high());
        assertTrue(first.open().compareTo(new BigDecimal("4012")) > 0 && first.open().compareTo(new BigDecimal("4100")) < 0);
    }

    @Test
    void shouldWaitOutA429AndRetryTheSameRequest() throws Exception {
        MassiveRest rest = client(FakeMassive.KEY, 3);
        massive.rateLimitNext(1);

        List<AggregateBar> bars = rest.minuteBars("MGCZ6", MONDAY_9, MONDAY_9.plusSeconds(600));

        assertEquals(10, bars.size());
        assertEquals(List.of(429, 200), massive.seen().stream().map(FakeMassive.Seen::status).toList());
    }

    @Test
    void shouldBackOffOnServerErrorsAndRetry() throws Exception {
        MassiveRest rest = client(FakeMassive.KEY, 3);
        massive.failNext(2);

        assertEquals(10, rest.minuteBars("MGCZ6", MONDAY_9, MONDAY_9.plusSeconds(600)).size());
        assertEquals(List.of(503, 503, 200), massive.seen().stream().map(FakeMassive.Seen::status).toList());
    }

    @Test
    void shouldGiveUpAfterTheLastTry() throws Exception {
        MassiveRest rest = client(FakeMassive.KEY, 3);
        massive.failNext(5);

        MassiveException error = assertThrows(MassiveException.class,
                () -> rest.minuteBars("MGCZ6", MONDAY_9, MONDAY_9.plusSeconds(600)));

        assertEquals(503, error.status());
        assertEquals(3, massive.seen().size());
    }

    @Test
    void shouldFailAtOnceNamingTheKeyWhenMassiveRejectsIt() throws Exception {
        MassiveRest rest = client("wrong-key", 3);

        MassiveException error = assertThrows(MassiveException.class,
                () -> rest.minuteBars("MGCZ6", MONDAY_9, MONDAY_12));

        assertEquals(401, error.status());
        assertTrue(error.getMessage().contains("MASSIVE_API_KEY"), error.getMessage());
        assertEquals(1, massive.seen().size());
    }

    @Test
    void shouldListTheSingleContractsOfAProductOnADate() throws Exception {
        MassiveRest rest = client(FakeMassive.KEY, 3);
        FuturesContract dec = new FuturesContract("MGCZ6", "MGC", LocalDate.of(2026, 6, 26), LocalDate.of(2026, 12, 29));
        FuturesContract feb = new FuturesContract("MGCG7", "MGC", LocalDate.of(2026, 8, 27), LocalDate.of(2027, 2, 24));
        massive.listing("MGC", dec, feb);

        List<FuturesContract> listed = rest.contracts("MGC", LocalDate.of(2026, 11, 16));

        assertEquals(List.of(feb, dec), listed);
        assertEquals("single", massive.seen().get(0).query().get("type"));
    }

    @Test
    void shouldSendTheKeyOnlyAsABearerHeaderNeverInTheUrl() throws Exception {
        MassiveRest rest = client(FakeMassive.KEY, 3);

        rest.minuteBars("MGCZ6", MONDAY_9, MONDAY_12);

        assertTrue(massive.seen().stream().noneMatch(s -> s.query().containsKey("apiKey")));
    }
}
