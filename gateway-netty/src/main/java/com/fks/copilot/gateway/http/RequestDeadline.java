package com.fks.copilot.gateway.http;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.ScheduledFuture;

import java.util.concurrent.TimeUnit;

/**
 * A request must arrive whole within {@code seconds} of its first byte, or the connection is closed:
 * a client that trickles a header a byte at a time (slowloris) would otherwise hold a connection for
 * ever, since it is never idle. {@link #start} sits before the HTTP codec and arms the deadline on a
 * request's first bytes; {@link #met} sits after the aggregator and disarms it when the whole request
 * has been read.
 */
final class RequestDeadline {
    private static final AttributeKey<ScheduledFuture<?>> ARMED = AttributeKey.valueOf("request-deadline");

    private RequestDeadline() {
    }

    static ChannelHandler start(int seconds) {
        return new Start(seconds);
    }

    static ChannelHandler met() {
        return Met.INSTANCE;
    }

    @ChannelHandler.Sharable
    private static final class Start extends ChannelInboundHandlerAdapter {
        private final int seconds;

        Start(int seconds) {
            this.seconds = seconds;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof ByteBuf && ctx.channel().attr(ARMED).get() == null) {
                ctx.channel().attr(ARMED).set(ctx.executor().schedule(() -> {
                    ctx.close();
                }, seconds, TimeUnit.SECONDS));
            }
            ctx.fireChannelRead(msg);
        }
    }

    @ChannelHandler.Sharable
    private static final class Met extends ChannelInboundHandlerAdapter {
        static final Met INSTANCE = new Met();

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof FullHttpRequest) {
                ScheduledFuture<?> deadline = ctx.channel().attr(ARMED).getAndSet(null);
                if (deadline != null) {
                    deadline.cancel(false);
                }
            }
            ctx.fireChannelRead(msg);
        }
    }
}
