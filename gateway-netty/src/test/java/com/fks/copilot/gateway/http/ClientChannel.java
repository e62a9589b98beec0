package com.fks.copilot.gateway.http;

import io.netty.channel.ChannelHandler;
import io.netty.channel.DefaultChannelId;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** An in-memory connection from {@code address}, through the handlers given, for one request at a time. */
final class ClientChannel extends EmbeddedChannel {
    private final InetSocketAddress remote;

    ClientChannel(String address, ChannelHandler... handlers) {
        super(DefaultChannelId.newInstance(), handlers);
        this.remote = new InetSocketAddress(address, 50_000);
    }

    @Override
    public SocketAddress remoteAddress() {
        return remote;
    }

    /** Sends a request (header name, value, name, value …) and returns the answer's status; the answer is released. */
    int send(HttpMethod method, String uri, String... headers) {
        FullHttpResponse response = exchange(method, uri, headers);
        try {
            return response.status().code();
        } finally {
            response.release();
        }
    }

    /** Sends a request and returns the answer, which the caller releases. */
    FullHttpResponse exchange(HttpMethod method, String uri, String... headers) {
        DefaultFullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, uri);
        for (int i = 0; i < headers.length; i += 2) {
            request.headers().set(headers[i], headers[i + 1]);
        }
        writeInbound(request);
        FullHttpResponse response = readOutbound();
        if (response == null) {
            throw new AssertionError(method + " " + uri + " was not answered");
        }
        return response;
    }
}
