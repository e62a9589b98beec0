package com.fks.copilot.gateway.sse;

import com.fks.copilot.engine.market.Instrument;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;

/**
 * The frames the ring's dashboard publisher produces during one ring batch, in order, in one direct
 * buffer; {@link #endBatch()} hands it to every event loop with clients. One thread only. Live prices
 * are encoded straight into the buffer ({@link PriceFrame}), so a trade costs no allocation here;
 * remembered updates (cards, panels) are encoded once, kept for the catch-up and copied in.
 *
 * <p>The batch buffers come from a small ring of buffers allocated once: a buffer is written again
 * only when every loop and every client write has released it (its reference count is back to this
 * batch writer's own). Should all of them still be in flight — loops far behind — a fresh buffer
 * is taken from Netty's pool instead of waiting.
 */
public final class SseBatch {
    private static final int INITIAL_BYTES = 4096;
    private static final int BUFFERS = 16;
    private final SseHub hub;
    private final ByteBufAllocator allocator = PooledByteBufAllocator.DEFAULT;
    private final PriceFrame prices = new PriceFrame();
    private final ByteBuf[] buffers = new ByteBuf[BUFFERS];
    private int nextBuffer;
    private ByteBuf frames;

    SseBatch(SseHub hub) {
        this.hub = hub;
        for (int i = 0; i < BUFFERS; i++) {
            buffers[i] = allocator.directBuffer(INITIAL_BYTES);
        }
    }

    /** A live price ({@code mgc-price} …); not remembered: a newer card already carries the price. */
    public void price(Instrument spec, long last, long open, long high, long low, long sequence, long eventTimeNanos,
                      long ingressEpochMicros) {
        prices.write(buffer(), spec, last, open, high, low, sequence, eventTimeNanos, ingressEpochMicros);
        hub.events().price(spec.index());
    }

    /** An update every client gets and a later client gets in its catch-up. */
    public void publish(String event, String data) {
        byte[] frame = SseFrame.encode(event, data);
        hub.remember(frame);
        buffer().writeBytes(frame);
        hub.events().event(event);
    }

    /** An update for the clients connected now only (the clock line). */
    public void announce(String event, String data) {
        buffer().writeBytes(SseFrame.encode(event, data));
        hub.events().event(event);
    }

    /** Hands the batch's frames to every event loop; nothing to do when the batch produced none. */
    public void endBatch() {
        ByteBuf batch = frames;
        if (batch == null) {
            return;
        }
        frames = null;
        if (batch.isReadable()) {
            hub.handOver(batch); // releases the batch's own reference, keeps the ring's
        } else {
            batch.release();
        }
    }

    private ByteBuf buffer() {
        if (frames == null) {
            frames = reusable();
        }
        return frames;
    }

    /** A buffer nobody reads any more, retained once for this batch on top of the ring's own reference. */
    private ByteBuf reusable() {
        for (int tried = 0; tried < BUFFERS; tried++) {
            ByteBuf candidate = buffers[nextBuffer];
            nextBuffer = (nextBuffer + 1) % BUFFERS;
            if (candidate.refCnt() == 1) {
                return candidate.clear().retain();
            }
        }
        return allocator.directBuffer(INITIAL_BYTES); // every ring buffer is still being written out
    }
}
