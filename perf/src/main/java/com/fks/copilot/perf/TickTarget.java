package com.fks.copilot.perf;

import com.fks.copilot.engine.feed.FeedSink;

import java.io.IOException;

/**
 * What the latency harness drives: a running pipeline it sends ticks into ({@link #sink()}) and whose
 * measuring point logs each tick's arrival in the {@link ArrivalLog} it was opened with.
 */
public interface TickTarget extends AutoCloseable {

    /** Where ticks are published; any thread. */
    FeedSink sink();

    /** Stops the pipeline and releases its files and sockets. */
    @Override
    void close() throws IOException;
}
