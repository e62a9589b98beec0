package com.fks.copilot.gateway.http;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over real loopback sockets: the connection cap answers 503 and closes, the idle timer closes a silent socket. */
class ConnectionLimitsTest {

    /** A connection cap, idle seconds and request deadline; no rate limits (they have their own tests). */
    private static EdgeSettings edge(int maxConnections, int idleSeconds, int requestSeconds) {
        return EdgeSettings.defaults().withConnections(maxConnections, idleSeconds, requestSeconds)
                .withRateLimits(RateLimitSettings.off());
    }

    private static Socket connect(HttpServer server) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** One keep-alive request on {@code socket}, read up to the end of the answer's head. */
    private static Socket answered(Socket socket) throws IOException {
        socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            assertTrue(b >= 0, "answered before the server closed");
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return socket;
    }

    @Test
    void aConnectionBeyondTheCapIsAnswered503AndClosed() throws Exception {
        HttpServer server = new HttpServer().start("127.0.0.1", 0, new AnswerOk(), edge(3, 60, 10));
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                held.add(answered(connect(server))); // accepted and served: the server counts it
            }
            try (Socket fourth = connect(server)) {
                String answer = new String(fourth.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                assertTrue(answer.startsWith("HTTP/1.1 503"), answer);
                assertTrue(answer.contains("Retry-After: 1") && answer.endsWith("\"status\":503}"), answer);
            }
            held.remove(0).close();
            Thread.sleep(200); // the server sees the close
            try (Socket again = connect(server)) {
                answered(again); // a freed place is served
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
            server.close();
        }
    }

    @Test
    void aSilentConnectionIsClosedAfterTheIdlePeriod() throws Exception {
        HttpServer server = new HttpServer().start("127.0.0.1", 0, new AnswerOk(), edge(16, 1, 10));
        try (Socket silent = connect(server)) {
            long started = System.nanoTime();
            InputStream in = silent.getInputStream();
            assertEquals(-1, in.read(), "closed by the server, nothing sent");
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(waitedMillis >= 900 && waitedMillis < 5_000, "after about the 1 s idle period: " + waitedMillis + " ms");
        } finally {
            server.close();
        }
    }

    @Test
    void aRequestTrickledByteByByteIsCutOffAtItsDeadline() throws Exception {
        HttpServer server = new HttpServer().start("127.0.0.1", 0, new AnswerOk(), edge(16, 60, 1));
        try (Socket slow = connect(server)) {
            byte[] head = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                    .getBytes(StandardCharsets.US_ASCII);
            Thread trickle = new Thread(() -> {
                try {
                    for (byte b : head) { // a byte every 100 ms: never idle, never whole
                        slow.getOutputStream().write(b);
                        slow.getOutputStream().flush();
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException closed) {
                    // the server hung up: what the test waits for
                }
            }, "slowloris");
            trickle.setDaemon(true);
            long started = System.nanoTime();
            trickle.start();
            assertEquals(-1, slow.getInputStream().read(), "closed, nothing answered");
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(waitedMillis >= 900 && waitedMillis < 4_000, "at about the 1 s deadline: " + waitedMillis + " ms");
        } finally {
            server.close();
        }
    }

    @Test
    void aKeepAliveConnectionServesRequestAfterRequestPastTheDeadline() throws Exception {
        HttpServer server = new HttpServer().start("127.0.0.1", 0, new AnswerOk(), edge(16, 60, 1));
        try (Socket client = connect(server)) {
            for (int i = 0; i < 3; i++) {
                answered(client);
                Thread.sleep(700); // 2.1 s in all: the deadline runs per request, not per connection
            }
        } finally {
            server.close();
        }
    }
}
