package com.fks.copilot.gateway.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The first handler of every connection: beyond {@code maxConnections} open at once a new one is
 * answered 503 and closed before any of it is read, so a flood of idle sockets cannot take the file
 * descriptors the dashboard and the bridge need; and a connection the idle timer reports (no byte
 * either way for the idle period; an SSE stream leaves the timer when it starts) is closed.
 */
@ChannelHandler.Sharable
final class ConnectionLimits extends ChannelInboundHandlerAdapter {
    private static final String FULL_BODY = "{\"error\":\"too many open connections; try again shortly\",\"status\":503}";
    private static final byte[] FULL = ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
            + "Retry-After: 1\r\nConnection: close\r\nContent-Length: " + FULL_BODY.length() + "\r\n\r\n" + FULL_BODY)
            .getBytes(StandardCharsets.US_ASCII);
    private final int maxConnections;
    private final AtomicInteger open = new AtomicInteger();

    ConnectionLimits(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (open.incrementAndGet() > maxConnections) {
            ctx.channel().config().setAutoRead(false);
            ctx.writeAndFlush(Unpooled.wrappedBuffer(FULL)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        open.decrementAndGet();
        super.channelInactive(ctx);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent) {
            ctx.close();
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    int open() {
        return open.get();
    }
}
