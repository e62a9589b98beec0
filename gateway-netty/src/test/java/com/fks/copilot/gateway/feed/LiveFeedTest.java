package com.fks.copilot.gateway.feed;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.gateway.TestAwait;
import com.fks.copilot.gateway.massive.FakeMassive;
import com.fks.copilot.gateway.massive.FuturesContract;
import com.fks.copilot.gateway.massive.MassiveSettings;
import com.fks.copilot.journal.history.GlobexSchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The composed live feed across a roll date: it moves to the next contract without a restart. */
class LiveFeedTest {
    private final LocalDate today = GlobexSchedule.tradingDate(Instant.now());
    private final LocalDate z6LastTrade = today.plusDays(20);
    private final RecordingSink sink = new RecordingSink();
    private FakeMassive rest;
    private FakeMassiveFeed socket;
    private LiveFeed live;

    @BeforeEach
    void start() throws Exception {
        rest = new FakeMassive(Instant.now().minusSeconds(600), Instant.now(), 500)
                .listing("MGC", new FuturesContract("MGCG7", "MGC", null, today.plusDays(80)),
                        new FuturesContract("MGCZ6", "MGC", null, z6LastTrade));
        socket = new FakeMassiveFeed(FakeMassive.KEY);
        FeedSettings settings = FeedSettings.of(socket.url(), FakeMassive.KEY, Map.of(), 8)
                .withBackoff(Duration.ofMillis(20), Duration.ofMillis(50)).withWarmUp(Duration.ZERO); // the roll, not the warm-up
        live = LiveFeed.start(settings, MassiveSettings.of(rest.url(), FakeMassive.KEY, 0),
                List.of(Instruments.byIndex(Instruments.MGC)), sink, new long[Instruments.count()]);
        TestAwait.until(() -> socket.subscribedClients() == 1);
    }

    @AfterEach
    void stop() {
        live.close();
        socket.close();
        rest.close();
    }

    @Test
    void shouldSubscribeTodaysFrontMonth() {
        assertEquals(List.of("T.MGCZ6,AM.MGCZ6"), socket.subscriptions());
        assertEquals("MGCZ6", live.status().contracts().get(0).dataSymbol());
    }

    @Test
    void shouldStayOnTheContractBeforeItsRollDate() throws Exception {
        live.checkRoll(z6LastTrade.minusDays(9));

        assertEquals(List.of("T.MGCZ6,AM.MGCZ6"), socket.subscriptions());
        assertEquals(0, live.status().reconnects());
    }

    @Test
    void shouldRollToTheNextContractOnTheRollDateWithoutARestart() throws Exception {
        live.checkRoll(z6LastTrade.minusDays(8));
        TestAwait.until(() -> socket.subscriptions().size() == 2 && socket.subscribedClients() == 1);

        assertEquals("T.MGCG7,AM.MGCG7", socket.subscriptions().get(1));
        assertEquals("MGCG7", live.status().contracts().get(0).dataSymbol());
        socket.push("[" + FakeMassiveFeed.trade("MGCG7", "4030.1", 1, System.currentTimeMillis(), 3) + "]");
        TestAwait.until(() -> sink.size() == 1);
        assertEquals(Instruments.MGC, sink.ticks().get(0).instrument());
    }
}
