package com.fks.copilot.gateway.sse;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
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
import io.netty.channel.EventLoop;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dashboard's SSE fan-out. Every update is encoded once and written to every client; the
 * last {@value #CATCH_UP} remembered updates are replayed to a client on connect. A client whose
 * socket stops draining (Netty's write-buffer high watermark reached) is dropped, never waited for,
 * so a stalled browser cannot slow the ring or other clients. Called from the publisher stage and
 * Netty threads; the lock is never taken by the engine thread.
 *
 * <p>A frame is handed to each Netty event loop once, as one task that writes it to every client that
 * loop serves, rather than as one cross-thread write per client: with 200 dashboards open that is two
 * wake-ups per update instead of 200, and the writability check runs on the channel's own thread.
 */
public final class SseHub {
    public static final int CATCH_UP = 8;
    private static final byte[] PREAMBLE = "retry: 2000\n\n".getBytes(StandardCharsets.UTF_8);

    private final ChannelGroup clients = new DefaultChannelGroup("sse", GlobalEventExecutor.INSTANCE);
    private final ArrayDeque<byte[]> recent = new ArrayDeque<>(CATCH_UP);
    private final Map<EventLoop, List<Channel>> clientsByLoop = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
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

    /** Answers an SSE request on {@code channel}: headers, the catch-up, then live updates. */
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
        List<Channel> sameLoop = clientsByLoop.computeIfAbsent(channel.eventLoop(), loop -> new CopyOnWriteArrayList<>());
        sameLoop.add(channel);
        channel.closeFuture().addListener(closed -> sameLoop.remove(channel));
    }

    /** Sends an update to every client and remembers it for the catch-up of later clients. */
    public void publish(String event, String data) {
        broadcast(SseFrame.encode(event, data), true);
    }

    /** Sends to every client without remembering (heartbeats, clock ticks). */
    public void announce(String event, String data) {
        broadcast(SseFrame.encode(event, data), false);
    }

    private synchronized void broadcast(byte[] frame, boolean remember) {
        if (remember) {
            if (recent.size() == CATCH_UP) {
                recent.removeFirst();
            }
            recent.addLast(frame);
        }
        if (clients.isEmpty()) {
            return;
        }
        ByteBuf shared = Unpooled.wrappedBuffer(frame);
        try {
            for (Map.Entry<EventLoop, List<Channel>> loop : clientsByLoop.entrySet()) {
                // the clients as of now: one that connects later already got this frame in its catch-up
                Channel[] targets = loop.getValue().toArray(new Channel[0]);
                if (targets.length > 0) {
                    ByteBuf forLoop = shared.retainedDuplicate();
                    loop.getKey().execute(() -> writeAll(targets, forLoop));
                }
            }
        } finally {
            shared.release();
        }
    }

    /** On the clients' event loop: one frame to each, dropping any whose outbound buffer is past the watermark. */
    private void writeAll(Channel[] targets, ByteBuf frame) {
        try {
            for (Channel client : targets) {
                if (!client.isActive()) {
                    continue;
                }
                if (!client.isWritable()) {
                    drop(client);
                    continue;
                }
                client.writeAndFlush(new DefaultHttpContent(frame.retainedDuplicate()))
                        .addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
                sent.incrementAndGet();
            }
        } finally {
            frame.release();
        }
    }

    /** Forgets the client at once (its close completes asynchronously) and closes it. */
    private void drop(Channel client) {
        if (!clients.remove(client)) {
            return; // already dropped or gone
        }
        dropped.incrementAndGet();
        client.close();
    }

    public int clients() {
        return clients.size();
    }

    public long dropped() {
        return dropped.get();
    }

    public long sent() {
        return sent.get();
    }

    public void close() {
        clients.close();
    }
}
