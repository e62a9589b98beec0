package com.fks.copilot.gateway.http;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;

/**
 * The edge's first refusals, before any route, so that no web page the trader visits can change
 * state here. A request for a name this server does not answer to (DNS rebinding) gets 421. A
 * state-changing request (POST, PUT, PATCH, DELETE) gets 415 unless its body is declared
 * {@code application/json} — the one type a page elsewhere cannot send without the browser asking
 * this server first (a CORS preflight, which no route answers) — and 403 when a browser says it
 * comes from another origin.
 */
@ChannelHandler.Sharable
public final class CrossSiteGuard extends ChannelInboundHandlerAdapter {
    private final AllowedHosts hosts;

    public CrossSiteGuard(AllowedHosts hosts) {
        this.hosts = hosts;
    }

    /** What a refused request is answered: status, why, and what to blame (a header, the body, the version). */
    record Refusal(HttpResponseStatus status, String message, String field) {
    }

    private static final Refusal UNKNOWN_HOST = new Refusal(HttpResponseStatus.MISDIRECTED_REQUEST,
            "this server does not answer to the name in Host", "Host");
    static final Refusal NOT_JSON = new Refusal(HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE,
            "a request that changes state must send Content-Type: application/json", "Content-Type");
    private static final Refusal OTHER_ORIGIN = new Refusal(HttpResponseStatus.FORBIDDEN,
            "cross-site request refused: Origin is not this dashboard", "Origin");

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Refusal refusal = msg instanceof FullHttpRequest request ? refusal(ctx, request) : null;
        if (refusal == null) {
            ctx.fireChannelRead(msg);
            return;
        }
        FullHttpRequest request = (FullHttpRequest) msg;
        try {
            Responses.error(ctx, request, refusal.status(), refusal.message(), refusal.field());
        } finally {
            request.release();
        }
    }

    /** Why {@code request} is refused, or null. */
    private Refusal refusal(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (!hosts.allows(request.headers().get(HttpHeaderNames.HOST))) {
            return UNKNOWN_HOST;
        }
        if (!changesState(request.method())) {
            return null;
        }
        if (!isJson(request.headers().get(HttpHeaderNames.CONTENT_TYPE))) {
            return NOT_JSON;
        }
        String origin = request.headers().get(HttpHeaderNames.ORIGIN);
        return origin == null || isOwnOrigin(origin, ctx) ? null : OTHER_ORIGIN;
    }

    static boolean changesState(HttpMethod method) {
        return method.equals(HttpMethod.POST) || method.equals(HttpMethod.PUT) || method.equals(HttpMethod.PATCH)
                || method.equals(HttpMethod.DELETE);
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim();
        return type.toLowerCase(Locale.ROOT).equals("application/json");
    }

    /** Same scheme, an allowed host and this connection's port: the dashboard itself (or a tool on this machine). */
    private boolean isOwnOrigin(String origin, ChannelHandlerContext ctx) {
        try {
            URI uri = new URI(origin.trim());
            int port = uri.getPort() < 0 ? 80 : uri.getPort();
            return "http".equals(uri.getScheme()) && uri.getHost() != null && hosts.allows(uri.getHost())
                    && ctx.channel().localAddress() instanceof InetSocketAddress local && local.getPort() == port;
        } catch (java.net.URISyntaxException e) {
            return false; // "null" (a sandboxed page or a file) and anything unparseable
        }
    }
}
