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

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request)) {
            ctx.fireChannelRead(msg);
            return;
        }
        String refusal = refusal(ctx, request);
        if (refusal == null) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            switch (refusal) {
                case "Host" -> Responses.error(ctx, request, HttpResponseStatus.MISDIRECTED_REQUEST,
                        "this server does not answer to the name in Host", "Host");
                case "Content-Type" -> Responses.error(ctx, request, HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE,
                        "a request that changes state must send Content-Type: application/json", "Content-Type");
                default -> Responses.error(ctx, request, HttpResponseStatus.FORBIDDEN,
                        "cross-site request refused: Origin is not this dashboard", "Origin");
            }
        } finally {
            request.release();
        }
    }

    /** The header that makes {@code request} refused, or null. */
    private String refusal(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (!hosts.allows(request.headers().get(HttpHeaderNames.HOST))) {
            return "Host";
        }
        if (!changesState(request.method())) {
            return null;
        }
        if (!isJson(request.headers().get(HttpHeaderNames.CONTENT_TYPE))) {
            return "Content-Type";
        }
        String origin = request.headers().get(HttpHeaderNames.ORIGIN);
        return origin == null || isOwnOrigin(origin, ctx) ? null : "Origin";
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
