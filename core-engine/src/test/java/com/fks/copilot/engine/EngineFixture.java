package com.fks.copilot.engine;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.state.EngineStateStore;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static com.fks.copilot.engine.session.EasternTime.ZONE;

/** An engine over real Chronicle Map files in a temp dir, fed events with increasing journal indexes. */
public final class EngineFixture implements AutoCloseable {
    public final EngineStateStore store;
    public final Engine engine;
    public final List<String> derived = new ArrayList<>();
    /** The event time each derived event carries (parallel to {@link #derived}). */
    public final List<Long> derivedTimes = new ArrayList<>();
    /** GROK_UPDATE events as {@code KIND/origin/askedBy@timeNanos: text}. */
    public final List<String> summaries = new ArrayList<>();
    /** ROUND_TRIP_CLOSED events as {@code account SYMBOL SIDE qty entry→exit stop=… cents=… in=…→out=… id=…} (points, nanos). */
    public final List<String> roundTrips = new ArrayList<>();
    private final EngineEvent event = new EngineEvent();
    private long nextIndex;
    /** The Idempotency-Key (high, low) and request digest the next open or close carries; cleared after it. */
    private long keyHigh;
    private long keyLow;
    private long digest;

    public EngineFixture(Path dataDir) {
        this(dataDir, 0);
    }

    public EngineFixture(Path dataDir, long firstIndex) {
        this(dataDir, firstIndex, com.fks.copilot.engine.risk.RiskRules.defaults());
    }

    public EngineFixture(Path dataDir, long firstIndex, com.fks.copilot.engine.risk.RiskRules rules) {
        store = EngineStateStore.open(dataDir);
        engine = new Engine(store, this::record, rules);
        nextIndex = firstIndex;
    }

    private void record(DerivedEvent e) {
        if (e.type == DerivedEvent.GROK_UPDATE) {
            summaries.add(com.fks.copilot.engine.event.GrokKind.name((byte) e.code) + "/" + e.origin + "/" + e.askedBy
                    + "@" + e.timeNanos + ": " + e.text());
        }
        if (e.type == DerivedEvent.ROUND_TRIP_CLOSED) {
            roundTrips.add(e.account() + " " + com.fks.copilot.engine.market.Instruments.byIndex(e.instrument).symbol()
                    + " " + (e.side == EngineEvent.SIDE_LONG ? "LONG" : "SHORT") + " " + e.quantity
                    + " " + com.fks.copilot.engine.market.Prices.toPoints(e.entryPrice)
                    + "→" + com.fks.copilot.engine.market.Prices.toPoints(e.price)
                    + " stop=" + (e.stopPrice == com.fks.copilot.engine.market.Prices.NONE ? "none"
                            : com.fks.copilot.engine.market.Prices.toPoints(e.stopPrice))
                    + " cents=" + e.amountCents + " in=" + e.openedNanos + "→out=" + e.timeNanos + " id=" + e.tradeId);
        }
        derivedTimes.add(e.timeNanos);
        derived.add(DerivedEvent.typeName(e.type) + " src=" + e.sourceIndex + "#" + e.ordinal
                + " instrument=" + e.instrument + " o=" + e.open + " h=" + e.high + " l=" + e.low
                + " c=" + e.close + " v=" + e.volume + " mode=" + e.sessionMode + " blocks=" + e.blocks
                + " warnings=" + e.warnings + " trade=" + e.tradeId + " cents=" + e.amountCents);
    }

    /** A fixture whose engine has seen one clock event, at {@code localDateTime} ET. */
    public static EngineFixture clockedAt(Path dataDir, String localDateTime) {
        EngineFixture f = new EngineFixture(dataDir);
        f.clock(et(localDateTime));
        return f;
    }

    public static long et(String localDateTime) {
        ZonedDateTime time = java.time.LocalDateTime.parse(localDateTime).atZone(ZONE);
        return time.toInstant().getEpochSecond() * 1_000_000_000L + time.getNano();
    }

    public EngineEvent tick(int instrument, long price, long quantity, long timeNanos) {
        event.setTick(instrument, price, quantity, timeNanos, nextIndex + 1);
        return apply();
    }

    public EngineEvent clock(long timeNanos) {
        event.setClock(timeNanos, nextIndex + 1);
        return apply();
    }

    /** A bridge snapshot with one position (all other contracts flat). */
    public EngineEvent position(int instrument, byte side, long quantity, long averagePrice, long unrealizedCents) {
        event.clear();
        event.type = com.fks.copilot.engine.event.EventType.POSITION;
        event.positionSides[instrument] = side;
        event.positionQuantities[instrument] = quantity;
        event.positionPrices[instrument] = averagePrice;
        event.positionPnlCents[instrument] = unrealizedCents;
        return apply();
    }

    /** A co-pilot summary entering the ring (as the gateway publishes it). */
    public EngineEvent summary(byte kind, byte origin, long askedBy, long timeNanos, String text) {
        event.setSummary(kind, origin, askedBy, timeNanos, text);
        return apply();
    }

    public EngineEvent check(int instrument, byte side, long quantity, long entry, long stop) {
        return entry(com.fks.copilot.engine.event.EventType.RISK_CHECK, instrument, side, quantity, entry, stop, false);
    }

    public EngineEvent open(int instrument, byte side, long quantity, long entry, long stop, boolean enforce) {
        return entry(com.fks.copilot.engine.event.EventType.TRADE_OPEN, instrument, side, quantity, entry, stop, enforce);
    }

    public EngineEvent close(long tradeId, long exit) {
        event.clear();
        event.type = com.fks.copilot.engine.event.EventType.TRADE_CLOSE;
        event.amount = tradeId;
        event.price = exit;
        return applyKeyed();
    }

    /**
     * A broker execution (POST /executions) for account {@code account}: {@code id} stands for the execution
     * id's hash, commission in cents.
     */
    public EngineEvent execution(String account, long id, int instrument, byte side, long quantity, long price,
                                 long commissionCents, long timeNanos) {
        event.clear();
        event.type = com.fks.copilot.engine.event.EventType.EXECUTION;
        event.setAccount(account);
        event.requestKeyHigh = id;
        event.requestKeyLow = ~id;
        event.instrument = instrument;
        event.side = side;
        event.quantity = quantity;
        event.price = price;
        event.amount = commissionCents;
        event.eventTimeNanos = timeNanos;
        return apply();
    }

    /** The next open or close carries this Idempotency-Key (as two halves) and request digest. */
    public EngineFixture keyed(long high, long low, long requestDigest) {
        keyHigh = high;
        keyLow = low;
        digest = requestDigest;
        return this;
    }

    private EngineEvent applyKeyed() {
        event.requestKeyHigh = keyHigh;
        event.requestKeyLow = keyLow;
        event.requestDigest = digest;
        keyHigh = keyLow = digest = 0;
        return apply();
    }

    private EngineEvent entry(byte type, int instrument, byte side, long quantity, long entry, long stop, boolean enforce) {
        event.clear();
        event.type = type;
        event.instrument = instrument;
        event.side = side;
        event.quantity = quantity;
        event.price = entry;
        event.stopPrice = stop;
        event.amount = enforce ? 1 : 0;
        return applyKeyed();
    }

    private EngineEvent apply() {
        event.journalIndex = nextIndex++;
        engine.apply(event);
        engine.endOfBatch();
        return event;
    }

    @Override
    public void close() {
        store.close();
    }
}
