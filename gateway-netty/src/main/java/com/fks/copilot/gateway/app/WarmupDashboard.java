package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.http.HttpServer;
import com.fks.copilot.gateway.sse.SseHub;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.util.ReferenceCountUtil;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The warm-up's dashboard: a scratch {@link HttpServer} (the app's own pipeline) whose only route
 * joins the scratch hub's stream, and one loopback client reading that stream and throwing it away.
 * The warm-up's publishes then go through the same HTTP encoder and socket writes as a browser's.
 */
final class WarmupDashboard implements AutoCloseable {
    private static final byte[] REQUEST = "GET /sse/dashboard HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    private final HttpServer server;
    private final Channel reader;

    private WarmupDashboard(HttpServer server, Channel reader) {
        this.server = server;
        this.reader = reader;
    }

    /** Starts the server on {@code group} and connects the reader; returns once the hub counts it. */
    static WarmupDashboard open(EventLoopGroup group, SseHub hub) throws InterruptedException {
        HttpServer server = new HttpServer(group).start("127.0.0.1", 0, new JoinStream(hub));
        Channel reader = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new Discard())
                .connect("127.0.0.1", server.port()).sync().channel();
        reader.writeAndFlush(Unpooled.wrappedBuffer(REQUEST)).sync();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (hub.clients() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return new WarmupDashboard(server, reader);
    }

    @Override
    public void close() {
        reader.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        server.close();
    }

    @ChannelHandler.Sharable
    private static final class JoinStream extends SimpleChannelInboundHandler<FullHttpRequest> {
        private final SseHub hub;

        JoinStream(SseHub hub) {
            this.hub = hub;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            hub.connect(ctx.channel());
        }
    }

    private static final class Discard extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ReferenceCountUtil.release(msg);
        }
    }
}
