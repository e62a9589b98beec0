package com.fks.copilot.gateway;

import com.fks.copilot.gateway.app.CopilotApp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A minimal loopback SSE client over a plain socket: reads frames into a queue on its own thread. */
public final class SseClient implements AutoCloseable {
    /** One server-sent event, with the wall time (epoch micros) its last line was read. */
    public record Frame(String event, String data, long receivedEpochMicros) {
    }

    private final Socket socket;
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private volatile String statusLine;
    private final List<String> headers = new ArrayList<>();

    public SseClient(CopilotApp app, String path) throws IOException {
        socket = new Socket("127.0.0.1", app.port());
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Thread reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            statusLine = in.readLine();
            String line;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                headers.add(line.toLowerCase(java.util.Locale.ROOT));
            }
            String event = null;
            StringBuilder data = new StringBuilder();
            while ((line = in.readLine()) != null) {
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line, 6, line.length()).append('\n');
                } else if (line.isEmpty() && event != null) {
                    java.time.Instant now = java.time.Instant.now();
                    frames.add(new Frame(event, data.toString(), now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000));
                    event = null;
                    data.setLength(0);
                }
            }
        } catch (IOException closed) {
            // the test closed the socket, or the server dropped us
        }
    }

    /** Next frame whose event name matches, or null after the timeout. */
    public Frame next(String eventPrefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Frame frame = frames.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (frame == null || frame.event().startsWith(eventPrefix)) {
                return frame;
            }
        }
    }

    public List<Frame> drain(int atMost, Duration timeout) throws InterruptedException {
        List<Frame> got = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (got.size() < atMost) {
            Frame frame = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (frame == null) {
                break;
            }
            got.add(frame);
        }
        return got;
    }

    public String statusLine() {
        return statusLine;
    }

    public List<String> headers() {
        return headers;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
