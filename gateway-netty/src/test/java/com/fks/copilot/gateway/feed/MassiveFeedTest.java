package com.fks.copilot.gateway.feed;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.gateway.TestAwait;
import com.fks.copilot.gateway.massive.FakeMassive;
import com.fks.copilot.gateway.massive.MassiveRest;
import com.fks.copilot.gateway.massive.MassiveSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The WebSocket client against a fake Massive feed on loopback: the protocol, the guard, reconnects and gap fill. */
class MassiveFeedTest {
    private static final Instant NINE = Instant.parse("2026-11-16T14:00:00Z"); // Monday 09:00 ET
    private final RecordingSink sink = new RecordingSink();
    private final FeedMonitor monitor = new FeedMonitor("real-time");
    private final ContractRoutes routes = new ContractRoutes(List.of(
            TradeRouterTest.route(Instruments.MGC, "MGC", "MGCZ6"), TradeRouterTest.route(Instruments.MHG, "HG", "HGZ6")));
    private final ExecutorService fetchThread = Executors.newSingleThreadExecutor();
    private FakeMassiveFeed server;
    private FakeMassive rest;
    private MassiveFeed feed;

    private MassiveFeed start(String key, boolean gapFill) throws Exception {
        server = new FakeMassiveFeed();
        FeedSettings settings = FeedSettings.of(server.url(), key, Map.of(), 8)
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200));
        feed = new MassiveFeed(settings, routes, monitor);
        GapFill fill = null;
        if (gapFill) {
            rest = new FakeMassive(NINE.minusSeconds(3600), NINE.plusSeconds(3600), 50);
            fill = new RestGapFill(new MassiveRest(MassiveSettings.of(rest.url(), FakeMassive.KEY, 0)), fetchThread,
                    feed.eventLoop(), monitor);
        }
        return feed.start(new TradeRouter(routes, sink, monitor, fill));
    }

    @AfterEach
    void stop() {
        if (feed != null) {
            feed.close();
        }
        server.close();
        if (rest != null) {
            rest.close();
        }
        fetchThread.shutdownNow();
    }

    @Test
    void shouldAuthenticateThenSubscribeTradesAndMinuteBarsOfEveryRoute() throws Exception {
        start(FakeMassiveFeed.KEY, false);
        TestAwait.until(() -> monitor.state() == FeedState.LIVE);

        assertEquals(List.of("{\"action\":\"auth\",\"params\":\"ws-test-key\"}",
                "{\"action\":\"subscribe\",\"params\":\"T.MGCZ6,AM.MGCZ6,T.HGZ6,AM.HGZ6\"}"), server.clientMessages());
        FeedStatus status = monitor.snapshot();
        assertTrue(status.connected() && status.authenticated());
    }

    @Test
    void shouldPublishPushedTradesIntoTheSink() throws Exception {
        start(FakeMassiveFeed.KEY, false);
        TestAwait.until(() -> server.subscribedClients() == 1);

        server.push("[" + FakeMassiveFeed.trade("MGCZ6", "4012.3", 2, 1763301600123L, 5) + ","
                + FakeMassiveFeed.trade("HGZ6", "4.5125", 1, 1763301600124L, 9) + "]");
        TestAwait.until(() -> sink.size() == 2);

        assertEquals(new RecordingSink.Tick(Instruments.MGC, Prices.toFixed(4012.3), 2, 1763301600123L * 1_000_000, 5),
                sink.ticks().get(0));
        assertEquals(Instruments.MHG, sink.ticks().get(1).instrument());
        assertTrue(monitor.snapshot().lastMessageAgeMillis() != null);
    }

    @Test
    void tradesAreReadByTheFeedsOwnFrameReaderOnceAuthenticated() throws Exception {
        start(FakeMassiveFeed.KEY, false);
        TestAwait.until(() -> server.subscribedClients() == 1);
        assertTrue(feed.readsFramesItself(), "Netty's frame decoder was replaced after the handshake");
        server.push("[" + FakeMassiveFeed.trade("MGCZ6", "4012.3", 2, 1763301600123L, 5) + "]");
        TestAwait.until(() -> sink.size() == 1);
    }

    @Test
    void shouldDropDuplicatesAndOutOfOrderSequencesFromTheWire() throws Exception {
        start(FakeMassiveFeed.KEY, false);
        TestAwait.until(() -> server.subscribedClients() == 1);

        server.push("[" + FakeMassiveFeed.trade("MGCZ6", "4012.3", 1, 1763301600000L, 7) + ","
                + FakeMassiveFeed.trade("MGCZ6", "4012.3", 1, 1763301600000L, 7) + ","
                + FakeMassiveFeed.trade("MGCZ6", "4012.1", 1, 1763301599000L, 6) + ","
                + FakeMassiveFeed.trade("MGCZ6", "4012.4", 1, 1763301600500L, 8) + "]");
        TestAwait.until(() -> monitor.trades() + monitor.duplicates() == 4);

        assertEquals(List.of(7L, 8L), sink.ticks().stream().map(RecordingSink.Tick::sequence).toList());
    }

    @Test
    void shouldCountAMalformedFrameAndKeepReading() throws Exception {
        start(FakeMassiveFeed.KEY, false);
        TestAwait.until(() -> server.subscribedClients() == 1);

        server.push("[{\"ev\":\"T\",\"sym\":\"MGCZ6\",\"p\":");
        server.push("[" + FakeMassiveFeed.trade("MGCZ6", "4012.3", 1, 1763301600000L, 1) + "]");
        TestAwait.until(() -> sink.size() == 1);

        assertEquals(1, monitor.snapshot().malformedFrames());
    }

    @Test
    void shouldReportARefusedKeyAndNotRetryIt() throws Exception {
        start("wrong-key", false);
        TestAwait.until(() -> monitor.state() == FeedState.AUTH_FAILED);
        feed.eventLoop().submit(() -> { }).sync(); // the connection's close has been handled on the feed's thread

        FeedStatus status = monitor.snapshot();
        assertEquals("auth failed", status.state());
        assertTrue(status.lastError().contains("authentication failed"), status.lastError());
        assertEquals(0, status.reconnects(), "no retry is scheduled after auth_failed");
        assertEquals(1, server.connections());
        assertTrue(server.subscriptions().isEmpty());
    }

    @Test
    void shouldReconnectAndSubscribeAgainAfterTheServerCloses() throws Exception {
        start(FakeMassiveFeed.KEY, false);
        TestAwait.until(() -> server.subscribedClients() == 1);

        server.dropAll();
        TestAwait.until(() -> server.subscriptions().size() == 2);

        assertEquals(2, server.connections());
        assertEquals(1, monitor.reconnects());
        TestAwait.until(() -> monitor.state() == FeedState.LIVE);
    }

    @Test
    void shouldFillTheMissedMinutesFromRestSoEveryMinuteHasOneBar() throws Exception {
        start(FakeMassiveFeed.KEY, true);
        TestAwait.until(() -> server.subscribedClients() == 1);
        server.push("[" + FakeMassiveFeed.trade("MGCZ6", "4012.3", 1, NINE.plusSeconds(10).toEpochMilli(), 1) + ","
                + FakeMassiveFeed.trade("MGCZ6", "4012.5", 2, NINE.plusSeconds(70).toEpochMilli(), 2) + "]");
        TestAwait.until(() -> sink.size() == 2);

        server.dropAll();
        TestAwait.until(() -> server.subscriptions().size() == 2 && server.subscribedClients() == 1);
        server.push("[" + FakeMassiveFeed.trade("MGCZ6", "4014.0", 1, NINE.plusSeconds(5 * 60 + 30).toEpochMilli(), 3) + ","
                + FakeMassiveFeed.trade("MGCZ6", "4014.1", 1, NINE.plusSeconds(5 * 60 + 40).toEpochMilli(), 4) + "]");
        TestAwait.until(() -> sink.size() == 2 + 3 * 4 + 2);

        Map<Long, List<RecordingSink.Tick>> byMinute = sink.ticks().stream()
                .collect(Collectors.groupingBy(RecordingSink.Tick::minute, java.util.TreeMap::new, Collectors.toList()));
        long nine = NINE.getEpochSecond() / 60;
        assertEquals(List.of(nine, nine + 1, nine + 2, nine + 3, nine + 4, nine + 5), List.copyOf(byMinute.keySet()),
                "every minute from 09:00 to 09:05 once, none missing");
        for (long m = nine + 2; m <= nine + 4; m++) {
            List<RecordingSink.Tick> bar = byMinute.get(m);
            BigDecimal open = FakeMassive.priceAt(Instant.ofEpochSecond(m * 60));
            assertEquals(Prices.toFixed(open.doubleValue()), bar.get(0).price(), "missed bar's open from REST");
            assertEquals(Prices.toFixed(open.add(new BigDecimal("0.2")).doubleValue()), bar.get(3).price());
            assertEquals(5 + m % 17, bar.stream().mapToLong(RecordingSink.Tick::quantity).sum(), "REST volume, once");
        }
        assertEquals(List.of(3L, 4L), byMinute.get(nine + 5).stream().map(RecordingSink.Tick::sequence).toList());
        TestAwait.until(() -> rest.aggregateRequests().size() == 1); // the fake logs a request after answering it
        assertEquals(NINE.plusSeconds(120), rest.aggregateRequests().get(0).gte());
    }
}
