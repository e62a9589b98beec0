package com.fks.copilot.gateway.feed;

import com.fks.copilot.gateway.massive.AggregateBar;
import com.fks.copilot.gateway.massive.MassiveRest;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A run's history from Massive's REST aggregates when it has no database and no journal to warm up from
 * (issue 16): like {@link RestGapFill}, but a failed fetch (network, 4xx, 5xx, malformed JSON) is retried
 * with backoff before the contract gives up and answers no bars. The contract's live trades are held meanwhile
 * (at most the retries' few seconds), never the feed itself. Progress and failures go to the feed status.
 */
public final class RestWarmUp implements GapFill {
    private static final System.Logger LOG = System.getLogger("copilot.feed");
    private final MassiveRest rest;
    private final ScheduledExecutorService fetchThread;
    private final Executor eventLoop;
    private final FeedMonitor monitor;
    private final int attempts;
    private final Duration firstBackoff;

    /** {@code attempts} fetches at most per contract, waiting {@code firstBackoff}, then twice as long, between them. */
    public RestWarmUp(MassiveRest rest, ScheduledExecutorService fetchThread, Executor eventLoop, FeedMonitor monitor,
                      int attempts, Duration firstBackoff) {
        this.rest = rest;
        this.fetchThread = fetchThread;
        this.eventLoop = eventLoop;
        this.monitor = monitor;
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
    }

    @Override
    public void request(String ticker, long fromNanos, long toNanos, Consumer<List<AggregateBar>> done) {
        fetchThread.execute(() -> attempt(ticker, Instant.EPOCH.plusNanos(fromNanos), Instant.EPOCH.plusNanos(toNanos), 1, done));
    }

    private void attempt(String ticker, Instant from, Instant to, int attempt, Consumer<List<AggregateBar>> done) {
        try {
            List<AggregateBar> bars = rest.minuteBars(ticker, from, to);
            LOG.log(System.Logger.Level.INFO, "warm-up {0}: {1} 1-minute bars for {2} – {3}", ticker, bars.size(), from, to);
            monitor.warmUpFinished(bars.size(), null);
            eventLoop.execute(() -> done.accept(bars));
        } catch (IOException | RuntimeException e) {
            String error = "warm-up " + ticker + " (attempt " + attempt + " of " + attempts + "): " + e.getMessage();
            LOG.log(System.Logger.Level.WARNING, error);
            if (attempt < attempts) {
                monitor.warmUpRetrying(error);
                long wait = firstBackoff.toMillis() << (attempt - 1);
                fetchThread.schedule(() -> attempt(ticker, from, to, attempt + 1, done), wait, TimeUnit.MILLISECONDS);
            } else {
                monitor.warmUpFinished(0, error + "; the plan builds from live bars");
                eventLoop.execute(() -> done.accept(List.of()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            eventLoop.execute(() -> done.accept(List.of()));
        }
    }
}
