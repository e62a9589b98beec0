package com.fks.copilot.gateway.feed;

import com.fks.copilot.engine.feed.BarPath;
import com.fks.copilot.engine.feed.FeedSink;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.state.MinuteBar;
import com.fks.copilot.gateway.massive.AggregateBar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * Live trades into the ring: each trade of a subscribed ticker becomes a TICK of its instrument
 * with the exchange time (ms → epoch nanos) and Massive's {@code q} as the source sequence. A
 * trade whose {@code q} is not above the last one published for that instrument is a duplicate
 * or arrived out of order and is dropped (counted in the feed status).
 *
 * <p>After a reconnect the first trade of each instrument shows how much was missed: the whole
 * minutes between the minute of the last trade published and the minute of this one. Those are
 * fetched from the REST aggregates while this and later trades of the instrument are held; then
 * the missed bars and the held trades are published, in that order, so the engine's bars run on
 * without a hole and without a minute counted twice. The two boundary minutes (the one the
 * connection dropped in, the one it came back in) keep what the live feed delivered: the engine
 * has already closed the first, and the second is still being traded.
 *
 * <p>A missed bar becomes four ticks inside its minute: open at :00, then the two extremes, then
 * close at :45, all the bar's volume on the close (the others carry 0). That gives the engine's
 * 1-minute and 5-minute bars the bar's exact open, high, low, close and volume; a single tick at
 * the close would lose the range, and splitting the volume would invent a distribution. The
 * extreme nearer the close goes second (low first on an up bar), the usual OHLC path. Their
 * source sequence is 0 ("none"): they are journaled like any tick, so replay reproduces them.
 *
 * <p>A restart is treated like a reconnect: the journal's last tick of each instrument is where the
 * live data stopped ({@link #resumeAfter}). A gap longer than {@link #LONGEST_FILL_NANOS} (a
 * weekend, a day off) is not filled live; that is history, for {@code copilot backfill}.
 *
 * <p>Runs on the feed's event loop only (the gap answers come back there too); no allocation per
 * live trade outside a gap.
 */
public final class TradeRouter implements FeedEventListener {
    static final long SYNTHETIC_SEQUENCE = 0;
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long MINUTE_NANOS = MinuteBar.NANOS;
    /** 12 hours: 720 one-minute bars, one REST page; anything longer is history, not a gap. */
    static final long LONGEST_FILL_NANOS = 12 * 60 * MINUTE_NANOS;

    private ContractRoutes routes;
    private final FeedSink sink;
    private final FeedMonitor monitor;
    private final GapFill gapFill;
    private final long[] lastSequence = new long[Instruments.count()];
    private final long[] lastTradeNanos = new long[Instruments.count()];
    private final boolean[] checkGap = new boolean[Instruments.count()];
    private final HeldTrades[] held = new HeldTrades[Instruments.count()];
    private final long[] tickFixed = new long[Instruments.count()];

    /** @param gapFill where missed minutes come from; null = reconnects leave holes */
    public TradeRouter(ContractRoutes routes, FeedSink sink, FeedMonitor monitor, GapFill gapFill) {
        this.routes = routes;
        this.sink = sink;
        this.monitor = monitor;
        this.gapFill = gapFill;
        Arrays.fill(lastSequence, Long.MIN_VALUE);
        for (int i = 0; i < tickFixed.length; i++) {
            tickFixed[i] = Instruments.byIndex(i).tickFixed();
        }
    }

    @Override
    public void onEvent(FeedEvent event) {
        if (event.type == FeedEvent.TRADE) {
            onTrade(event);
        }
    }

    /** A new connection is live: each instrument that traded before checks its first trade for a gap. */
    public void reconnected() {
        for (int i = 0; i < checkGap.length; i++) {
            checkGap[i] = lastTradeNanos[i] != 0;
        }
    }

    /**
     * The front month rolled: trades now come from {@code next}'s tickers. An instrument whose ticker
     * changed starts its {@code q} guard afresh ({@code q} counts per ticker); its bars run on, and
     * the first trade of the new ticker after the reconnect fills any whole minutes from the new one.
     */
    public void useRoutes(ContractRoutes next) {
        for (int i = 0; i < lastSequence.length; i++) {
            String before = routes.tickerOf(i);
            if (before != null && !before.equals(next.tickerOf(i))) {
                lastSequence[i] = Long.MIN_VALUE;
            }
        }
        routes = next;
    }

    /**
     * Before the first connection of a restarted run: {@code lastTickNanos[i]} is the exchange time of
     * instrument i's last journaled tick (0 = none), and its first live trade fills the minutes between.
     */
    public void resumeAfter(long[] lastTickNanos) {
        for (int i = 0; i < lastTickNanos.length && i < lastTradeNanos.length; i++) {
            if (lastTickNanos[i] > 0) {
                lastTradeNanos[i] = lastTickNanos[i];
                checkGap[i] = true;
            }
        }
    }

    /**
     * Before the first connection: each contract fetches from {@code history} the 1-minute bars it lacks of the
     * {@code lookbackNanos} before {@code nowNanos} — all of them when nothing was journaled (no database either),
     * else those after its last journaled or stored tick — and its live trades are held until they are published,
     * as after a reconnect (which this replaces for the first connection). The bars go into the ring as ticks, so
     * they are journaled and a replay needs no network.
     */
    public void warmUp(GapFill history, long nowNanos, long lookbackNanos) {
        long to = Math.floorDiv(nowNanos, MINUTE_NANOS) * MINUTE_NANOS;
        long earliest = to - lookbackNanos;
        long[] from = new long[held.length];
        int contracts = 0;
        for (int i = 0; i < lastTradeNanos.length; i++) {
            long after = lastTradeNanos[i] == 0 ? earliest
                    : Math.floorDiv(lastTradeNanos[i], MINUTE_NANOS) * MINUTE_NANOS + MINUTE_NANOS;
            from[i] = Math.max(earliest, after);
            if (routes.tickerOf(i) != null && from[i] < to) {
                held[i] = new HeldTrades();
                checkGap[i] = false;
                contracts++;
            }
        }
        monitor.warmUpStarted(contracts);
        for (int i = 0; i < held.length; i++) {
            if (held[i] != null) {
                int instrument = i;
                long start = from[i];
                history.request(routes.tickerOf(i), start, to, bars -> release(instrument, start, to, bars, false));
            }
        }
    }

    private void onTrade(FeedEvent event) {
        int i = routes.instrumentOf(event);
        if (i < 0) {
            monitor.unknownSymbol();
            return;
        }
        if (event.sequence <= lastSequence[i]) {
            monitor.duplicateDropped();
            return;
        }
        if (event.price <= 0 || event.price % tickFixed[i] != 0 || event.size <= 0 || event.timeMillis <= 0) {
            monitor.malformedFrame(); // validation at the edge: a bad trade never enters the ring
            return;
        }
        lastSequence[i] = event.sequence;
        long nanos = event.timeMillis * NANOS_PER_MILLI;
        if (held[i] == null && checkGap[i]) {
            checkGap[i] = false;
            startFill(i, nanos);
        }
        if (held[i] != null) {
            held[i].add(event.price, event.size, nanos, event.sequence);
            return;
        }
        publish(i, event.price, event.size, nanos, event.sequence);
    }

    private void startFill(int i, long firstNanos) {
        long from = Math.floorDiv(lastTradeNanos[i], MINUTE_NANOS) * MINUTE_NANOS + MINUTE_NANOS;
        long to = Math.floorDiv(firstNanos, MINUTE_NANOS) * MINUTE_NANOS;
        if (gapFill == null || from >= to) {
            return;
        }
        if (to - from > LONGEST_FILL_NANOS) {
            monitor.error("missed " + (to - from) / MINUTE_NANOS + " minutes of " + routes.tickerOf(i)
                    + ": too long to fill live; 'copilot backfill' stores history");
            return;
        }
        held[i] = new HeldTrades();
        gapFill.request(routes.tickerOf(i), from, to, bars -> release(i, from, to, bars, true));
    }

    /** Publishes the fetched bars, then the trades held meanwhile; {@code gap}: counted as a gap fill (not a warm-up). */
    private void release(int i, long from, long to, List<AggregateBar> bars, boolean gap) {
        int filled = 0;
        for (AggregateBar bar : bars) {
            long start = ChronoUnit.NANOS.between(java.time.Instant.EPOCH, bar.windowStart());
            if (start >= from && start < to && start > lastTradeNanos[i]) {
                publishBar(i, start, bar);
                filled++;
            }
        }
        if (gap) {
            monitor.gapFilled(filled);
        }
        HeldTrades trades = held[i];
        held[i] = null;
        for (int k = 0; k < trades.count; k++) {
            publish(i, trades.prices[k], trades.sizes[k], trades.times[k], trades.sequences[k]);
        }
    }

    private void publishBar(int i, long start, AggregateBar bar) {
        BarPath.play(start, fixed(bar.open()), fixed(bar.high()), fixed(bar.low()), fixed(bar.close()), bar.volume(),
                (price, quantity, nanos) -> sink.tick(i, price, quantity, nanos, SYNTHETIC_SEQUENCE));
        lastTradeNanos[i] = BarPath.lastTradeNanos(start);
    }

    private void publish(int i, long price, long size, long nanos, long sequence) {
        sink.tick(i, price, size, nanos, sequence);
        lastTradeNanos[i] = nanos;
        monitor.tradePublished();
    }

    /** Points → fixed-point, exact for any quoted price (8 decimals). */
    private static long fixed(BigDecimal points) {
        return points.movePointRight(8).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Live trades of one instrument waiting for its gap fill; grows as needed (a rare path). */
    private static final class HeldTrades {
        long[] prices = new long[64];
        long[] sizes = new long[64];
        long[] times = new long[64];
        long[] sequences = new long[64];
        int count;

        void add(long price, long size, long nanos, long sequence) {
            if (count == prices.length) {
                prices = Arrays.copyOf(prices, count * 2);
                sizes = Arrays.copyOf(sizes, count * 2);
                times = Arrays.copyOf(times, count * 2);
                sequences = Arrays.copyOf(sequences, count * 2);
            }
            prices[count] = price;
            sizes[count] = size;
            times[count] = nanos;
            sequences[count] = sequence;
            count++;
        }
    }
}
