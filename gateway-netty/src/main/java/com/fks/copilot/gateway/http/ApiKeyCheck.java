package com.fks.copilot.gateway.http;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.AttributeKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * With an API key configured, every mutation (POST, PUT, PATCH, DELETE) must carry it as
 * {@code X-API-Key}, else 401 and no route sees it; reads need no key. Whether the request held the
 * key is left on its channel ({@link #HOLDS_KEY}) for the rate limits, which count every key holder as
 * one client wherever it connects from.
 */
@ChannelHandler.Sharable
final class ApiKeyCheck extends ChannelInboundHandlerAdapter {
    static final String HEADER = "X-API-Key";
    /** Set on each request's channel before it is passed on: true when it carried the configured key. */
    static final AttributeKey<Boolean> HOLDS_KEY = AttributeKey.valueOf("holds-api-key");
    private final byte[] key;

    ApiKeyCheck(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an API key check needs a key");
        }
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request)) {
            ctx.fireChannelRead(msg);
            return;
        }
        boolean holdsKey = holdsKey(request.headers().get(HEADER));
        ctx.channel().attr(HOLDS_KEY).set(holdsKey);
        if (holdsKey || !CrossSiteGuard.changesState(request.method())) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            Responses.error(ctx, request, HttpResponseStatus.UNAUTHORIZED, "missing or wrong X-API-Key", HEADER);
        } finally {
            request.release();
        }
    }

    /** Constant-time, so the key cannot be guessed byte by byte from response times. */
    private boolean holdsKey(String given) {
        return given != null && MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8));
    }
}
