package com.fks.copilot.gateway.http;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Aggregates request bodies up to a limit; a larger one gets a 413 with a JSON body naming the field
 * ({@link HttpFraming} refuses one announced with {@code Expect: 100-continue} before it is sent).
 * A keep-alive connection stays open while the aggregator discards the rest of the body: closing it
 * while the client is still sending would reset the socket before the client reads the 413.
 */
final class JsonLimitAggregator extends HttpObjectAggregator {
    private final int maxBytes;

    JsonLimitAggregator(int maxBytes) {
        super(maxBytes);
        this.maxBytes = maxBytes;
    }

    /** The refusal of a body over {@code maxBytes}, whether announced by Content-Length or found while reading it. */
    static CrossSiteGuard.Refusal tooLarge(int maxBytes) {
        return new CrossSiteGuard.Refusal(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                "request body is larger than " + maxBytes / 1024 + " KiB", "body");
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        CrossSiteGuard.Refusal refusal = tooLarge(maxBytes);
        FullHttpResponse response = Responses.errorResponse(refusal.status(), refusal.message(), refusal.field());
        boolean keepOpen = !(oversized instanceof FullHttpMessage) && HttpUtil.isKeepAlive(oversized);
        if (keepOpen) {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
