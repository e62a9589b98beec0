package com.fks.copilot.engine.state;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.risk.ExecutionBook;
import com.fks.copilot.engine.risk.IdempotencyKeys;
import com.fks.copilot.engine.risk.RiskState;
import net.openhft.chronicle.bytes.BytesMarshallable;
import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ChronicleMapBuilder;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The file-backed Chronicle Maps that replace Redis, under {@code <dataDir>/state}: per instrument
 * its {@link MarketState}, closed 1- and 5-minute bars (one map entry per ring slot, see
 * {@link BarHistory}), {@link FocusState} and
 * {@link OrbState}; engine-wide the {@link EngineStatus} and the day's {@link RiskState}. The
 * engine thread is the only writer; any thread or process may read by copying a value into its
 * own instance.
 */
public final class EngineStateStore implements AutoCloseable {
    /** 1-minute bars kept: ten hours, enough for the opening range and ATR windows. */
    public static final int ONE_MINUTE_BARS = 600;
    /** 5-minute bars kept: five days around the clock, the longest analytics window. */
    public static final int FIVE_MINUTE_BARS = 1_440;
    private static final Integer ENGINE_KEY = 0;
    /** Written when every map closed; its absence at open means the last process did not stop cleanly. */
    private static final String CLEAN_STOP = "CLEAN";

    private final Path dir;
    /** The last process closed the maps: they open as they are. */
    private final boolean closedCleanly;
    /** Some map was left open by a process that died, and was opened with Chronicle's recovery. */
    private boolean recoveredAfterCrash;

    private final List<ChronicleMap<?, ?>> opened = new ArrayList<>();
    private final ChronicleMap<Integer, MarketState> market;
    private final ChronicleMap<BarSlot, MinuteBar> bars1m;
    private final ChronicleMap<Integer, BarRingHead> bars1mHead;
    private final ChronicleMap<BarSlot, MinuteBar> bars5m;
    private final ChronicleMap<Integer, BarRingHead> bars5mHead;
    private final ChronicleMap<Integer, FocusState> focus;
    private final ChronicleMap<Integer, OrbState> orb;
    private final ChronicleMap<Integer, EngineStatus> status;
    private final ChronicleMap<Integer, RiskState> risk;
    private final ChronicleMap<Integer, IdempotencyKeys> idempotencyKeys;
    private final ChronicleMap<Integer, ExecutionBook> executions;
    private final ChronicleMap<Integer, CommitMarker> commit;
    private final CommitMarker marker = new CommitMarker();
    /** The engine thread's reused key and head for bar writes. */
    private final BarSlot writeKey = new BarSlot();
    private final BarRingHead writeHead = new BarRingHead();

    private EngineStateStore(Path dir) throws IOException {
        StateLayout.prepare(dir);
        this.dir = dir;
        Path cleanStop = dir.resolve(CLEAN_STOP);
        this.closedCleanly = Files.exists(cleanStop);
        int perInstrument = Math.max(64, Instruments.count() * 4);
        market = open(dir, "market", MarketState.class, new MarketState(), perInstrument);
        bars1m = openSlots(dir, "bars1m-slots", Instruments.count() * ONE_MINUTE_BARS);
        bars1mHead = open(dir, "bars1m-head", BarRingHead.class, new BarRingHead(), perInstrument);
        bars5m = openSlots(dir, "bars5m-slots", Instruments.count() * FIVE_MINUTE_BARS);
        bars5mHead = open(dir, "bars5m-head", BarRingHead.class, new BarRingHead(), perInstrument);
        focus = open(dir, "focus", FocusState.class, new FocusState(), perInstrument);
        orb = open(dir, "orb", OrbState.class, new OrbState(), perInstrument);
        status = open(dir, "status", EngineStatus.class, new EngineStatus(), 4);
        risk = open(dir, "risk", RiskState.class, new RiskState(), 4);
        idempotencyKeys = open(dir, "idempotency-keys", IdempotencyKeys.class, new IdempotencyKeys(), 4);
        executions = open(dir, "executions", ExecutionBook.class, new ExecutionBook(), 4);
        commit = open(dir, "commit", CommitMarker.class, new CommitMarker(), 4);
        Files.deleteIfExists(cleanStop); // from now on a crash leaves the maps to be recovered
    }

