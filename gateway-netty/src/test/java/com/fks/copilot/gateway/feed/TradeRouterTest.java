package com.fks.copilot.gateway.feed;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.gateway.massive.AggregateBar;
import com.fks.copilot.gateway.massive.FuturesContract;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trades into the ring: sequence guard, symbol mapping and the gap fill after a reconnect, without a network. */
class TradeRouterTest {
    private static final Instant NINE = Instant.parse("2026-11-16T14:00:00Z"); // 09:00 ET
    private final RecordingSink sink = new RecordingSink();
    private final FeedMonitor monitor = new FeedMonitor("real-time");
    private final List<Runnable> pendingFills = new ArrayList<>();
    private final List<long[]> fillWindows = new ArrayList<>();
    private final ContractRoutes routes = new ContractRoutes(List.of(
            route(Instruments.MGC, "MGC", "MGCZ6"), route(Instruments.MHG, "HG", "HGZ6")));

    /** Answers each fill with one bar per whole minute asked for, when the test says so. */
    private final GapFill minuteBars = (ticker, from, to, done) -> {
        fillWindows.add(new long[]{from, to});
        pendingFills.add(() -> done.accept(barsBetween(ticker, from, to)));
    };
    private final TradeRouter router = new TradeRouter(routes, sink, monitor, minuteBars);
    private final FeedEvent event = new FeedEvent();

    static ContractRoute route(int instrument, String dataRoot, String ticker) {
        return new ContractRoute(Instruments.byIndex(instrument), dataRoot,
                new FuturesContract(ticker, dataRoot, null, LocalDate.of(2026, 12, 29)), LocalDate.of(2026, 12, 21));
    }

