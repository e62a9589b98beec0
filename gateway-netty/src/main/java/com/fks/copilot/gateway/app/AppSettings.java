package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.gateway.backfill.BackfillSettings;
import com.fks.copilot.gateway.backfill.BackfillSetup;
import com.fks.copilot.gateway.massive.MassiveSettings;
import com.fks.copilot.journal.db.DbSettings;
import com.fks.copilot.gateway.grok.GrokSettings;

import java.nio.file.Path;

/**
 * Everything a run is configured with.
 *
 * @param ringSize         ring slots, a power of two
 * @param heartbeatSeconds SSE heartbeat period
 * @param rules            the trader's risk rules
 * @param apiKey           required as {@code X-API-Key} on every mutating request when not null
 * @param database         the history database the journals drain into; null = no database (the embedded default)
 * @param massive          Massive.com key and REST base; null = no Massive calls
 * @param backfillPlan     what the OFF-HOURS backfill fetches (used with a database and a Massive key)
 * @param grok             how the co-pilot reaches xAI Grok (no key: summaries are made locally)
 */
public record AppSettings(Path dataDir, String bind, int port, RingThreading threading, int ringSize,
                          int heartbeatSeconds, MarketSource source, RiskRules rules, String apiKey,
                          DbSettings database, MassiveSettings massive, BackfillSettings backfillPlan,
                          GrokSettings grok) {

    /** Default risk rules, no API key, no database, no Massive, Grok without a key (local summaries). */
    public AppSettings(Path dataDir, String bind, int port, RingThreading threading, int ringSize,
                       int heartbeatSeconds, MarketSource source) {
        this(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, RiskRules.defaults(), null, null, null,
                BackfillSettings.defaults(), GrokSettings.localOnly());
    }

    public static final int DEFAULT_PORT = 8000;
    public static final String DEFAULT_BIND = "127.0.0.1";

    public AppSettings withPort(int newPort) {
        return new AppSettings(dataDir, bind, newPort, threading, ringSize, heartbeatSeconds, source, rules, apiKey,
                database, massive, backfillPlan, grok);
    }

    public AppSettings withApiKey(String key) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, key,
                database, massive, backfillPlan, grok);
    }

    public AppSettings withDatabase(DbSettings history) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, apiKey,
                history, massive, backfillPlan, grok);
    }

    public AppSettings withMassive(MassiveSettings data) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, apiKey,
                database, data, backfillPlan, grok);
    }

    public AppSettings withGrok(GrokSettings voice) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, apiKey,
                database, massive, backfillPlan, voice);
    }

    /** Database, Massive and plan of a backfill at once. */
    public AppSettings withBackfill(BackfillSetup setup) {
        return withDatabase(setup.db()).withMassive(setup.massive()).withBackfillPlan(setup.plan());
    }

    /** The backfill's configuration, or null without a database. */
    public BackfillSetup backfill() {
        return database == null ? null : new BackfillSetup(database, massive, backfillPlan);
    }

    public AppSettings withBackfillPlan(BackfillSettings plan) {
        return new AppSettings(dataDir, bind, port, threading, ringSize, heartbeatSeconds, source, rules, apiKey,
                database, massive, plan, grok);
    }
}
