package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.gateway.grok.GrokSettings;

import java.nio.file.Path;

/**
 * Everything a run is configured with.
 *
 * @param ringSize         ring slots, a power of two
 * @param heartbeatSeconds SSE heartbeat period
 * @param rules            the trader's risk rules
 * @param apiKey           required as {@code X-API-Key} on every mutating request when not null
 * @param grok             how the co-pilot reaches xAI Grok (no key: summaries are made locally)
 */
public record AppSettings(Path dataDir, String bind, int port, RingThreading threading, int ringSize,
                          int heartbeatSeconds, MarketSource source, RiskRules rules, String apiKey, GrokSettings grok) {

    /** Grok without a key: the co-pilot speaks from engine state alone. */
    public AppSettings(Path dataDir, String bind, int port, RingThreading threading, int ringSize,
                       int heartbeatSeconds, MarketSource source, RiskRules rules, String apiKey) {
        this(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, apiKey, GrokSettings.localOnly());
    }

    /** Default risk rules and no API key. */
    public AppSettings(Path dataDir, String bind, int port, RingThreading threading, int ringSize,
                       int heartbeatSeconds, MarketSource source) {
        this(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, RiskRules.defaults(), null);
    }

    public static final int DEFAULT_PORT = 8000;
    public static final String DEFAULT_BIND = "127.0.0.1";

    public AppSettings withPort(int newPort) {
        return new AppSettings(dataDir, bind, newPort, threading, ringSize, heartbeatSeconds, source, rules, apiKey, grok);
    }

    public AppSettings withApiKey(String key) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, key, grok);
    }

    public AppSettings withGrok(GrokSettings newGrok) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, apiKey, newGrok);
    }
}
