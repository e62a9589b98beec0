package com.fks.copilot.gateway.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.DecoderResultProvider;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;

import java.util.concurrent.TimeUnit;

/**
 * Between the HTTP codec and the aggregator: a request whose bytes cannot be trusted is answered
 * with a JSON error naming the problem, and the connection is hung up.
 * <ul>
 * <li>400: the codec could not read it — a garbled or over-long request line, a bad or over-long
 *     header, a malformed chunk.
 * <li>505: an HTTP version other than 1.0 and 1.1 ({@code HTTP/2.0}, {@code HTTP/1.2},
 *     {@code HTTP/0.9}, which the codec reads as unknown versions).
 * <li>Before the client sends its body, an {@code Expect} this server will not meet: 417 for an
 *     expectation other than {@code 100-continue}; for a {@code 100-continue} whose body would be
 *     refused anyway, 413 over the size limit and 415 for a state-changing request not declared JSON.
 * </ul>
 * After the answer nothing more on the connection is read as a request: the codec may no longer
 * know where one ends, and a body the client sends anyway after a refused {@code Expect} must not be
 * read as the next request. The server stops sending at once and closes the connection when the
 * client does, or after {@value #LINGER_MILLIS} ms — not sooner, so that a client still sending is
 * not reset before it has read the answer.
 *
 * <p>One per connection (it remembers that it is hanging up); runs on the connection's event loop.
 */
final class HttpFraming extends ChannelInboundHandlerAdapter {
    static final int LINGER_MILLIS = 2_000;
    private final int maxBodyBytes;
    private boolean hangingUp;

    HttpFraming(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (hangingUp) {
            ReferenceCountUtil.release(msg);
            return;
        }
        CrossSiteGuard.Refusal refusal = refusal(msg);
        if (refusal == null) {
            ctx.fireChannelRead(msg);
            return;
        }
        ReferenceCountUtil.release(msg);
        hangingUp = true;
        answerAndHangUp(ctx, refusal);
    }

    /** Why {@code msg} ends the connection, or null. */
    private CrossSiteGuard.Refusal refusal(Object msg) {
        if (msg instanceof DecoderResultProvider decoded && decoded.decoderResult().isFailure()) {
            return unreadable(msg, decoded.decoderResult().cause());
        }
        if (!(msg instanceof HttpRequest request)) {
            return null;
        }
        HttpVersion version = request.protocolVersion();
        if (!version.equals(HttpVersion.HTTP_1_1) && !version.equals(HttpVersion.HTTP_1_0)) {
            return new CrossSiteGuard.Refusal(HttpResponseStatus.HTTP_VERSION_NOT_SUPPORTED,
                    version.text() + " is not supported; send HTTP/1.1 (or HTTP/1.0)", "version");
        }
        return expectation(request);
    }

    /** The codec's own failure, named by the part of the request it was reading. */
    private static CrossSiteGuard.Refusal unreadable(Object msg, Throwable cause) {
        // The codec stands a FullHttpRequest in for a request line it could not read, fails the
        // HttpRequest itself for a bad header, and a content part for a bad chunk.
        String part = msg instanceof FullHttpRequest ? "request-line" : msg instanceof HttpRequest ? "headers" : "body";
        String why = cause == null || cause.getMessage() == null ? "malformed" : cause.getMessage();
        return new CrossSiteGuard.Refusal(HttpResponseStatus.BAD_REQUEST, "malformed HTTP request, the " + part
                + " could not be read: " + (why.length() > 120 ? why.substring(0, 120) + "…" : why), part);
    }

    /** An {@code Expect} refused before the body is sent, or null (no Expect, or a 100-continue the aggregator answers). */
    private CrossSiteGuard.Refusal expectation(HttpRequest request) {
        if (!request.protocolVersion().equals(HttpVersion.HTTP_1_1)) {
            return null; // Expect means nothing in HTTP/1.0
        }
        for (String expected : request.headers().getAll(HttpHeaderNames.EXPECT)) {
            if (!HttpHeaderValues.CONTINUE.contentEqualsIgnoreCase(expected.trim())) {
                return new CrossSiteGuard.Refusal(HttpResponseStatus.EXPECTATION_FAILED,
                        "Expect: " + expected + " is not supported; only 100-continue is", "Expect");
            }
        }
        if (!HttpUtil.is100ContinueExpected(request)) {
            return null;
        }
        if (HttpUtil.getContentLength(request, -1L) > maxBodyBytes) {
            return JsonLimitAggregator.tooLarge(maxBodyBytes);
        }
        boolean json = CrossSiteGuard.isJson(request.headers().get(HttpHeaderNames.CONTENT_TYPE));
        return CrossSiteGuard.changesState(request.method()) && !json ? CrossSiteGuard.NOT_JSON : null;
    }

    private static void answerAndHangUp(ChannelHandlerContext ctx, CrossSiteGuard.Refusal refusal) {
        Channel channel = ctx.channel();
        FullHttpResponse response = Responses.errorResponse(refusal.status(), refusal.message(), refusal.field());
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener((ChannelFutureListener) written -> {
            if (!written.isSuccess() || !(channel instanceof SocketChannel socket)) {
                channel.close();
                return;
            }
            socket.shutdownOutput();
            ScheduledFuture<?> linger = channel.eventLoop().schedule(() -> channel.close(), LINGER_MILLIS, TimeUnit.MILLISECONDS);
            channel.closeFuture().addListener(closed -> linger.cancel(false));
        });
    }
}
