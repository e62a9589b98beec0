package com.fks.copilot.gateway.feed;

import com.fks.copilot.gateway.massive.AggregateBar;
import com.fks.copilot.gateway.massive.MassiveRest;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * {@link GapFill} from Massive's REST aggregates: the request blocks, so it runs on its own
 * thread; the answer goes back to the feed's event loop so the ring sees it in order with the
 * live trades. A failed fetch is reported in the feed status and answers no bars: the live trades
 * held meanwhile must not wait forever.
 */
public final class RestGapFill implements GapFill {
    private static final System.Logger LOG = System.getLogger("copilot.feed");
    private final MassiveRest rest;
    private final Executor fetchThread;
    private final Executor eventLoop;
    private final FeedMonitor monitor;

    public RestGapFill(MassiveRest rest, Executor fetchThread, Executor eventLoop, FeedMonitor monitor) {
        this.rest = rest;
        this.fetchThread = fetchThread;
        this.eventLoop = eventLoop;
        this.monitor = monitor;
    }

    @Override
    public void request(String ticker, long fromNanos, long toNanos, Consumer<List<AggregateBar>> done) {
        fetchThread.execute(() -> {
            List<AggregateBar> bars = fetch(ticker, Instant.EPOCH.plusNanos(fromNanos), Instant.EPOCH.plusNanos(toNanos));
            eventLoop.execute(() -> done.accept(bars));
        });
    }

    private List<AggregateBar> fetch(String ticker, Instant from, Instant to) {
        try {
            List<AggregateBar> bars = rest.minuteBars(ticker, from, to);
            LOG.log(System.Logger.Level.INFO, "gap fill {0}: {1} bars for {2} – {3}", ticker, bars.size(), from, to);
            return bars;
        } catch (IOException e) {
            monitor.error("gap fill " + ticker + " " + from + " – " + to + " failed: " + e.getMessage());
            LOG.log(System.Logger.Level.WARNING, "gap fill {0} {1} – {2} failed: {3}", ticker, from, to, e.getMessage());
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
