package com.fks.copilot.gateway.sse;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.gateway.views.DashboardState;
import com.fks.copilot.gateway.views.Views;
import io.netty.channel.DefaultEventLoop;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ARCHITECTURE rule 5 for the publish step: a trade's price frame, encoded on the ring's thread and
 * written to a dashboard, allocates nothing once warm. Run on a Netty thread, as the app's I/O loop
 * runs it (Netty recycles its write bookkeeping per thread there). Cards, coalesced to one per 7 s of
 * event time, are the only allocation left: ticks 1 ms apart put one card in 7,000 trades.
 */
class PublishAllocationTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long START = 1_772_461_800L * SECOND;

    @Test
    void aTradeToAnOpenDashboardAllocatesAlmostNothing(@TempDir Path dir) throws Exception {
        DefaultEventLoop loop = new DefaultEventLoop();
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            double bytesPerTrade = loop.submit(() -> bytesPerTrade(store)).get(60, TimeUnit.SECONDS);
            // a card (~13 KB) per 7,000 trades is ~2 B a trade; a String or BigDecimal per trade would be 100+
            assertTrue(bytesPerTrade < 16, "bytes allocated per trade: " + bytesPerTrade);
        } finally {
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private static double bytesPerTrade(EngineStateStore store) {
        SseHub hub = new SseHub();
        DashboardPublisher publisher = new DashboardPublisher(hub, new Views(), RiskRules.defaults(), new DashboardState(store),
                new AlertLog(RiskRules.defaults()), 7 * SECOND, null);
        EmbeddedChannel browser = new EmbeddedChannel();
        hub.connect(browser);
        EngineEvent tick = new EngineEvent();
        tick.type = EventType.TICK;
        tick.instrument = Instruments.MGC;
        tick.viewChanged = true;
        tick.viewOpenPrice = Prices.toFixed(5208.3);
        tick.viewHighPrice = Prices.toFixed(5213.0);
        tick.viewLowPrice = Prices.toFixed(5201.5);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        int warm = 50_000;
        int measured = 20_000;
        long before = 0;
        for (int i = 1; i <= warm + measured; i++) {
            if (i == warm + 1) {
                before = threads.getThreadAllocatedBytes(id);
            }
            tick.journalIndex = i;
            tick.sourceSequence = i;
            tick.eventTimeNanos = START + i * 1_000_000L;
            tick.viewLastPrice = Prices.toFixed(5212.3) + (i & 7) * Prices.toFixed(0.1);
            tick.viewTickCount = i;
            publisher.onEvent(tick, i, true);
            browser.runPendingTasks();
            Object written;
            while ((written = browser.readOutbound()) != null) {
                ReferenceCountUtil.release(written);
            }
        }
        double perTrade = (threads.getThreadAllocatedBytes(id) - before) / (double) measured;
        browser.finishAndReleaseAll();
        return perTrade;
    }
}
