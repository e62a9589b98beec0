package com.fks.copilot.perf;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * Many loopback SSE clients read by ONE thread through a {@link Selector}: each connection logs the
 * arrival of every price-event sequence it reads into its own {@link ArrivalLog}, stamped when the
 * selector returned. Unlike a thread per client, the reading side costs one wake-up per burst, so on
 * a small machine the figure measures the server's fan-out rather than 200 client threads fighting it
 * for the same cores.
 */
final class SelectorSseClients implements AutoCloseable {
    private final Selector selector;
    private final SocketChannel[] channels;
    private final SseSeqScanner[] scanners;
    private final boolean[] streaming;
    private final Thread reader;
    private volatile boolean running = true;
    private long readNanos;

    SelectorSseClients(String host, int port, String path, ArrivalLog[] logs) throws IOException {
        selector = Selector.open();
        channels = new SocketChannel[logs.length];
        scanners = new SseSeqScanner[logs.length];
        streaming = new boolean[logs.length];
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < logs.length; i++) {
            ArrivalLog log = logs[i];
            scanners[i] = new SseSeqScanner(sequence -> log.record(sequence, readNanos));
            SocketChannel channel = SocketChannel.open(new InetSocketAddress(host, port));
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.setOption(StandardSocketOptions.SO_RCVBUF, 1 << 20);
            channel.write(ByteBuffer.wrap(request));
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ, i);
            channels[i] = channel;
        }
        reader = new Thread(this::readLoop, "sse-selector-clients");
        reader.setDaemon(true);
        reader.start();
    }

    private void readLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        try {
            while (running) {
                if (selector.select(100) == 0) {
                    continue;
                }
                readNanos = System.nanoTime();
                var keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    int client = (Integer) key.attachment();
                    buffer.clear();
                    int n = ((SocketChannel) key.channel()).read(buffer);
                    if (n < 0) {
                        key.cancel();
                        continue;
                    }
                    scanners[client].scan(buffer.array(), 0, n);
                    streaming[client] = true;
                }
            }
        } catch (IOException closed) {
            // the run is over
        }
    }

    /** True once every connection has received the first bytes of its stream. Approximate: read without a lock. */
    boolean allStreaming() {
        for (boolean s : streaming) {
            if (!s) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        running = false;
        selector.wakeup();
        try {
            reader.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (SocketChannel channel : channels) {
            channel.close();
        }
        selector.close();
    }
}
