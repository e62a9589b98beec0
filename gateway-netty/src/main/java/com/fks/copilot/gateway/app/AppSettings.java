package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.engine.risk.RiskRules;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything a run is configured with.
 *
 * @param ringSize         ring slots, a power of two
 * @param heartbeatSeconds SSE heartbeat period
 * @param rules            the trader's risk rules
 * @param apiKey           required as {@code X-API-Key} on every mutating request when not null
 * @param cardWindow       a focus card goes out at most once per this much event time (prices go out on every tick)
 */
public record AppSettings(Path dataDir, String bind, int port, RingThreading threading, int ringSize,
                          int heartbeatSeconds, MarketSource source, RiskRules rules, String apiKey,
                          Duration cardWindow) {

    public static final int DEFAULT_PORT = 8000;
    public static final String DEFAULT_BIND = "127.0.0.1";
    /** The seed's throttle: at most one card update per asset per 7 seconds. */
    public static final Duration DEFAULT_CARD_WINDOW = Duration.ofSeconds(7);

    public AppSettings {
        if (cardWindow.isNegative()) {
            throw new IllegalArgumentException("card window must not be negative: " + cardWindow);
        }
    }

    /** Default risk rules, no API key, the default card window. */
    public AppSettings(Path dataDir, String bind, int port, RingThreading threading, int ringSize,
                       int heartbeatSeconds, MarketSource source) {
        this(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, RiskRules.defaults(), null,
                DEFAULT_CARD_WINDOW);
    }

    public AppSettings withPort(int newPort) {
        return new AppSettings(dataDir, bind, newPort, threading, ringSize, heartbeatSeconds, source, rules, apiKey, cardWindow);
    }

    public AppSettings withApiKey(String key) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, key, cardWindow);
    }

    public AppSettings withCardWindow(Duration window) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, apiKey, window);
    }
}