    private void trade(String sym, double price, long size, Instant time, long q) {
        event.clear();
        event.type = FeedEvent.TRADE;
        byte[] ascii = sym.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ascii, 0, event.symbol, 0, ascii.length);
        event.symbolLength = ascii.length;
        event.price = Prices.toFixed(price);
        event.size = size;
        event.timeMillis = time.toEpochMilli();
        event.sequence = q;
        router.onEvent(event);
    }

    private static List<AggregateBar> barsBetween(String ticker, long from, long to) {
        List<AggregateBar> bars = new ArrayList<>();
        for (long m = from; m < to; m += 60_000_000_000L) {
            BigDecimal open = new BigDecimal("4012.3").add(BigDecimal.valueOf(bars.size()));
            bars.add(new AggregateBar(ticker, Instant.EPOCH.plusNanos(m), open, open.add(new BigDecimal("0.5")),
                    open.subtract(new BigDecimal("0.3")), open.add(new BigDecimal("0.2")), 7 + bars.size()));
        }
        return bars;
    }

    @Test
    void shouldPublishATradeWithExchangeTimeInNanosAndItsSequence() {
        trade("MGCZ6", 4012.3, 2, NINE.plusMillis(363), 32599300);

        RecordingSink.Tick tick = sink.ticks().get(0);
        assertEquals(Instruments.MGC, tick.instrument());
        assertEquals(Prices.toFixed(4012.3), tick.price(), "gold passes through unscaled");
        assertEquals(2, tick.quantity());
        assertEquals(NINE.toEpochMilli() * 1_000_000 + 363_000_000, tick.timeNanos());
        assertEquals(32599300, tick.sequence());
    }

    @Test
    void shouldPublishTheDataSymbolsTradesUnderTheTradedMicro() {
        trade("HGZ6", 4.5125, 1, NINE, 1);

        assertEquals(Instruments.MHG, sink.ticks().get(0).instrument());
    }

    @Test
    void shouldDropDuplicateAndOutOfOrderSequences() {
        trade("MGCZ6", 4012.3, 1, NINE, 10);
        trade("MGCZ6", 4012.3, 1, NINE, 10);
        trade("MGCZ6", 4012.2, 1, NINE, 9);
        trade("MGCZ6", 4012.4, 1, NINE.plusSeconds(1), 11);

        assertEquals(List.of(10L, 11L), sink.ticks().stream().map(RecordingSink.Tick::sequence).toList());
        assertEquals(2, monitor.duplicates());
    }

    @Test
    void shouldKeepSequencesApartPerTicker() {
        trade("MGCZ6", 4012.3, 1, NINE, 10);
        trade("HGZ6", 4.5125, 1, NINE, 3);

        assertEquals(2, sink.size());
    }

    @Test
    void shouldNotPublishTradesOfTickersItDidNotSubscribe() {
        trade("GCZ6", 4012.3, 1, NINE, 1);

        assertEquals(0, sink.size());
    }

    @Test
    void shouldRefuseATradeWithoutAPositivePriceOrSize() {
        trade("MGCZ6", 0, 1, NINE, 1);
        trade("MGCZ6", 4012.3, 0, NINE, 2);

        assertEquals(0, sink.size());
    }

    @Test
    void shouldRefuseAPriceOffTheContractsTickGrid() {
        trade("MGCZ6", 4012.35, 1, NINE, 1);

        assertEquals(0, sink.size(), "gold trades in 0.1 steps");
    }

    @Test
    void shouldAskForTheWholeMinutesBetweenTheLastTradeAndTheFirstAfterAReconnect() {
        trade("MGCZ6", 4012.3, 1, NINE.plusSeconds(10), 1);
        router.reconnected();
        trade("MGCZ6", 4013.0, 1, NINE.plusSeconds(5 * 60 + 30), 2);

        assertEquals(1, fillWindows.size());
        assertEquals(nanos(NINE.plusSeconds(60)), fillWindows.get(0)[0], "from the minute after the last trade");
        assertEquals(nanos(NINE.plusSeconds(5 * 60)), fillWindows.get(0)[1], "to the minute of the first trade back");
    }

    @Test
    void shouldHoldLiveTradesUntilTheMissedBarsArePublished() {
        trade("MGCZ6", 4012.3, 1, NINE.plusSeconds(10), 1);
        router.reconnected();
        trade("MGCZ6", 4013.0, 1, NINE.plusSeconds(5 * 60 + 30), 2);
        trade("MGCZ6", 4013.1, 1, NINE.plusSeconds(5 * 60 + 31), 3);
        assertEquals(1, sink.size(), "held while the gap is fetched");

        pendingFills.forEach(Runnable::run);

        List<RecordingSink.Tick> ticks = sink.ticks();
        assertEquals(1 + 4 * 4 + 2, ticks.size(), "4 missed bars of 4 ticks, then the 2 held trades");
        assertEquals(List.of(2L, 3L), ticks.subList(17, 19).stream().map(RecordingSink.Tick::sequence).toList());
        for (int k = 1; k < ticks.size(); k++) {
            assertTrue(ticks.get(k).timeNanos() > ticks.get(k - 1).timeNanos(), "time runs forward at " + k);
        }
    }

    @Test
    void shouldGiveEachMissedMinuteExactlyTheRestBarsOpenHighLowCloseAndVolume() {
        trade("MGCZ6", 4012.3, 1, NINE.plusSeconds(10), 1);
        router.reconnected();
        trade("MGCZ6", 4013.0, 1, NINE.plusSeconds(3 * 60 + 1), 2);
        pendingFills.forEach(Runnable::run);

        List<RecordingSink.Tick> missed = sink.ticks().subList(1, 9);
        assertBar(missed.subList(0, 4), 4012.3, 4012.8, 4012.0, 4012.5, 7);
        assertBar(missed.subList(4, 8), 4013.3, 4013.8, 4013.0, 4013.5, 8);
        assertEquals(2, monitor.gapBars());
    }

    @Test
    void shouldNotFillWhenTheConnectionCameBackWithinTheNextMinute() {
        trade("MGCZ6", 4012.3, 1, NINE.plusSeconds(10), 1);
        router.reconnected();
        trade("MGCZ6", 4013.0, 1, NINE.plusSeconds(70), 2);

        assertTrue(fillWindows.isEmpty());
        assertEquals(2, sink.size());
    }

    @Test
    void shouldNotFillOnTheFirstConnection() {
        trade("MGCZ6", 4012.3, 1, NINE.plusSeconds(10), 1);
        trade("MGCZ6", 4013.0, 1, NINE.plusSeconds(600), 2);

        assertTrue(fillWindows.isEmpty(), "a quiet market is not a gap; only a reconnect is");
    }

    @Test
    void shouldFillFromTheJournalsLastTickAfterARestart() {
        long[] journaled = new long[Instruments.count()];
        journaled[Instruments.MGC] = nanos(NINE.plusSeconds(10));
        router.resumeAfter(journaled);

        trade("MGCZ6", 4013.0, 1, NINE.plusSeconds(3 * 60 + 5), 1);

        assertEquals(1, fillWindows.size());
        assertEquals(nanos(NINE.plusSeconds(60)), fillWindows.get(0)[0]);
        assertEquals(nanos(NINE.plusSeconds(3 * 60)), fillWindows.get(0)[1]);
    }

    @Test
    void aWarmUpPublishesTheLookbacksBarsBeforeTheFirstLiveTradeHeldMeanwhile() {
        router.warmUp(minuteBars, nanos(NINE.plusSeconds(30)), 10 * 60_000_000_000L);
        assertEquals(2, fillWindows.size(), "MGC and MHG, neither with a journaled tick");
        assertEquals(nanos(NINE.minusSeconds(10 * 60)), fillWindows.get(0)[0], "ten minutes back from 09:00:00 ET");
        assertEquals(nanos(NINE), fillWindows.get(0)[1], "up to the current minute, which the live feed delivers");
        trade("MGCZ6", 4013.0, 1, NINE.plusSeconds(40), 1);
        assertEquals(0, sink.size(), "the live trade waits for its history");
        assertEquals("loading", monitor.snapshot().warmUp().state());

        pendingFills.forEach(Runnable::run);

        List<RecordingSink.Tick> ticks = sink.ticks();
        assertEquals(2 * 10 * 4 + 1, ticks.size(), "10 bars of 4 ticks for each contract, then the held trade");
        assertEquals(1L, ticks.get(40).sequence(), "gold's live trade right after gold's 40 history ticks");
        assertEquals(0, monitor.gapBars(), "a warm-up is not a gap fill");
    }

    @Test
    void aContractWithAJournaledTickWarmsUpOnlyTheMinutesAfterIt() {
        long[] journaled = new long[Instruments.count()];
        journaled[Instruments.MGC] = nanos(NINE.minusSeconds(4 * 60 + 30)); // 08:55:30 ET
        router.resumeAfter(journaled);
        router.warmUp(minuteBars, nanos(NINE.plusSeconds(30)), 10 * 60_000_000_000L);

        assertEquals(nanos(NINE.minusSeconds(4 * 60)), fillWindows.get(0)[0], "gold from 08:56, the minute after its last tick");
        assertEquals(nanos(NINE.minusSeconds(10 * 60)), fillWindows.get(1)[0], "copper, with none, the whole ten minutes");
        trade("MGCZ6", 4013.0, 1, NINE.plusSeconds(40), 1);
        pendingFills.forEach(Runnable::run);
        assertEquals(1, fillWindows.size() - 1, "no second fill at the first live trade: the warm-up was it");
    }

    @Test
    void aContractThatTradedThisMinuteNeedsNoWarmUp() {
        long[] journaled = new long[Instruments.count()];
        journaled[Instruments.MGC] = nanos(NINE.plusSeconds(5));
        journaled[Instruments.MHG] = nanos(NINE.plusSeconds(5));
        router.resumeAfter(journaled);
        router.warmUp(minuteBars, nanos(NINE.plusSeconds(30)), 10 * 60_000_000_000L);

        assertTrue(fillWindows.isEmpty());
        assertEquals("none", monitor.snapshot().warmUp().state());
    }

    @Test
    void shouldLeaveAGapLongerThanTwelveHoursToTheBackfill() {
        long[] journaled = new long[Instruments.count()];
        journaled[Instruments.MGC] = nanos(NINE.minusSeconds(3 * 24 * 3600));
        router.resumeAfter(journaled);

        trade("MGCZ6", 4013.0, 1, NINE, 1);

        assertTrue(fillWindows.isEmpty());
        assertEquals(1, sink.size(), "the live trade goes through at once");
        assertTrue(monitor.snapshot().lastError().contains("too long to fill live"));
    }

    @Test
    void shouldMapTheNewTickerAndStartItsSequenceAfreshAfterARoll() {
        trade("MGCZ6", 4012.3, 1, NINE, 500);

        router.useRoutes(new ContractRoutes(List.of(route(Instruments.MGC, "MGC", "MGCG7"), route(Instruments.MHG, "HG", "HGZ6"))));
        trade("MGCZ6", 4012.4, 1, NINE.plusSeconds(1), 501);
        trade("MGCG7", 4030.1, 1, NINE.plusSeconds(2), 7);

        assertEquals(List.of(500L, 7L), sink.ticks().stream().map(RecordingSink.Tick::sequence).toList(),
                "the old ticker is no longer ours; the new one's q counts from its own start");
        assertEquals(Instruments.MGC, sink.ticks().get(1).instrument());
    }

    private static void assertBar(List<RecordingSink.Tick> ticks, double open, double high, double low, double close,
                                  long volume) {
        long minute = ticks.get(0).minute();
        assertTrue(ticks.stream().allMatch(t -> t.minute() == minute), "all four inside the bar's minute");
        assertEquals(Prices.toFixed(open), ticks.get(0).price());
        assertEquals(Prices.toFixed(high), ticks.stream().mapToLong(RecordingSink.Tick::price).max().orElseThrow());
        assertEquals(Prices.toFixed(low), ticks.stream().mapToLong(RecordingSink.Tick::price).min().orElseThrow());
        assertEquals(Prices.toFixed(close), ticks.get(3).price());
        assertEquals(volume, ticks.stream().mapToLong(RecordingSink.Tick::quantity).sum());
        assertTrue(ticks.stream().allMatch(t -> t.sequence() == TradeRouter.SYNTHETIC_SEQUENCE));
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
