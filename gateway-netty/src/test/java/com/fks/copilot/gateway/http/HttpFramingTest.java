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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over raw loopback sockets, a request whose framing cannot be trusted gets a JSON answer naming the
 * problem and the connection is hung up; nothing of it, and nothing after it, reaches the routes.
 */
class HttpFramingTest {
    private static final String HOST = "Host: 127.0.0.1\r\n";
    private static final String JSON_BODY = "{\"symbol\":\"MGC\"}";
    private final Routed routed = new Routed();
    private HttpServer server;

    @BeforeEach
    void start() throws InterruptedException {
        server = new HttpServer().start("127.0.0.1", 0, routed);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RawHttp.Answer lastAnswer(String request) throws Exception {
        RawHttp.Answer answer = RawHttp.lastAnswer(server.port(), request);
        RawHttp.assertSaysClose(answer);
        return answer;
    }

    /** The head of a {@code POST /trades} with an {@code Expect}; its body is the caller's to send, or not. */
    private static String postHead(String contentType, String expect, int contentLength) {
        return "POST /trades HTTP/1.1\r\n" + HOST + "Content-Type: " + contentType + "\r\nExpect: " + expect
                + "\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }

    @Test
    void aGarbledRequestLineIs400NamingTheRequestLineAndTheConnectionIsClosed() throws Exception {
        RawHttp.Answer answer = lastAnswer("garbage\r\n\r\n");

        assertEquals(400, answer.status(), answer.body());
        assertEquals("request-line", answer.field());
        assertEquals(List.of(), routed.uris);
    }

    @Test
    void anOverLongRequestLineIs400SayingHowLongALineMayBe() throws Exception {
        RawHttp.Answer answer = lastAnswer("GET /" + "a".repeat(5_000) + " HTTP/1.1\r\n" + HOST + "\r\n");

        assertEquals(400, answer.status(), answer.body());
        assertEquals("request-line", answer.field());
        assertTrue(answer.json().path("error").asText().contains("4096 bytes"), answer.body());
    }

    @Test
    void anOverLongHeaderIs400NamingTheHeaders() throws Exception {
        RawHttp.Answer answer = lastAnswer("GET / HTTP/1.1\r\n" + HOST + "X-Long: " + "a".repeat(9_000) + "\r\n\r\n");

        assertEquals(400, answer.status(), answer.body());
        assertEquals("headers", answer.field());
        assertEquals(List.of(), routed.uris);
    }

    @Test
    void aMalformedChunkIs400NamingTheBodyAndNothingOfTheRequestIsRouted() throws Exception {
        RawHttp.Answer answer = lastAnswer("POST /trades HTTP/1.1\r\n" + HOST + "Content-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\nzz\r\n");

        assertEquals(400, answer.status(), answer.body());
        assertEquals("body", answer.field());
        assertEquals(List.of(), routed.uris);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/2.0", "HTTP/1.2", "HTTP/0.9"})
    void anHttpVersionOtherThan10And11Is505AndTheConnectionIsClosed(String version) throws Exception {
        RawHttp.Answer answer = lastAnswer("GET / " + version + "\r\n" + HOST + "\r\n");

        assertEquals(505, answer.status(), answer.body());
        assertEquals("version", answer.field());
        assertTrue(answer.json().path("error").asText().startsWith(version), answer.body());
        assertEquals(List.of(), routed.uris);
    }

    @Test
    void theHttp2PrefaceIs505() throws Exception {
        RawHttp.Answer answer = lastAnswer("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

        assertEquals(505, answer.status(), answer.body());
    }

    @Test
    void http10IsStillServed() throws Exception {
        try (Socket socket = RawHttp.connect(server.port())) {
            RawHttp.send(socket, "GET /health HTTP/1.0\r\n" + HOST + "\r\n");

            assertEquals(200, RawHttp.read(socket).status());
            assertEquals(List.of("/health"), routed.uris);
        }
    }

    @Test
    void aRequestPipelinedBehindARefusedOneIsNeverRouted() throws Exception {
        lastAnswer("GET / HTTP/1.2\r\n" + HOST + "\r\n"
                + "POST /trades HTTP/1.1\r\n" + HOST + "Content-Type: application/json\r\nContent-Length: "
                + JSON_BODY.length() + "\r\n\r\n" + JSON_BODY);

        assertEquals(List.of(), routed.uris);
    }

    @Test
    void anExpectationOtherThan100ContinueIs417NamingExpect() throws Exception {
        RawHttp.Answer answer = lastAnswer(postHead("application/json", "200-ok", JSON_BODY.length()));

        assertEquals(417, answer.status(), answer.body());
        assertEquals("Expect", answer.field());
        assertEquals(List.of(), routed.uris);
    }

    @Test
    void continueWithABodyOverTheLimitIs413BeforeTheBodyIsSent() throws Exception {
        RawHttp.Answer answer = lastAnswer(postHead("application/json", "100-continue", HttpServer.MAX_BODY_BYTES + 1));

        assertEquals(413, answer.status(), answer.body());
        assertEquals("body", answer.field());
    }

    @Test
    void continueOnAMutationNotDeclaredJsonIs415BeforeTheBodyIsSent() throws Exception {
        RawHttp.Answer answer = lastAnswer(postHead("text/plain", "100-continue", JSON_BODY.length()));

        assertEquals(415, answer.status(), answer.body());
        assertEquals("Content-Type", answer.field());
        assertEquals(List.of(), routed.uris);
    }

    @Test
    void aBodySentAnywayAfterARefusedContinueIsNotReadAsTheNextRequest() throws Exception {
        String smuggled = "POST /trades HTTP/1.1\r\n" + HOST + "Content-Type: application/json\r\nContent-Length: "
                + JSON_BODY.length() + "\r\n\r\n" + JSON_BODY;
        RawHttp.Answer answer = lastAnswer("POST /positions/update HTTP/1.1\r\n" + HOST + "Content-Type: text/plain\r\n"
                + "Expect: 100-continue\r\nContent-Length: " + smuggled.length() + "\r\n\r\n" + smuggled);

        assertEquals(415, answer.status(), answer.body());
        assertEquals(List.of(), routed.uris);
    }

    @Test
    void aRefusedClientStillSendingItsBodyReadsTheWholeAnswerBeforeTheHangUp() throws Exception {
        try (Socket socket = RawHttp.connect(server.port())) {
            RawHttp.send(socket, postHead("application/json", "100-continue", 4 * HttpServer.MAX_BODY_BYTES));
            RawHttp.send(socket, "x".repeat(4 * HttpServer.MAX_BODY_BYTES)); // not waiting for 100 Continue

            RawHttp.Answer answer = RawHttp.read(socket);
            assertEquals(413, answer.status(), answer.body());
            RawHttp.assertHungUp(socket);
        }
    }

    @Test
    void continueOnAJsonPostIsAnswered100AndThenServed() throws Exception {
        try (Socket socket = RawHttp.connect(server.port())) {
            RawHttp.send(socket, postHead("application/json", "100-continue", JSON_BODY.length()));
            assertEquals(100, RawHttp.read(socket).status());

            RawHttp.send(socket, JSON_BODY);
            assertEquals(200, RawHttp.read(socket).status());
            assertEquals(List.of("/trades"), routed.uris);
        }
    }

    /** The routes: answers 200 to whatever reaches them and remembers what did. */
    @ChannelHandler.Sharable
    private static final class Routed extends SimpleChannelInboundHandler<FullHttpRequest> {
        final List<String> uris = new CopyOnWriteArrayList<>();

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            uris.add(request.uri());
            DefaultFullHttpResponse ok = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                    Unpooled.wrappedBuffer("ok".getBytes(StandardCharsets.US_ASCII)));
            ok.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, 2);
            ctx.writeAndFlush(ok);
        }
    }
}
