package com.fks.copilot.perf;

import com.fks.copilot.engine.feed.FeedSink;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.gateway.feed.ContractRoute;
import com.fks.copilot.gateway.feed.ContractRoutes;
import com.fks.copilot.gateway.feed.FeedEvent;
import com.fks.copilot.gateway.feed.FeedEventListener;
import com.fks.copilot.gateway.feed.FeedMessageDecoder;
import com.fks.copilot.gateway.feed.FeedMonitor;
import com.fks.copilot.gateway.feed.TradeRouter;
import com.fks.copilot.gateway.massive.FuturesContract;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cost per event of the live feed's edge: decoding Massive trade frames from a Netty ByteBuf, and
 * decoding plus routing (symbol → instrument, {@code q} guard, hand-off to a sink) as the feed's
 * event loop does for every trade. Scores are per trade event ({@link OperationsPerInvocation}).
 * The routed frame's {@code q} values are bumped in place before each decode (a few byte writes)
 * so the guard publishes every trade instead of dropping repeats.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class FeedDecodeBenchmark {
    /** Trades per frame: Massive batches events; 10 is a busy market's frame. */
    static final int TRADES = 10;
    private static final String[] TICKERS = {"MGCZ6", "MNQZ6", "MESZ6", "MCLF7", "SILH7", "MHGH7"};
    private static final String[] PRICES = {"4012.3", "21450.25", "6055.5", "68.45", "31.525", "4.5125"};
    /** Width of each q in the frame: fixed, so it can be incremented in place. */
    private static final int Q_DIGITS = 12;

    private final FeedMessageDecoder decoder = new FeedMessageDecoder();
    private byte[] frameBytes;
    private ByteBuf frame;
    private int[] sequenceEnds;
    private Blackhole blackhole;
    private final FeedEventListener consumer = this::consume;
    private TradeRouter router;
    private final CountingSink sink = new CountingSink();

    @Setup
    public void setUp(Blackhole bh) {
        blackhole = bh;
        StringBuilder json = new StringBuilder("[");
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < TRADES; i++) {
            int k = i % TICKERS.length;
            json.append(i == 0 ? "" : ",").append("{\"ev\":\"T\",\"sym\":\"").append(TICKERS[k]).append("\",\"p\":")
                    .append(PRICES[k]).append(",\"s\":").append(1 + i % 3).append(",\"t\":").append(1763301600123L + i)
                    .append(",\"q\":").append(String.format("%0" + Q_DIGITS + "d", 100_000_000L + i));
            ends.add(json.length());
            json.append('}');
        }
        frameBytes = json.append(']').toString().getBytes(StandardCharsets.US_ASCII);
        frame = Unpooled.wrappedBuffer(frameBytes);
        sequenceEnds = ends.stream().mapToInt(Integer::intValue).toArray();
        List<ContractRoute> routes = new ArrayList<>();
        for (int i = 0; i < TICKERS.length; i++) {
            routes.add(new ContractRoute(Instruments.byIndex(i), TICKERS[i].substring(0, TICKERS[i].length() - 2),
                    new FuturesContract(TICKERS[i], "X", null, LocalDate.of(2027, 3, 1)), LocalDate.of(2027, 2, 20)));
        }
        router = new TradeRouter(new ContractRoutes(routes), sink, new FeedMonitor("real-time"), null);
    }

    /** Decode only: each event's trade fields go to a Blackhole. */
    @Benchmark
    @OperationsPerInvocation(TRADES)
    public boolean decode() {
        return decoder.decode(frame, consumer);
    }

    /** Decode and route into a sink, as the live feed's event loop does (the sink only counts). */
    @Benchmark
    @OperationsPerInvocation(TRADES)
    public long decodeAndRoute() {
        for (int end : sequenceEnds) {
            bumpSequence(end);
        }
        decoder.decode(frame, router);
        return sink.ticks;
    }

    private void consume(FeedEvent event) {
        blackhole.consume(event.price);
        blackhole.consume(event.size);
        blackhole.consume(event.timeMillis);
        blackhole.consume(event.sequence);
        blackhole.consume(event.symbolLength);
    }

    /** Adds TRADES to the fixed-width decimal q ending at {@code end} (exclusive), in place. */
    private void bumpSequence(int end) {
        int carry = TRADES;
        for (int i = end - 1; carry > 0 && i >= end - Q_DIGITS; i--) {
            int digit = frameBytes[i] - '0' + carry;
            frameBytes[i] = (byte) ('0' + digit % 10);
            carry = digit / 10;
        }
    }

    /** A sink that only counts, so the benchmark measures the feed edge and not the ring. */
    private static final class CountingSink implements FeedSink {
        long ticks;

        @Override
        public void tick(int instrument, long price, long quantity, long exchangeTimeNanos, long sequence) {
            ticks += instrument + 1;
        }

        @Override
        public void clock(long eventTimeNanos, long sequence) {
        }
    }
}
