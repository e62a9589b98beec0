package com.fks.copilot.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP forwarder that can freeze the connections it holds: their sockets stay open but
 * nothing passes either way, as when a laptop sleeps or Wi-Fi drops without a reset. Connections
 * opened after a freeze pass normally.
 */
final class FreezingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int target;
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();

    private FreezingProxy(int target) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.target = target;
        Thread acceptor = new Thread(this::acceptLoop, "freezing-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static FreezingProxy to(int targetPort) throws IOException {
        return new FreezingProxy(targetPort);
    }

    int port() {
        return listener.getLocalPort();
    }

    int connectionsAccepted() {
        return accepted.get();
    }

    /** Every connection open now stops passing bytes; its sockets stay open. */
    void freezeOpenConnections() {
        links.forEach(link -> link.frozen = true);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                accepted.incrementAndGet();
                Link link = new Link(client, new Socket(InetAddress.getLoopbackAddress(), target));
                links.add(link);
                link.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Link link : links) {
            link.client.close();
            link.server.close();
        }
    }

    private static final class Link {
        final Socket client;
        final Socket server;
        volatile boolean frozen;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() throws IOException {
            pump(client.getInputStream(), server.getOutputStream());
            pump(server.getInputStream(), client.getOutputStream());
        }

        private void pump(InputStream from, OutputStream to) {
            Thread pump = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try {
                    for (int n; (n = from.read(buffer)) >= 0; ) {
                        while (frozen) {
                            Thread.sleep(50); // hold what was read; a frozen link never delivers it
                        }
                        to.write(buffer, 0, n);
                        to.flush();
                    }
                } catch (IOException | InterruptedException ended) {
                    // either side closed
                } finally {
                    closeQuietly(client);
                    closeQuietly(server);
                }
            }, "freezing-proxy-pump");
            pump.setDaemon(true);
            pump.start();
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
