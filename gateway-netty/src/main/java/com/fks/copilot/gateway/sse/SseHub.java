package com.fks.copilot.gateway.sse;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.concurrent.GlobalEventExecutor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dashboard's SSE fan-out. Every update is encoded once and written to every client; the
 * last {@value #CATCH_UP} remembered updates are replayed to a client on connect. A client whose
 * socket stops draining (Netty's write-buffer high watermark reached) is dropped, never waited for,
 * so a stalled browser cannot slow the ring or other clients.
 *
 * <p>Two ways in. The ring's dashboard publisher writes its frames into an {@link SseBatch} and hands
 * the whole batch to each event loop once, at the end of the ring batch ({@link LoopOutbox}): the hot
 * path allocates nothing and wakes each loop at most once. Other threads (heartbeats, Grok's answers,
 * session changes in the staged topology) {@link #publish} or {@link #announce} a frame at once.
 * Either way a loop writes to the clients it serves on its own thread, so the writability check is
 * never racy and 200 open dashboards cost two wake-ups per update, not 200.
 */
public final class SseHub {
    public static final int CATCH_UP = 8;
    private static final byte[] PREAMBLE = "retry: 2000\n\n".getBytes(StandardCharsets.UTF_8);

    private final ChannelGroup clients = new DefaultChannelGroup("sse", GlobalEventExecutor.INSTANCE);
    private final ArrayDeque<byte[]> recent = new ArrayDeque<>(CATCH_UP);
    private final Map<EventLoop, LoopOutbox> outboxByLoop = new ConcurrentHashMap<>();
    /** A copy of the map's values for the publisher to walk without allocating; replaced when a loop first gets a client. */
    private volatile LoopOutbox[] outboxes = new LoopOutbox[0];
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final SseEventCounts events = new SseEventCounts();
    private final int heartbeatSeconds;

    /** A hub whose stream promises a heartbeat every 30 s (ARCHITECTURE.md). */
    public SseHub() {
        this(30);
    }

    /** @param heartbeatSeconds the heartbeat period the app keeps: a page hearing nothing for longer knows its stream is dead */
    public SseHub(int heartbeatSeconds) {
        this.heartbeatSeconds = heartbeatSeconds;
    }

    public int heartbeatSeconds() {
        return heartbeatSeconds;
    }

    /** Answers an SSE request on {@code channel} (on its event loop): headers, the catch-up, then live updates. */
    public synchronized void connect(Channel channel) {
        HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        head.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                .set(HttpHeaderNames.CACHE_CONTROL, "no-cache")
                .set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED)
                .set("X-Accel-Buffering", "no");
        channel.write(head);
        channel.write(new DefaultHttpContent(Unpooled.wrappedBuffer(PREAMBLE)));
        for (byte[] frame : recent) {
            channel.write(new DefaultHttpContent(Unpooled.wrappedBuffer(frame)));
        }
        channel.flush();
        clients.add(channel);
        outboxOf(channel.eventLoop()).add(channel);
    }

    private LoopOutbox outboxOf(EventLoop loop) {
        LoopOutbox outbox = outboxByLoop.get(loop);
        if (outbox == null) {
            outbox = outboxByLoop.computeIfAbsent(loop, l -> new LoopOutbox(l, this));
            outboxes = outboxByLoop.values().toArray(new LoopOutbox[0]);
        }
        return outbox;
    }

    /** A batch writer for the one thread that publishes the ring's updates. */
    public SseBatch batch() {
        return new SseBatch(this);
    }

    /** Sends an update to every client now and remembers it for the catch-up of later clients. Any thread. */
    public void publish(String event, String data) {
        byte[] frame = SseFrame.encode(event, data);
        remember(frame);
        writeNow(frame);
        events.event(event);
    }

    /** Sends to every client now without remembering (heartbeats, clock ticks). Any thread. */
    public void announce(String event, String data) {
        writeNow(SseFrame.encode(event, data));
        events.event(event);
    }

    /** Keeps {@code frame} for the catch-up; a client connecting later gets it on connect. */
    synchronized void remember(byte[] frame) {
        if (recent.size() == CATCH_UP) {
            recent.removeFirst();
        }
        recent.addLast(frame);
    }

    private void writeNow(byte[] frame) {
        LoopOutbox[] loops = outboxes;
        for (LoopOutbox outbox : loops) {
            if (outbox.hasClients()) {
                outbox.writeLater(Unpooled.wrappedBuffer(frame));
            }
        }
    }

    /**
     * Publisher thread: one reference of {@code frames} to every loop with clients, then releases the
     * caller's. The loops only read it (through duplicates), so they can share the one buffer.
     */
    void handOver(ByteBuf frames) {
        try {
            LoopOutbox[] loops = outboxes;
            for (LoopOutbox outbox : loops) {
                if (outbox.hasClients()) {
                    outbox.offer(frames.retain());
                }
            }
        } finally {
            frames.release();
        }
    }

    /** Forgets the client at once (its close completes asynchronously) and closes it. */
    void drop(Channel client) {
        if (!clients.remove(client)) {
            return; // already dropped or gone
        }
        dropped.incrementAndGet();
        client.close();
    }

    void countSent() {
        sent.incrementAndGet();
    }

    /**
     * Open streams from the same address as {@code channel}, for the per-client limit (the seed's 5).
     * This machine's own connections (loopback) count 0: they are the trader's browsers and tools.
     */
    public int streamsFrom(Channel channel) {
        if (!(channel.remoteAddress() instanceof InetSocketAddress remote) || remote.getAddress().isLoopbackAddress()) {
            return 0;
        }
        int streams = 0;
        for (Channel client : clients) {
            if (client.remoteAddress() instanceof InetSocketAddress other && other.getAddress().equals(remote.getAddress())) {
                streams++;
            }
        }
        return streams;
    }

    public int clients() {
        return clients.size();
    }

    public long dropped() {
        return dropped.get();
    }

    /** Frames sent per SSE event name (once per frame, whatever the number of clients). */
    public SseEventCounts events() {
        return events;
    }

    public long sent() {
        return sent.get();
    }

    public void close() {
        clients.close();
    }
}
