package com.fks.copilot.gateway.grok;

import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The co-pilot's voice: when the engine's schedule makes a summary due, asks Grok on its own thread
 * and hands the result to a {@link SummarySink}. No key, a 429 (and its {@code retry-after}), a
 * timeout, an error, or a live answer that breaks the compact form all give the locally made
 * {@link CompactSummary} instead, marked with why, so the panel is never empty.
 */
public final class GrokCopilot implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("copilot.grok");
    /** Calls waiting for the thread; when a burst (replay at full speed) overflows it, the oldest is dropped. */
    private static final int WAITING_CALLS = 4;

    private final XaiClient client;
    private final SummarySink sink;
    private final ThreadPoolExecutor executor;
    private volatile long coolDownUntilNanos = Long.MIN_VALUE;
    private volatile boolean noKeyLogged;

    public GrokCopilot(GrokSettings settings, SummarySink sink) {
        this.client = new XaiClient(settings);
        this.sink = sink;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING_CALLS), runnable -> {
            Thread thread = new Thread(runnable, "grok-copilot");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.DiscardOldestPolicy());
        LOG.log(System.Logger.Level.INFO, "co-pilot voice: {0}", settings);
    }

    /**
     * Hands a due summary to the co-pilot's thread and returns at once (called on a ring thread).
     * {@code facts} were read at the event that made it due.
     */
    public void due(byte kind, long askedBy, long timeNanos, EngineFacts facts) {
        executor.execute(() -> sink.publish(kind, askedBy, timeNanos, summarize(kind, facts)));
    }

    /** Grok's answer when it is usable, else the local compact summary with the reason. Blocks up to the timeout. */
    public Summary summarize(byte kind, EngineFacts facts) {
        String local = CompactSummary.of(facts);
        if (System.nanoTime() < coolDownUntilNanos) {
            return new Summary(SummaryOrigin.LOCAL_RATE_LIMITED, local);
        }
        GrokAnswer answer = client.ask(GrokPrompt.of(kind, facts));
        if (answer instanceof GrokAnswer.Answered answered) {
            String text = String.join("\n", CompactSummary.lines(answered.text()));
            if (kind == GrokKind.LIVE && !CompactSummary.isCompact(text, facts.focus())) {
                LOG.log(System.Logger.Level.WARNING, "Grok live update not compact, using the local one: {0} lines",
                        CompactSummary.lines(text).size());
                return new Summary(SummaryOrigin.LOCAL_NOT_COMPACT, local);
            }
            return new Summary(SummaryOrigin.GROK, text);
        }
        GrokAnswer.Failed failed = (GrokAnswer.Failed) answer;
        if (failed.origin() == SummaryOrigin.LOCAL_RATE_LIMITED && failed.retryAfterSeconds() > 0) {
            coolDownUntilNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(failed.retryAfterSeconds());
        }
        logFailure(kind, failed);
        return new Summary(failed.origin(), local);
    }

    private void logFailure(byte kind, GrokAnswer.Failed failed) {
        if (failed.origin() == SummaryOrigin.LOCAL_NO_KEY) {
            if (!noKeyLogged) {
                noKeyLogged = true;
                LOG.log(System.Logger.Level.INFO, "no XAI_API_KEY: summaries are made locally from engine state");
            }
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "Grok {0} failed, using the local summary: {1}", GrokKind.name(kind), failed.detail());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
