package com.fks.copilot.gateway.app;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A stand-in for Massive's futures WebSocket on loopback, for the hot-path warm-up only: it greets,
 * accepts any key, confirms the subscription and then sends whatever trade frames the warm-up gives
 * it; hanging up makes the feed reconnect, as Massive's own hang-ups do. The app's own
 * {@code MassiveFeed} connects to it, so the warm-up compiles the very classes a live trade goes through (socket channel, buffers, frame reader), not stand-ins for them.
 */
final class WarmupExchange implements AutoCloseable {
    /** The exchange's own thread: trades arrive at the app's loop from outside it, as a real feed's do. */
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("warm-up-exchange", true),
            NioIoHandler.newFactory());
    private final Channel server;
    /** Each connection once it has subscribed, in order (the feed reconnects after the exchange hangs up). */
    private final BlockingQueue<Channel> subscribers = new LinkedBlockingQueue<>();
    private final List<Channel> connections = new CopyOnWriteArrayList<>();

    private WarmupExchange() throws InterruptedException {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(8192),
                                new WebSocketServerProtocolHandler("/futures"), new Conversation());
                    }
                })
                .bind("127.0.0.1", 0).sync().channel();
    }

    static WarmupExchange open() throws InterruptedException {
        return new WarmupExchange();
    }

    URI url() {
        return URI.create("ws://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort() + "/futures");
    }

    /** The feed's next connection that has subscribed. */
    Channel awaitSubscriber(long timeoutSeconds) throws InterruptedException, TimeoutException {
        Channel next = subscribers.poll(timeoutSeconds, TimeUnit.SECONDS);
        if (next == null) {
            throw new TimeoutException("the warm-up feed did not subscribe within " + timeoutSeconds + " s");
        }
        return next;
    }

    /** Hangs up the newest connection; the feed reconnects. */
    void hangUpLatest() throws InterruptedException {
        connections.get(connections.size() - 1).close().sync();
    }

    /** Writes one text frame of {@code payload} to the subscriber; the future completes when the socket took it. */
    static ChannelFuture send(Channel subscriber, byte[] payload, boolean flush) {
        ByteBuf content = Unpooled.wrappedBuffer(payload);
        TextWebSocketFrame frame = new TextWebSocketFrame(content);
        return flush ? subscriber.writeAndFlush(frame) : subscriber.write(frame);
    }

    @Override
    public void close() {
        server.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        connections.forEach(channel -> channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS));
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(2, TimeUnit.SECONDS);
    }

    /** Massive's greeting, auth and subscribe answers (MARKET.md). */
    private final class Conversation extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
                connections.add(ctx.channel());
                status(ctx, "connected", "Connected Successfully");
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            String text = frame.text();
            if (text.contains("\"auth\"")) {
                status(ctx, "auth_success", "authenticated");
            } else if (text.contains("\"subscribe\"")) {
                status(ctx, "success", "subscribed (warm-up)");
                subscribers.add(ctx.channel());
            }
        }

        private void status(ChannelHandlerContext ctx, String status, String message) {
            ctx.writeAndFlush(new TextWebSocketFrame("[{\"ev\":\"status\",\"status\":\"" + status + "\",\"message\":\""
                    + message + "\"}]"));
        }
    }
}
