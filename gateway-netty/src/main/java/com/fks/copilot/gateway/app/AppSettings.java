package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.ring.RingThreading;

import java.nio.file.Path;

/**
 * Everything a run is configured with.
 *
 * @param ringSize         ring slots, a power of two
 * @param heartbeatSeconds SSE heartbeat period
 */
public record AppSettings(Path dataDir, String bind, int port, RingThreading threading, int ringSize,
                          int heartbeatSeconds, MarketSource source) {

    public static final int DEFAULT_PORT = 8000;
    public static final String DEFAULT_BIND = "127.0.0.1";

    public AppSettings withPort(int newPort) {
        return new AppSettings(dataDir, bind, newPort, threading, ringSize, heartbeatSeconds, source);
    }
}