    /** Opens (or creates) the maps under {@code dataDir/state}. */
    public static EngineStateStore open(Path dataDir) {
        try {
            return new EngineStateStore(Files.createDirectories(dataDir.resolve("state")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open engine state under " + dataDir, e);
        }
    }

    private <V extends BytesMarshallable> ChronicleMap<Integer, V> open(Path dir, String name, Class<V> type, V sample,
                                                                      int entries) throws IOException {
        return persist(dir, name, ChronicleMap.of(Integer.class, type).name(name).entries(entries)
                .constantValueSizeBySample(sample).putReturnsNull(true));
    }

    private ChronicleMap<BarSlot, MinuteBar> openSlots(Path dir, String name, int entries) throws IOException {
        return persist(dir, name, ChronicleMap.of(BarSlot.class, MinuteBar.class).name(name).entries(entries)
                .constantKeySizeBySample(new BarSlot()).constantValueSizeBySample(new MinuteBar()).putReturnsNull(true));
    }

    /**
     * A map file left by a killed process is recovered (its segment locks may still be held); one the last process
     * closed is opened as it is (recovery on every start would log Chronicle's warnings and cost time); a new one created.
     */
    private <K, V> ChronicleMap<K, V> persist(Path dir, String name, ChronicleMapBuilder<K, V> builder) throws IOException {
        File file = dir.resolve(name + ".dat").toFile();
        // Chronicle closes every map in a JVM shutdown hook of its own, which on SIGTERM can run while the app's
        // hook still drains the ring: the engine's last commit would hit closed maps. The app closes them, in order.
        builder.skipCloseOnExitHook(true);
        boolean recover = file.exists() && !closedCleanly;
        recoveredAfterCrash |= recover;
        ChronicleMap<K, V> map = recover ? builder.recoverPersistedTo(file, true) : builder.createPersistedTo(file);
        opened.add(map);
        return map;
    }

    /** Copies an instrument's persisted state into {@code into}; false when none is stored yet. */
    public boolean readMarket(int instrument, MarketState into) {
        return market.getUsing(instrument, into) != null;
    }

    /** Copies an instrument's closed 1-minute bars into {@code into} (sized {@link #ONE_MINUTE_BARS}); any thread. */
    public boolean readOneMinuteBars(int instrument, BarHistory into) {
        return readBars(bars1mHead, bars1m, instrument, into);
    }

    public boolean readFiveMinuteBars(int instrument, BarHistory into) {
        return readBars(bars5mHead, bars5m, instrument, into);
    }

    private static boolean readBars(ChronicleMap<Integer, BarRingHead> heads, ChronicleMap<BarSlot, MinuteBar> slots,
                                    int instrument, BarHistory into) {
        BarRingHead head = heads.get(instrument);
        if (head == null) {
            return false;
        }
        into.instrument = instrument;
        into.appliedIndex = head.appliedIndex;
        into.count = head.count;
        BarSlot key = new BarSlot();
        for (long n = Math.max(0, head.count - into.capacity()); n < head.count; n++) {
            int slot = into.slotOf(n);
            if (slots.getUsing(key.set(instrument, slot), into.slot(slot)) == null) {
                into.slot(slot).clear();
            }
        }
        into.persistedCount = head.count;
        return true;
    }

    public boolean readFocus(int instrument, FocusState into) {
        return focus.getUsing(instrument, into) != null;
    }

    public boolean readOrb(int instrument, OrbState into) {
        return orb.getUsing(instrument, into) != null;
    }

    public boolean readStatus(EngineStatus into) {
        return status.getUsing(ENGINE_KEY, into) != null;
    }

    public boolean readRisk(RiskState into) {
        return risk.getUsing(ENGINE_KEY, into) != null;
    }

    public boolean readExecutions(ExecutionBook into) {
        return executions.getUsing(ENGINE_KEY, into) != null;
    }

    public void writeExecutions(ExecutionBook value) {
        executions.put(ENGINE_KEY, value);
    }

    public boolean readIdempotencyKeys(IdempotencyKeys into) {
        return idempotencyKeys.getUsing(ENGINE_KEY, into) != null;
    }

    /** Engine thread only, as every write below. */
    public void writeMarket(MarketState state) {
        market.put(state.instrument, state);
    }

    /** Writes the bars appended since the last write, then the head that counts them. */
    public void writeOneMinuteBars(BarHistory bars) {
        writeBars(bars1mHead, bars1m, bars);
    }

    public void writeFiveMinuteBars(BarHistory bars) {
        writeBars(bars5mHead, bars5m, bars);
    }

    private void writeBars(ChronicleMap<Integer, BarRingHead> heads, ChronicleMap<BarSlot, MinuteBar> slots, BarHistory bars) {
        for (long n = Math.max(bars.persistedCount, bars.count - bars.capacity()); n < bars.count; n++) {
            int slot = bars.slotOf(n);
            slots.put(writeKey.set(bars.instrument, slot), bars.slot(slot));
        }
        writeHead.instrument = bars.instrument;
        writeHead.appliedIndex = bars.appliedIndex;
        writeHead.count = bars.count;
        heads.put(bars.instrument, writeHead);
        bars.persistedCount = bars.count;
    }

    public void writeFocus(FocusState state) {
        focus.put(state.instrument, state);
    }

    public void writeOrb(OrbState state) {
        orb.put(state.instrument, state);
    }

    public void writeRisk(RiskState value) {
        risk.put(ENGINE_KEY, value);
    }

    public void writeIdempotencyKeys(IdempotencyKeys value) {
        idempotencyKeys.put(ENGINE_KEY, value);
    }

    /** Called before the first state write of a batch that ends at {@code index}; see {@link CommitMarker}. */
    public void beginCommit(long index) {
        marker.committingTo = index;
        commit.put(ENGINE_KEY, marker);
    }

    /** Called after everything it covers is written: the batch begun with {@link #beginCommit} has landed. */
    public void writeStatus(EngineStatus value) {
        status.put(ENGINE_KEY, value);
    }

    /**
     * Engine thread, before reading any state: when the last batch's writes were cut short (a
     * {@code kill -9} between {@link #beginCommit} and {@link #writeStatus}), empties every map so
     * the engine starts fresh and recovery re-applies the whole input journal. True if it did.
     */
    public boolean discardInterruptedCommit() {
        EngineStatus landed = new EngineStatus();
        boolean begun = commit.getUsing(ENGINE_KEY, marker) != null;
        if (!begun || (readStatus(landed) && landed.appliedIndex >= marker.committingTo)) {
            return false;
        }
        opened.forEach(ChronicleMap::clear);
        return true;
    }

    @Override
    public void close() {
        opened.forEach(ChronicleMap::close);
        try {
            Files.createFile(dir.resolve(CLEAN_STOP));
        } catch (IOException e) {
            // the next start recovers the maps, as after a crash: slower, never wrong
        }
    }

    /** True when the last process did not close the maps (a crash, {@code kill -9}) and they were recovered. */
    public boolean recoveredAfterCrash() {
        return recoveredAfterCrash;
    }
}
