package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.gateway.backfill.BackfillSettings;
import com.fks.copilot.gateway.backfill.BackfillSetup;
import com.fks.copilot.gateway.grok.GrokSettings;
import com.fks.copilot.gateway.http.EdgeSettings;
import com.fks.copilot.gateway.http.RateLimitSettings;
import com.fks.copilot.gateway.massive.MassiveSettings;
import com.fks.copilot.journal.db.DbSettings;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything a run is configured with.
 *
 * @param ringSize         ring slots, a power of two
 * @param heartbeatSeconds SSE heartbeat period
 * @param rules            the trader's risk rules
 * @param edge             what the HTTP edge refuses: API key, rate limits, extra host names, connection caps
 * @param cardWindow       a focus card goes out at most once per this much event time (prices go out on every tick)
 * @param database         the history database the journals drain into; null = no database (the embedded default)
 * @param massive          Massive.com key and REST base; null = no Massive calls
 * @param backfillPlan     what the OFF-HOURS backfill fetches (used with a database and a Massive key)
 * @param grok             how the co-pilot reaches xAI Grok (no key: summaries are made locally)
 * @param journal          the journals' disk: the free space kept in reserve and the old days deleted
 */
public record AppSettings(Path dataDir, String bind, int port, RingThreading threading, int ringSize,
                          int heartbeatSeconds, MarketSource source, RiskRules rules, EdgeSettings edge,
                          Duration cardWindow, DbSettings database, MassiveSettings massive,
                          BackfillSettings backfillPlan, GrokSettings grok, JournalKeeping journal) {

    public static final int DEFAULT_PORT = 8000;
    public static final String DEFAULT_BIND = "127.0.0.1";
    /** The seed's throttle: at most one card update per asset per 7 seconds. */
    public static final Duration DEFAULT_CARD_WINDOW = Duration.ofSeconds(7);
    public AppSettings {
        if (cardWindow.isNegative()) {
            throw new IllegalArgumentException("card window must not be negative: " + cardWindow);
        }
    }

    /**
     * A server reachable beyond this machine must not take state changes from anyone who can reach
     * its port: without an API key it may listen on loopback only (README: Security).
     */
    public void requireKeyBeyondLoopback() {
        if (!edge.checksApiKey() && !isLoopback(bind)) {
            throw new OpenBindRefused("--bind " + bind + " listens beyond this machine, so every POST must carry a key: "
                    + "set --api-key, --api-key-file or COPILOT_API_KEY (the NinjaTrader bridge sends it as X-API-Key), "
                    + "or bind to 127.0.0.1");
        }
    }

    /** {@link #requireKeyBeyondLoopback}'s refusal: a setting to change, not a fault. */
    public static final class OpenBindRefused extends IllegalStateException {
        OpenBindRefused(String message) {
            super(message);
        }
    }

    static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Default risk rules, rate limits and card window; no API key, no database, no Massive; Grok without a
     * key (local summaries).
     */
    public AppSettings(Path dataDir, String bind, int port, RingThreading threading, int ringSize,
                       int heartbeatSeconds, MarketSource source) {
        this(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, RiskRules.defaults(),
                EdgeSettings.defaults(), DEFAULT_CARD_WINDOW, null, null, BackfillSettings.defaults(), GrokSettings.localOnly(),
                JournalKeeping.defaults());
    }

    public AppSettings withPort(int newPort) {
        return new AppSettings(dataDir, bind, newPort, threading, ringSize, heartbeatSeconds, source, rules, edge,
                cardWindow, database, massive, backfillPlan, grok, journal);
    }

    public AppSettings withEdge(EdgeSettings refusals) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, refusals,
                cardWindow, database, massive, backfillPlan, grok, journal);
    }

    public AppSettings withApiKey(String key) {
        return withEdge(edge.withApiKey(key));
    }

    public AppSettings withRateLimits(RateLimitSettings limits) {
        return withEdge(edge.withRateLimits(limits));
    }

    /** The key every mutation must carry, or null/blank for none. */
    public String apiKey() {
        return edge.apiKey();
    }

    public AppSettings withCardWindow(Duration window) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, edge,
                window, database, massive, backfillPlan, grok, journal);
    }

    public AppSettings withDatabase(DbSettings history) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, edge,
                cardWindow, history, massive, backfillPlan, grok, journal);
    }

    public AppSettings withMassive(MassiveSettings data) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, edge,
                cardWindow, database, data, backfillPlan, grok, journal);
    }

    public AppSettings withBackfillPlan(BackfillSettings plan) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, edge,
                cardWindow, database, massive, plan, grok, journal);
    }

    public AppSettings withGrok(GrokSettings voice) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, edge,
                cardWindow, database, massive, backfillPlan, voice, journal);
    }

    public AppSettings withJournal(JournalKeeping keeping) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, edge,
                cardWindow, database, massive, backfillPlan, grok, keeping);
    }

    public AppSettings withJournalReserve(long bytes) {
        return withJournal(journal.withReserve(bytes));
    }

    /** Database, Massive and plan of a backfill at once. */
    public AppSettings withBackfill(BackfillSetup setup) {
        return withDatabase(setup.db()).withMassive(setup.massive()).withBackfillPlan(setup.plan());
    }

    /** The backfill's configuration, or null without a database. */
    public BackfillSetup backfill() {
        return database == null ? null : new BackfillSetup(database, massive, backfillPlan);
    }
}
