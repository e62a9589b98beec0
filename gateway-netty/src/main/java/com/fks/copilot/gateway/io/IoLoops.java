package com.fks.copilot.gateway.io;

import com.fks.copilot.engine.ring.RingTopology;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The app's Netty event loops, sized to the ring's topology (ARCHITECTURE rule 8). With
 * {@link RingTopology#ONE_THREAD} one event loop, {@code copilot-io}, does it all: it accepts and
 * serves HTTP, reads the Massive feed, and drains the ring. A trade read from the feed's socket is
 * then journaled, applied and written to every dashboard's socket on the thread that read it — no
 * hand-off between threads, nothing spinning, and the thread parks in select when idle. With
 * {@link RingTopology#STAGES} each part keeps loops of its own, as before.
 */
public final class IoLoops implements AutoCloseable {
    private final EventLoopGroup shared;

    private IoLoops(EventLoopGroup shared) {
        this.shared = shared;
    }

    public static IoLoops forTopology(RingTopology topology) {
        return topology == RingTopology.ONE_THREAD
                ? new IoLoops(new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("copilot-io", true),
                NioIoHandler.newFactory()))
                : new IoLoops(null);
    }

    /** The one loop everything shares, when the topology has one. */
    public Optional<EventLoopGroup> shared() {
        return Optional.ofNullable(shared);
    }

    /** The executor that drains the ring (the shared loop), or null: the ring runs threads of its own. */
    public EventLoop ringDrain() {
        return shared == null ? null : shared.next();
    }

    @Override
    public void close() {
        if (shared != null) {
            shared.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }
}
