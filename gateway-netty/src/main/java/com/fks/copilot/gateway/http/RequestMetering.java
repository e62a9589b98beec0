package com.fks.copilot.gateway.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;

import java.util.ArrayDeque;

/**
 * Times every request on one connection from its head read to its response written, whichever handler
 * answers it (the routes, or the edge refusing it), and reports it to the {@link HttpObserver}. Sits
 * right after the codec. A stream (SSE) counts when its head goes out. Requests pipelined on one
 * connection are answered in order, so a queue pairs them with their responses.
 */
final class RequestMetering extends ChannelDuplexHandler {
    private record Pending(String method, String route, long startNanos) {
    }

    private final HttpObserver observer;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>(2);
    private int status = -1;

    RequestMetering(HttpObserver observer) {
        this.observer = observer;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request) {
            pending.addLast(new Pending(request.method().name(), RouteNames.of(request.uri()), System.nanoTime()));
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof HttpResponse response) {
            status = response.status().code();
            String type = response.headers().get(HttpHeaderNames.CONTENT_TYPE, "");
            if (!(msg instanceof FullHttpResponse) && type.startsWith("text/event-stream")) {
                answered();
            }
        }
        if (msg instanceof LastHttpContent && status >= 0) {
            answered();
        }
        ctx.write(msg, promise);
    }

    private void answered() {
        Pending request = pending.pollFirst();
        if (request != null) {
            observer.answered(request.method(), request.route(), status, System.nanoTime() - request.startNanos());
        }
        status = -1;
    }
}
