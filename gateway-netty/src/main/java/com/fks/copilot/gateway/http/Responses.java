package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes complete HTTP answers: HTML, JSON, and JSON errors that name what was wrong. */
final class Responses {
    static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {
    }

    static void html(ChannelHandlerContext ctx, FullHttpRequest request, String body) {
        send(ctx, request, HttpResponseStatus.OK, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    static void json(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status, Object body) {
        try {
            send(ctx, request, status, "application/json", JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON answer", e);
        }
    }

    /** As {@link #json(ChannelHandlerContext, FullHttpRequest, HttpResponseStatus, Object)}, with one more header. */
    static void json(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status, Object body,
                     String header, String value) {
        FullHttpResponse response = build(status, "application/json", bytes(body));
        response.headers().set(header, value);
        write(ctx, request, response);
    }

    /** A 4xx/5xx with {@code {"error": …, "field": …}}; {@code field} may be null. */
    static void error(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status,
                      String message, String field) {
        json(ctx, request, status, errorBody(status, message, field));
    }

    /** The same error as an answer not yet written, for a handler that decides itself what becomes of the connection. */
    static FullHttpResponse errorResponse(HttpResponseStatus status, String message, String field) {
        return build(status, "application/json", bytes(errorBody(status, message, field)));
    }

    static Map<String, Object> errorBody(HttpResponseStatus status, String message, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status.code());
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }

    /**
     * A JSON answer written from outside the request's handler call (a query on another thread),
     * when only the request's keep-alive choice is left of it.
     */
    static void sendJson(ChannelHandlerContext ctx, boolean keepAlive, HttpResponseStatus status, Object body) {
        byte[] bytes = body instanceof byte[] raw ? raw : bytes(body);
        FullHttpResponse response = build(status, "application/json", bytes);
        HttpUtil.setKeepAlive(response, keepAlive);
        var future = ctx.writeAndFlush(response);
        if (!keepAlive) {
            future.addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** Runs {@code action} for a GET; anything else is a 405 naming GET as allowed. */
    static void onlyGet(ChannelHandlerContext ctx, FullHttpRequest request, Runnable action) {
        if (request.method().equals(io.netty.handler.codec.http.HttpMethod.GET)) {
            action.run();
        } else {
            methodNotAllowed(ctx, request, "GET");
        }
    }

    static void methodNotAllowed(ChannelHandlerContext ctx, FullHttpRequest request, String allowed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "method " + request.method() + " not allowed on " + path(request));
        body.put("status", 405);
        body.put("allowed", allowed);
        FullHttpResponse response = build(HttpResponseStatus.METHOD_NOT_ALLOWED, "application/json", bytes(body));
        response.headers().set(HttpHeaderNames.ALLOW, allowed);
        write(ctx, request, response);
    }

    /** 503 with {@code Retry-After}: nothing of the request was accepted. */
    static void retryLater(ChannelHandlerContext ctx, FullHttpRequest request, String message, int seconds) {
        withRetryAfter(ctx, request, HttpResponseStatus.SERVICE_UNAVAILABLE, message, seconds);
    }

    /** 429 with {@code Retry-After}: the client is over a rate limit; nothing of the request was read. */
    static void tooManyRequests(ChannelHandlerContext ctx, FullHttpRequest request, String message, long seconds) {
        withRetryAfter(ctx, request, HttpResponseStatus.TOO_MANY_REQUESTS, message, seconds);
    }

    private static void withRetryAfter(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status,
                                       String message, long seconds) {
        FullHttpResponse response = build(status, "application/json", bytes(errorBody(status, message, null)));
        response.headers().set(HttpHeaderNames.RETRY_AFTER, Long.toString(seconds));
        write(ctx, request, response);
    }

    static void send(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status,
                     String contentType, byte[] body) {
        write(ctx, request, build(status, contentType, body));
    }

    static String path(FullHttpRequest request) {
        String uri = request.uri();
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    private static byte[] bytes(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FullHttpResponse build(HttpResponseStatus status, String contentType, byte[] body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        return response;
    }

    private static void write(ChannelHandlerContext ctx, FullHttpRequest request, FullHttpResponse response) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        HttpUtil.setKeepAlive(response, keepAlive);
        var future = ctx.writeAndFlush(response);
        if (!keepAlive) {
            future.addListener(ChannelFutureListener.CLOSE);
        }
    }
}
