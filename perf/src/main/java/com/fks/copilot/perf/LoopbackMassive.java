package com.fks.copilot.perf;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * Massive's futures WebSocket as far as a latency run needs it, on loopback: greets, accepts any
 * key, acknowledges the subscription, then carries the frames {@link #send} is given to the one
 * subscribed client.
 */
final class LoopbackMassive implements AutoCloseable {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel server;
    private volatile Channel client;

    LoopbackMassive() throws InterruptedException {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65536),
                                new WebSocketServerProtocolHandler("/futures"), new Conversation());
                    }
                })
                .bind(SseDashboardTarget.LOOPBACK, 0).sync().channel();
    }

    URI url() {
        return URI.create("ws://" + SseDashboardTarget.LOOPBACK + ":" + ((InetSocketAddress) server.localAddress()).getPort()
                + "/futures");
    }

    boolean subscribed() {
        return client != null;
    }

    /** Writes one text frame to the subscribed client; any thread. */
    void send(String frame) {
        client.writeAndFlush(new TextWebSocketFrame(frame));
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private final class Conversation extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
                status(ctx, "connected");
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            String text = frame.text();
            if (text.contains("\"auth\"")) {
                status(ctx, "auth_success");
            } else if (text.contains("\"subscribe\"")) {
                status(ctx, "success");
                client = ctx.channel();
            }
        }

        private void status(ChannelHandlerContext ctx, String status) {
            ctx.writeAndFlush(new TextWebSocketFrame("[{\"ev\":\"status\",\"status\":\"" + status + "\"}]"));
        }
    }
}
