package com.fks.copilot.gateway.sse;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import org.agrona.concurrent.OneToOneConcurrentArrayQueue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The SSE clients one Netty event loop serves, and the frames the ring's publisher thread hands that
 * loop. The publisher offers one buffer per batch into a pre-allocated single-producer queue and wakes
 * the loop only when it is not already due to run; the loop writes every queued batch to each of its
 * clients and flushes each client once. So a batch costs the publisher one queue offer per loop and
 * at most one wake-up, and nothing is allocated for it on either side in steady state.
 *
 * <p>A loop so far behind that its queue is full has clients that cannot keep up: they are dropped
 * (and reconnect to a fresh catch-up) rather than sent a stream with a hole in it.
 */
final class LoopOutbox implements Runnable {
    static final int BATCHES_QUEUED = 4096;

    private final EventLoop loop;
    private final SseHub hub;
    /** Touched only on {@link #loop}. */
    private final List<Channel> clients = new ArrayList<>();
    private final OneToOneConcurrentArrayQueue<ByteBuf> batches = new OneToOneConcurrentArrayQueue<>(BATCHES_QUEUED);
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean overflowed;
    private volatile int clientCount;

    LoopOutbox(EventLoop loop, SseHub hub) {
        this.loop = loop;
        this.hub = hub;
    }

    EventLoop loop() {
        return loop;
    }

    boolean hasClients() {
        return clientCount > 0;
    }

    /** On the loop: the client receives every batch offered from now on. */
    void add(Channel client) {
        clients.add(client);
        clientCount = clients.size();
        client.closeFuture().addListener(closed -> {
            clients.remove(client);
            clientCount = clients.size();
        });
    }

    /** Publisher thread only: takes over one reference of {@code batch}. */
    void offer(ByteBuf batch) {
        if (!batches.offer(batch)) {
            batch.release();
            overflowed = true;
        }
        if (!scheduled.get() && scheduled.compareAndSet(false, true)) {
            loop.execute(this);
        }
    }

    /** Any thread: one frame written now, in order after the batches already handed over. */
    void writeLater(ByteBuf frame) {
        loop.execute(() -> {
            writeToAll(frame);
            flushAll();
        });
    }

    /** On the loop: every batch handed over so far, to every client, one flush each. */
    @Override
    public void run() {
        scheduled.set(false);
        if (overflowed) {
            overflowed = false;
            dropAll();
        }
        ByteBuf batch = batches.poll();
        if (batch == null) {
            return;
        }
        while (batch != null) {
            writeToAll(batch);
            batch = batches.poll();
        }
        flushAll();
    }

    /** Releases {@code frame} once written to every client that can take it. */
    private void writeToAll(ByteBuf frame) {
        try {
            for (int i = 0; i < clients.size(); i++) {
                Channel client = clients.get(i);
                if (!client.isActive()) {
                    continue;
                }
                if (!client.isWritable()) {
                    hub.drop(client);
                    continue;
                }
                client.write(frame.retainedDuplicate(), client.voidPromise());
                hub.countSent();
            }
        } finally {
            frame.release();
        }
    }

    private void flushAll() {
        for (int i = 0; i < clients.size(); i++) {
            clients.get(i).flush();
        }
    }

    private void dropAll() {
        for (Channel client : List.copyOf(clients)) {
            hub.drop(client);
        }
        ByteBuf stale;
        while ((stale = batches.poll()) != null) {
            stale.release();
        }
    }
}
