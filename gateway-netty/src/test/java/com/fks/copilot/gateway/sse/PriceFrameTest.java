package com.fks.copilot.gateway.sse;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PriceFrameTest {
    private static final long NINE_THIRTY_ET_NANOS = 1_764_858_600L * 1_000_000_000L; // 2025-12-04 09:30 ET
    private final PriceFrame frame = new PriceFrame();

    private String written(int instrument, double last, double open, double high, double low) {
        ByteBuf out = Unpooled.buffer();
        frame.write(out, Instruments.byIndex(instrument), Prices.toFixed(last), Prices.toFixed(open), Prices.toFixed(high),
                Prices.toFixed(low), 7, NINE_THIRTY_ET_NANOS + 12_500_000_000L, 1_764_858_612_345_678L);
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void goldPriceIsQuotedAsCmeQuotesItWithChangeFromTheOpen() {
        assertEquals("event: mgc-price\ndata: {\"symbol\":\"MGC\",\"seq\":7,\"price\":\"5212.3\",\"close\":5212.3,"
                        + "\"change\":\"+4.0 (+0.08%)\",\"high\":\"5213.0\",\"low\":\"5201.5\",\"direction\":\"up\","
                        + "\"minute\":1764858600,\"t\":1764858612345678}\n\n",
                written(Instruments.MGC, 5212.3, 5208.3, 5213.0, 5201.5));
    }

    @Test
    void fallingPriceCarriesItsMinusSignOnceAndPointsDown() {
        String mnq = written(Instruments.MNQ, 21000.25, 21100.00, 21120.50, 20990.00);
        // 99.75 / 21100 = 0.4727 % -> 0.47 %
        assertEquals(true, mnq.contains("\"change\":\"-99.75 (-0.47%)\""), mnq);
        assertEquals(true, mnq.contains("\"direction\":\"down\""), mnq);
    }

    @Test
    void unchangedPriceIsFlatWithoutASign() {
        String mes = written(Instruments.MES, 6050.00, 6050.00, 6050.00, 6050.00);
        assertEquals(true, mes.contains("\"change\":\"0.00 (0.00%)\""), mes);
        assertEquals(true, mes.contains("\"direction\":\"flat\""), mes);
    }

    @Test
    void copperKeepsItsFourDecimalsAndSilverItsThree() {
        assertEquals(true, written(Instruments.MHG, 4.5005, 4.5000, 4.5100, 4.4900).contains("\"price\":\"4.5005\""));
        assertEquals(true, written(Instruments.SIL, 31.105, 31.000, 31.200, 30.950).contains("\"price\":\"31.105\",\"close\":31.105"));
    }

    @Test
    void halfAPercentTickRoundsUpLikeTheCard() {
        // 0.125 % exactly: half up gives 0.13 %
        assertEquals(true, written(Instruments.MES, 1001.25, 1000.00, 1001.25, 1000.00).contains("(+0.13%)"));
    }

    @Test
    void writingAFrameAllocatesNothingOnceWarm() {
        ByteBuf out = Unpooled.directBuffer(1 << 20);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int i = 0; i < 20_000; i++) { // warm up (and let the JIT settle)
            out.clear();
            frame.write(out, Instruments.byIndex(Instruments.MGC), 521_230_000_000L + i, 520_830_000_000L, 521_300_000_000L,
                    520_150_000_000L, i, NINE_THIRTY_ET_NANOS, 1L);
        }
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 1_000; i++) {
            out.clear();
            frame.write(out, Instruments.byIndex(Instruments.MGC), 521_230_000_000L + i, 520_830_000_000L, 521_300_000_000L,
                    520_150_000_000L, i, NINE_THIRTY_ET_NANOS, 1L);
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        out.release();
        assertEquals(true, allocated < 1_000, "1,000 frames allocated " + allocated + " bytes");
    }
}
