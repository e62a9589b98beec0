package com.fks.copilot.perf;

import com.fks.copilot.engine.feed.FeedSink;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.gateway.feed.ContractRoute;
import com.fks.copilot.gateway.feed.ContractRoutes;
import com.fks.copilot.gateway.feed.FeedMonitor;
import com.fks.copilot.gateway.feed.FeedSettings;
import com.fks.copilot.gateway.feed.MassiveFeed;
import com.fks.copilot.gateway.feed.TradeRouter;
import com.fks.copilot.gateway.massive.FuturesContract;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole live path: each tick is written as a Massive trade frame by a loopback WebSocket
 * server, read by the app's {@link MassiveFeed} (Netty, decoder, router), published into the ring
 * and measured as SSE bytes at a loopback client (as {@link SseDashboardTarget}). The frame's
 * {@code q} is the tick's sequence, which the dashboard shows as {@code data-seq}. Front months
 * are fixed here (no REST), and there is no gap fill: nothing reconnects in a run.
 */
public final class MassiveFrameTarget implements TickTarget {
    private static final String[] TICKERS = {"MGCZ6", "MNQZ6", "MESZ6", "MCLF7", "SILH7", "MHGH7"};
    private static final long CONNECT_TIMEOUT_NANOS = 10_000_000_000L;

    private final LoopbackMassive massive;
    private final SseDashboardTarget dashboard;
    private final MassiveFeed feed;

    private MassiveFrameTarget(LoopbackMassive massive, SseDashboardTarget dashboard, MassiveFeed feed) {
        this.massive = massive;
        this.dashboard = dashboard;
        this.feed = feed;
    }

    public static MassiveFrameTarget open(Path dataDir, RingThreading threading, int ringSize, ArrivalLog arrivals)
            throws Exception {
        LoopbackMassive massive = new LoopbackMassive();
        SseDashboardTarget dashboard = SseDashboardTarget.open(dataDir, threading, ringSize, arrivals);
        FeedMonitor monitor = new FeedMonitor("real-time");
        ContractRoutes routes = routes();
        MassiveFeed feed = new MassiveFeed(FeedSettings.of(massive.url(), "perf", Map.of(), 8), routes, monitor)
                .start(new TradeRouter(routes, dashboard.sink(), monitor, null));
        long deadline = System.nanoTime() + CONNECT_TIMEOUT_NANOS;
        while (!massive.subscribed()) {
            if (System.nanoTime() - deadline > 0) {
                feed.close();
                dashboard.close();
                massive.close();
                throw new IllegalStateException("feed not subscribed within 10 s");
            }
            Thread.sleep(5);
        }
        return new MassiveFrameTarget(massive, dashboard, feed);
    }

    private static ContractRoutes routes() {
        List<ContractRoute> routes = new ArrayList<>();
        for (int i = 0; i < TICKERS.length; i++) {
            routes.add(new ContractRoute(Instruments.byIndex(i), Instruments.byIndex(i).symbol(),
                    new FuturesContract(TICKERS[i], Instruments.byIndex(i).symbol(), null, LocalDate.of(2027, 3, 1)),
                    LocalDate.of(2027, 2, 20)));
        }
        return new ContractRoutes(routes);
    }

    /** Ticks become trade frames on the server side of the WebSocket (one frame per tick; the text is built per tick). */
    @Override
    public FeedSink sink() {
        return new FeedSink() {
            @Override
            public void tick(int instrument, long price, long quantity, long exchangeTimeNanos, long sequence) {
                massive.send("[{\"ev\":\"T\",\"sym\":\"" + TICKERS[instrument] + "\",\"p\":"
                        + BigDecimal.valueOf(price, 8).stripTrailingZeros().toPlainString() + ",\"s\":" + quantity
                        + ",\"t\":" + exchangeTimeNanos / 1_000_000 + ",\"q\":" + sequence + "}]");
            }

            @Override
            public void clock(long eventTimeNanos, long sequence) {
            }
        };
    }

    public long droppedClients() {
        return dashboard.droppedClients();
    }

    @Override
    public void close() throws IOException {
        feed.close();
        massive.close();
        dashboard.close();
    }
}
