package com.fks.copilot.gateway.bridge;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.ring.EngineRing;
import com.lmax.disruptor.EventHandler;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Request/answer over the ring: an HTTP thread claims a slot, fills it and waits on a future keyed
 * by the ring sequence; this stage, placed after the engine, completes the future with the
 * engine's verdict for exactly that event. The answer therefore reflects a journaled, applied event;
 * an event the journal could not take (a full disk) was never applied, and its answer fails with
 * {@link NotJournaled} instead.
 */
public final class RingRequests implements EventHandler<EngineEvent> {
    private final Map<Long, CompletableFuture<EngineAnswer>> pending = new ConcurrentHashMap<>();
    private EngineRing ring;

    /** Set once, after the ring that runs this stage is built. */
    public void attach(EngineRing engineRing) {
        this.ring = engineRing;
    }

    /**
     * For an HTTP request on an event loop: publishes one input event filled by {@code fill} (after a
     * clear) and returns the engine's answer to come, never waiting for room: a full ring fails the
     * answer at once with {@link RingFull}, and nothing was published.
     */
    public CompletableFuture<EngineAnswer> submitOrRefuse(Consumer<EngineEvent> fill) {
        long sequence = ring.tryNext();
        if (sequence < 0) {
            return CompletableFuture.failedFuture(new RingFull());
        }
        return publish(sequence, fill);
    }

    /**
     * For a thread of its own (Grok's answers): as above, but waits for room, so what it brings is
     * never dropped because the ring was busy.
     */
    public CompletableFuture<EngineAnswer> submit(Consumer<EngineEvent> fill) {
        return publish(ring.next(), fill);
    }

    private CompletableFuture<EngineAnswer> publish(long sequence, Consumer<EngineEvent> fill) {
        CompletableFuture<EngineAnswer> answer = new CompletableFuture<>();
        try {
            EngineEvent event = ring.slot(sequence);
            event.clear();
            fill.accept(event);
            event.receivedNanos = System.nanoTime();
            pending.put(sequence, answer);
        } finally {
            ring.publish(sequence);
        }
        return answer;
    }

    /** The ring had no free slot: the request was not accepted and may be sent again shortly. */
    public static final class RingFull extends RuntimeException {
        RingFull() {
            super("the engine's ring is full", null, false, false);
        }
    }

    /** The input journal could not be written (a full disk): the request was neither journaled nor applied. */
    public static final class NotJournaled extends RuntimeException {
        NotJournaled() {
            super("the input journal could not be written", null, false, false);
        }
    }

    @Override
    public void onEvent(EngineEvent event, long sequence, boolean endOfBatch) {
        if (pending.isEmpty()) {
            return;
        }
        CompletableFuture<EngineAnswer> answer = pending.remove(sequence);
        if (answer == null) {
            return;
        }
        if (event.journalIndex < 0) {
            answer.completeExceptionally(new NotJournaled());
        } else {
            answer.complete(EngineAnswer.of(event));
        }
    }
}
