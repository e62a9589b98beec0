package com.fks.copilot.perf;

import com.fks.copilot.engine.feed.FeedSink;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.MarketSource;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The whole application ({@link CopilotApp}, wall-clock source only, on 127.0.0.1 and a free port)
 * with one loopback {@link SseClient} on {@code /sse/dashboard}: a tick has arrived when the SSE bytes
 * carrying its live price event ({@code ,"seq":N}) have been read by the client.
 */
public final class SseDashboardTarget implements TickTarget {
    static final String LOOPBACK = "127.0.0.1";
    private static final long CONNECT_TIMEOUT_NANOS = 10_000_000_000L;
    private static final int HEARTBEAT_SECONDS = 30;

    private final CopilotApp app;
    private final SseClient client;

    private SseDashboardTarget(CopilotApp app, SseClient client) {
        this.app = app;
        this.client = client;
    }

    /** Starts the app, connects the client, and returns once the hub streams to it. */
    public static SseDashboardTarget open(Path dataDir, RingThreading threading, int ringSize, ArrivalLog arrivals)
            throws Exception {
        CopilotApp app = CopilotApp.start(new AppSettings(dataDir, LOOPBACK, 0, threading, ringSize,
                HEARTBEAT_SECONDS, new MarketSource.WallClockOnly()));
        SseClient client = null;
        try {
            client = SseClient.connect(LOOPBACK, app.port(), "/sse/dashboard", arrivals);
            long deadline = System.nanoTime() + CONNECT_TIMEOUT_NANOS;
            while (!client.streaming() || app.hub().clients() < 1) {
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("SSE client not streaming within 10 s");
                }
                Thread.sleep(5);
            }
            return new SseDashboardTarget(app, client);
        } catch (Exception e) {
            if (client != null) {
                client.close();
            }
            app.close();
            throw e;
        }
    }

    @Override
    public FeedSink sink() {
        return app.ring();
    }

    /** Clients the hub dropped for not draining (a dropped client loses ticks). */
    public long droppedClients() {
        return app.hub().dropped();
    }

    @Override
    public void close() throws IOException {
        client.close();
        app.close();
    }
}
