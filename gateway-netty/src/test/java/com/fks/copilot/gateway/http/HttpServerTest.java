package com.fks.copilot.gateway.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP server on real loopback sockets. */
class HttpServerTest {
    private static final byte[] GET = "GET /feed/status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void stoppingTheServerHangsUpEveryKeepAliveConnectionEvenWhileItsEventLoopsAreBusy() throws Exception {
        HttpServer server = new HttpServer().start("127.0.0.1", 0, new AnswerOk());
        List<Socket> browser = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            browser.add(keptAlive(server.port()));
        }
        // The loops are running tasks (SSE writes, heartbeats) when the stop arrives, as on a live dashboard.
        server.workers().forEach(loop -> loop.execute(HttpServerTest::busyForHalfASecond));

        server.close();

        for (Socket connection : browser) {
            // A connection left open would take the browser's next request (its EventSource reconnect) and never answer.
            assertEquals(-1, readWithin(connection, 3000), "the server hung up connection " + connection.getLocalPort());
            connection.close();
        }
    }

    /** A connection that asked once and got its answer, kept open for the next request, as a browser keeps it. */
    private static Socket keptAlive(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.getOutputStream().write(GET);
        socket.setSoTimeout(3000);
        assertTrue(socket.getInputStream().read(new byte[4096]) > 0, "answered");
        return socket;
    }

    private static int readWithin(Socket socket, int millis) throws IOException {
        socket.setSoTimeout(millis);
        InputStream in = socket.getInputStream();
        try {
            return in.read();
        } catch (SocketTimeoutException stillOpen) {
            return -2;
        }
    }

    private static void busyForHalfASecond() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @ChannelHandler.Sharable
    private static final class AnswerOk extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            DefaultFullHttpResponse ok = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                    Unpooled.wrappedBuffer("ok".getBytes(StandardCharsets.US_ASCII)));
            ok.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, 2);
            ctx.writeAndFlush(ok);
        }
    }
}
