package com.fks.copilot.gateway.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.GlobalEventExecutor;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Massive's futures WebSocket on loopback (plain ws), speaking its protocol as
 * MARKET.md documents it: the {@code connected} greeting, auth answered {@code auth_success} or
 * {@code auth_failed}, a {@code success} status per subscribed channel, events as JSON arrays.
 * Tests push frames (well-formed or not) to every subscribed client and can drop connections.
 */
public final class FakeMassiveFeed implements AutoCloseable {
    public static final String KEY = "ws-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final ChannelGroup subscribed = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final Channel server;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> clientMessages = new CopyOnWriteArrayList<>();
    private final List<String> subscriptions = new CopyOnWriteArrayList<>();
    private final String key;

    public FakeMassiveFeed() throws InterruptedException {
        this(KEY);
    }

    /** A feed that accepts {@code key} only. */
    public FakeMassiveFeed(String key) throws InterruptedException {
        this.key = key;
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65536),
                                new WebSocketServerProtocolHandler("/futures"), new Conversation());
                    }
                })
                .bind("127.0.0.1", 0).sync().channel();
    }

    public URI url() {
        return URI.create("ws://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort() + "/futures");
    }

    public int connections() {
        return connections.get();
    }

    /** Every text frame a client sent, in order, across connections. */
    public List<String> clientMessages() {
        return List.copyOf(clientMessages);
    }

    /** The params of every subscribe message. */
    public List<String> subscriptions() {
        return List.copyOf(subscriptions);
    }

    public int subscribedClients() {
        return subscribed.size();
    }

    /** Sends one frame to every subscribed client. */
    public void push(String frame) {
        subscribed.writeAndFlush(new TextWebSocketFrame(frame)).syncUninterruptibly();
    }

    /** The server closes every client connection (a Massive restart or network drop). */
    public void dropAll() {
        subscribed.close().syncUninterruptibly();
    }

    public static String trade(String sym, String price, long size, long timeMillis, long q) {
        return "{\"ev\":\"T\",\"sym\":\"" + sym + "\",\"p\":" + price + ",\"s\":" + size + ",\"t\":" + timeMillis
                + ",\"q\":" + q + "}";
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }

    private final class Conversation extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
                connections.incrementAndGet();
                status(ctx, "connected", "Connected Successfully");
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) throws Exception {
            String text = frame.text();
            clientMessages.add(text);
            JsonNode message = JSON.readTree(text);
            String params = message.path("params").asText();
            switch (message.path("action").asText()) {
                case "auth" -> {
                    if (key.equals(params)) {
                        status(ctx, "auth_success", "authenticated");
                    } else {
                        status(ctx, "auth_failed", "authentication failed");
                    }
                }
                case "subscribe" -> {
                    subscriptions.add(params);
                    for (String channel : params.split(",")) {
                        status(ctx, "success", "subscribed to: " + channel);
                    }
                    subscribed.add(ctx.channel());
                }
                default -> status(ctx, "error", "unknown action");
            }
        }

        private void status(ChannelHandlerContext ctx, String status, String message) {
            ctx.writeAndFlush(new TextWebSocketFrame("[{\"ev\":\"status\",\"status\":\"" + status + "\",\"message\":\""
                    + message + "\"}]"));
        }
    }
}
