package com.fks.copilot.gateway.feed;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.DefaultEventLoop;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ARCHITECTURE rule 5 at the feed's edge: from the bytes read off the socket to the decoded trade,
 * reading a Massive frame allocates nothing. Measured on a Netty thread, as the feed's loop runs, as
 * the difference to a pipeline that only frees what it reads (the in-memory channel's own cost).
 */
class FrameReadAllocationTest {
    private static final byte[] TRADE = "[{\"ev\":\"T\",\"sym\":\"MGCG7\",\"p\":5212.4,\"s\":1,\"t\":1764858612345,\"q\":123456}]"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void readingATradeFrameAllocatesNothingBeyondTheSocketRead() throws Exception {
        DefaultEventLoop loop = new DefaultEventLoop();
        try {
            double[] perFrame = loop.submit(() -> {
                FeedMessageDecoder decoder = new FeedMessageDecoder();
                long[] trades = new long[1];
                FeedEventListener sink = event -> trades[0] += event.type;
                double reader = bytesPerFrame(new MassiveFrameReader(1 << 20, payload -> decoder.decode(payload, sink), why -> { }));
                double passThrough = bytesPerFrame(new ChannelInboundHandlerAdapter() {
                    @Override
                    public void channelRead(ChannelHandlerContext ctx, Object msg) {
                        ReferenceCountUtil.release(msg);
                    }
                });
                return new double[]{reader, passThrough};
            }).get(60, TimeUnit.SECONDS);
            assertTrue(perFrame[0] - perFrame[1] < 4, "frame reader + trade decode " + perFrame[0]
                    + " B/frame against the channel's own " + perFrame[1]);
        } finally {
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private static double bytesPerFrame(ChannelHandler handler) {
        EmbeddedChannel channel = new EmbeddedChannel(handler);
        byte[] frame = new byte[TRADE.length + 2];
        frame[0] = (byte) 0x81;
        frame[1] = (byte) TRADE.length;
        System.arraycopy(TRADE, 0, frame, 2, TRADE.length);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = 0;
        int warm = 100_000;
        int measured = 50_000;
        for (int i = 0; i < warm + measured; i++) {
            if (i == warm) {
                before = threads.getThreadAllocatedBytes(id);
            }
            ByteBuf read = PooledByteBufAllocator.DEFAULT.directBuffer(frame.length).writeBytes(frame);
            channel.writeInbound(read);
        }
        double perFrame = (threads.getThreadAllocatedBytes(id) - before) / (double) measured;
        channel.finishAndReleaseAll();
        return perFrame;
    }
}
