package com.fks.copilot.gateway.feed;

import com.fks.copilot.engine.market.Prices;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every field of MARKET.md's Massive events, decoded from the documented frames. */
class FeedMessageDecoderTest {
    private final FeedMessageDecoder decoder = new FeedMessageDecoder();

    /** A copy of each event, since the decoder reuses one. */
    private record Seen(byte type, String symbol, long price, long size, long timeMillis, long sequence,
                        long bidPrice, long bidSize, long bidTime, long askPrice, long askSize, long askTime,
                        long volume, double dollarVolume, long open, long close, long high, long low,
                        long transactions, long start, long end, String status, String message) {
        static Seen of(FeedEvent e) {
            return new Seen(e.type, e.symbolText(), e.price, e.size, e.timeMillis, e.sequence, e.bidPrice, e.bidSize,
                    e.bidTimeMillis, e.askPrice, e.askSize, e.askTimeMillis, e.volume, e.dollarVolume, e.open, e.close,
                    e.high, e.low, e.transactions, e.startMillis, e.endMillis, e.status, e.message);
        }
    }

    private List<Seen> decode(String frame, boolean wellFormed) {
        List<Seen> seen = new ArrayList<>();
        byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
        assertEquals(wellFormed, decoder.decode(bytes, 0, bytes.length, e -> seen.add(Seen.of(e))));
        return seen;
    }

    @Test
    void shouldDecodeEveryFieldOfATrade() {
        Seen trade = decode("[{\"ev\":\"T\",\"sym\":\"ESZ4\",\"p\":6064.5,\"s\":1,\"t\":1734103628363,\"q\":32599300}]", true).get(0);

        assertEquals(FeedEvent.TRADE, trade.type());
        assertEquals("ESZ4", trade.symbol());
        assertEquals(Prices.toFixed(6064.5), trade.price());
        assertEquals(1, trade.size());
        assertEquals(1734103628363L, trade.timeMillis());
        assertEquals(32599300L, trade.sequence());
    }

    @Test
    void shouldDecodeEveryFieldOfAQuote() {
        Seen quote = decode("[{\"ev\":\"Q\",\"sym\":\"MGCZ6\",\"bp\":4012.3,\"bs\":4,\"bt\":1734103628360,"
                + "\"ap\":4012.4,\"as\":7,\"at\":1734103628361,\"t\":1734103628362}]", true).get(0);

        assertEquals(FeedEvent.QUOTE, quote.type());
        assertEquals("MGCZ6", quote.symbol());
        assertEquals(Prices.toFixed(4012.3), quote.bidPrice());
        assertEquals(4, quote.bidSize());
        assertEquals(1734103628360L, quote.bidTime());
        assertEquals(Prices.toFixed(4012.4), quote.askPrice());
        assertEquals(7, quote.askSize());
        assertEquals(1734103628361L, quote.askTime());
        assertEquals(1734103628362L, quote.timeMillis());
    }

    @Test
    void shouldDecodeEveryFieldOfAMinuteBar() {
        Seen bar = decode("[{\"ev\":\"AM\",\"sym\":\"6CH5\",\"v\":91,\"dv\":1353.1,\"o\":6994.5,\"c\":6995,\"h\":6995,"
                + "\"l\":6994.5,\"n\":10,\"s\":1751933700000,\"e\":1751933760000}]", true).get(0);

        assertEquals(FeedEvent.MINUTE_BAR, bar.type());
        assertEquals("6CH5", bar.symbol());
        assertEquals(91, bar.volume());
        assertEquals(1353.1, bar.dollarVolume());
        assertEquals(Prices.toFixed(6994.5), bar.open());
        assertEquals(Prices.toFixed(6995), bar.close());
        assertEquals(Prices.toFixed(6995), bar.high());
        assertEquals(Prices.toFixed(6994.5), bar.low());
        assertEquals(10, bar.transactions());
        assertEquals(1751933700000L, bar.start());
        assertEquals(1751933760000L, bar.end());
        assertEquals(0, bar.size(), "a bar's s is its start, not a size");
    }

    @Test
    void shouldTellASecondBarFromAMinuteBar() {
        assertEquals(FeedEvent.SECOND_BAR, decode("[{\"ev\":\"A\",\"sym\":\"MGCZ6\",\"s\":1,\"e\":2}]", true).get(0).type());
    }

    @Test
    void shouldDecodeStatusEventsWithTheirText() {
        List<Seen> seen = decode("[{\"ev\":\"status\",\"status\":\"auth_failed\",\"message\":\"authentication failed\"}]", true);

        assertEquals(FeedEvent.STATUS, seen.get(0).type());
        assertEquals("auth_failed", seen.get(0).status());
        assertEquals("authentication failed", seen.get(0).message());
    }

    @Test
    void shouldHandEveryEventOfAnArrayOverInOrder() {
        List<Seen> seen = decode("[{\"ev\":\"T\",\"sym\":\"MGCZ6\",\"p\":4012.3,\"s\":2,\"t\":1,\"q\":10},"
                + " {\"ev\":\"T\",\"sym\":\"MNQZ6\",\"p\":21450.25,\"s\":3,\"t\":2,\"q\":11}]", true);

        assertEquals(List.of("MGCZ6", "MNQZ6"), seen.stream().map(Seen::symbol).toList());
        assertEquals(Prices.toFixed(21450.25), seen.get(1).price());
    }

    @Test
    void shouldKeepTinyCopperPricesExact() {
        assertEquals(451_250_000L, decode("[{\"ev\":\"T\",\"sym\":\"HGZ6\",\"p\":4.5125,\"s\":1,\"t\":1,\"q\":1}]", true)
                .get(0).price());
    }

    @Test
    void shouldSkipFieldsItDoesNotKnowWhateverTheirShape() {
        Seen trade = decode("[{\"ev\":\"T\",\"x\":{\"a\":[1,\"]\"]},\"conditions\":[1,2],\"ok\":true,\"none\":null,"
                + "\"sym\":\"MESZ6\",\"p\":6055.25,\"s\":1,\"t\":5,\"q\":6}]", true).get(0);

        assertEquals("MESZ6", trade.symbol());
        assertEquals(6, trade.sequence());
    }

    @Test
    void shouldReadExponentNumbers() {
        assertEquals(Prices.toFixed(150), decode("[{\"ev\":\"T\",\"p\":1.5e2}]", true).get(0).price());
    }

    @Test
    void shouldStopAtAMalformedEventAndKeepTheOnesBeforeIt() {
        List<Seen> seen = decode("[{\"ev\":\"T\",\"sym\":\"MGCZ6\",\"p\":4012.3,\"s\":1,\"t\":1,\"q\":1},{\"ev\":\"T\",\"p\":}]", false);

        assertEquals(1, seen.size());
    }

    @Test
    void shouldRejectTruncatedAndNonJsonFrames() {
        assertTrue(decode("[{\"ev\":\"T\",\"sym\":\"MGC", false).isEmpty());
        assertTrue(decode("hello", false).isEmpty());
        assertFalse(decode("[]", true).size() > 0);
    }
}
