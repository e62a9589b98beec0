package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * HTTP over a raw loopback socket: the bytes sent are exactly the test's (a garbled request line, an
 * unknown version, a header without a body), and the answer is read as the server wrote it.
 */
public final class RawHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {
    }

    /** One answer: status, headers (names in lower case) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonNode json() throws IOException {
            assertEquals("application/json", headers.get("content-type"), body);
            return JSON.readTree(body);
        }

        String field() throws IOException {
            return json().path("field").asText();
        }
    }

    public static Socket connect(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(5_000);
        return socket;
    }

    public static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** Writes {@code request}'s bytes as they are on a new connection and returns the answer. */
    public static Answer exchange(int port, byte[] request) throws IOException {
        try (Socket socket = connect(port)) {
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return read(socket);
        }
    }

    /** Sends {@code request} on a new connection and returns the one answer, after which the server must hang up. */
    static Answer lastAnswer(int port, String request) throws IOException {
        try (Socket socket = connect(port)) {
            send(socket, request);
            Answer answer = read(socket);
            assertHungUp(socket);
            return answer;
        }
    }

    /** Reads one answer (its head, then as many body bytes as its Content-Length says). */
    public static Answer read(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                fail("the server hung up before answering; read so far: " + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        return new Answer(Integer.parseInt(lines[0].substring(9, 12)), headers, new String(body, StandardCharsets.UTF_8));
    }

    /** The server closed its side: the next read is the end of the stream, not another byte and not a wait. */
    static void assertHungUp(Socket socket) throws IOException {
        try {
            assertEquals(-1, socket.getInputStream().read(), "nothing more after the answer");
        } catch (SocketTimeoutException stillOpen) {
            fail("the connection was left open after the answer");
        }
    }

    /** The answer says the connection will close. */
    static void assertSaysClose(Answer answer) {
        assertTrue("close".equalsIgnoreCase(answer.headers().get("connection")), "Connection: close in " + answer.headers());
    }
}
