package com.fks.copilot.perf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal loopback SSE client on a plain socket: sends one {@code GET}, then reads the chunked
 * event stream on its own thread, timestamping each read ({@link System#nanoTime()}) the moment it
 * returns and logging the arrival of every price-event {@code seq} the read completes. Reads 64 KiB at a
 * time and allocates nothing per read, so it keeps up with the server rather than measuring itself.
 */
public final class SseClient implements AutoCloseable {
    private final Socket socket;
    private final Thread reader;
    private final ArrivalLog arrivals;
    private final SseSeqScanner scanner;
    private volatile boolean streaming;
    private volatile long bytesRead;
    private long readNanos;

    private SseClient(Socket socket, ArrivalLog arrivals) {
        this.socket = socket;
        this.arrivals = arrivals;
        this.scanner = new SseSeqScanner(sequence -> this.arrivals.record(sequence, readNanos));
        this.reader = new Thread(this::readLoop, "sse-client");
        this.reader.setDaemon(true);
    }

    /** Connects to {@code http://host:port/path} and starts reading. */
    public static SseClient connect(String host, int port, String path, ArrivalLog arrivals) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setReceiveBufferSize(1 << 20);
        socket.connect(new InetSocketAddress(host, port), 2_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        SseClient client = new SseClient(socket, arrivals);
        client.reader.start();
        return client;
    }

    private void readLoop() {
        byte[] buffer = new byte[64 * 1024];
        try {
            InputStream in = socket.getInputStream();
            int n;
            while ((n = in.read(buffer)) > 0) {
                readNanos = System.nanoTime();
                scanner.scan(buffer, 0, n);
                bytesRead += n;
                streaming = true;
            }
        } catch (IOException closed) {
            // the socket was closed: the run is over
        }
    }

    /** True once the server has answered with the first bytes of the stream. */
    public boolean streaming() {
        return streaming;
    }

    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            reader.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
