package com.fks.copilot.gateway.grok;

import com.fks.copilot.engine.copilot.CompactSummary;
import com.fks.copilot.engine.copilot.EngineFacts;
import com.fks.copilot.engine.event.GrokKind;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The co-pilot's voice: when the engine's schedule makes a summary due, asks Grok on its own
 * thread and hands the reply to {@link GrokReplies}. The engine has already journaled its local
 * compact summary for that moment; a usable Grok answer supersedes it. No key, a 429 (and then
 * silence until its {@code retry-after}), a timeout, an error, or a live answer that breaks the
 * compact form leave the local one standing, with the reason.
 */
public final class GrokCopilot implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("copilot.grok");
    /** Calls waiting for the thread; when a burst (a replay at full speed) overflows it, the oldest is dropped. */
    private static final int WAITING_CALLS = 4;

    private final GrokSettings settings;
    private final XaiClient client;
    private final GrokReplies replies;
    private final ThreadPoolExecutor executor;
    private volatile long coolDownUntilNanos = Long.MIN_VALUE;

    public GrokCopilot(GrokSettings settings, GrokReplies replies) {
        this.settings = settings;
        this.client = new XaiClient(settings);
        this.replies = replies;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING_CALLS), runnable -> {
            Thread thread = new Thread(runnable, "grok-copilot");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.DiscardOldestPolicy());
        LOG.log(System.Logger.Level.INFO, settings.hasKey() ? "co-pilot voice: {0}"
                : "co-pilot voice: {0}; summaries are the engine's own, made from its state", settings);
    }

    public boolean hasKey() {
        return settings.hasKey();
    }

    /**
     * Hands a due summary to the co-pilot's thread and returns at once (called on a ring thread).
     * {@code facts} were read at the event that made it due.
     */
    public void due(byte kind, long askedBy, long timeNanos, EngineFacts facts) {
        if (!settings.hasKey()) {
            replies.unanswered(askedBy, GrokOutcome.NO_KEY);
            return;
        }
        executor.execute(() -> {
            GrokReply reply = ask(kind, facts);
            if (reply.outcome() == GrokOutcome.ANSWERED) {
                replies.answered(kind, askedBy, timeNanos, reply.text());
            } else {
                replies.unanswered(askedBy, reply.outcome());
            }
        });
    }

    /** Asks Grok and judges the answer. Blocks up to the timeout; never on a ring thread. */
    public GrokReply ask(byte kind, EngineFacts facts) {
        if (System.nanoTime() < coolDownUntilNanos) {
            return new GrokReply(GrokOutcome.RATE_LIMITED, null);
        }
        GrokAnswer answer = client.ask(GrokPrompt.of(kind, facts));
        if (answer instanceof GrokAnswer.Answered answered) {
            String text = String.join("\n", CompactSummary.lines(answered.text()));
            if (kind == GrokKind.LIVE && !CompactSummary.isCompact(text, facts.focus())) {
                LOG.log(System.Logger.Level.WARNING, "Grok live update not compact ({0} lines); the local one stands",
                        CompactSummary.lines(text).size());
                return new GrokReply(GrokOutcome.NOT_COMPACT, null);
            }
            return new GrokReply(GrokOutcome.ANSWERED, text);
        }
        GrokAnswer.Failed failed = (GrokAnswer.Failed) answer;
        if (failed.outcome() == GrokOutcome.RATE_LIMITED && failed.retryAfterSeconds() > 0) {
            coolDownUntilNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(failed.retryAfterSeconds());
        }
        LOG.log(System.Logger.Level.WARNING, "Grok {0} failed; the local summary stands: {1}", GrokKind.name(kind), failed.detail());
        return new GrokReply(failed.outcome(), null);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
