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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The file-backed Chronicle Maps that replace Redis, under {@code <dataDir>/state}: per instrument
 * its {@link MarketState}, closed 1- and 5-minute bars (one map entry per ring slot, see
 * {@link BarHistory}), {@link FocusState} and
 * {@link OrbState}; engine-wide the {@link EngineStatus} and the day's {@link RiskState}. The
 * engine thread is the only writer; any thread or process may read by copying a value into its
 * own instance.
 *
 * <p>At each trading day's end the engine has the maps copied to a {@link StateSnapshots snapshot}. A store a crash
 * left torn (a commit cut short, maps that cannot be opened, a restore cut short) is restored from the newest snapshot
 * that verifies, so recovery replays only the journal after it; with none, it is emptied and the whole journal
 * replayed.
 */
public final class EngineStateStore implements AutoCloseable {
    /** 1-minute bars kept: ten hours, enough for the opening range and ATR windows. */
    public static final int ONE_MINUTE_BARS = 600;
    /** 5-minute bars kept: five days around the clock, the longest analytics window. */
    public static final int FIVE_MINUTE_BARS = 1_440;
    private static final Integer ENGINE_KEY = 0;
    /** Written when every map closed; its absence at open means the last process did not stop cleanly. */
    private static final String CLEAN_STOP = "CLEAN";
    /** Present while map files are being replaced by a snapshot's: found at open, the restore is done again. */
    private static final String RESTORING = "RESTORING";
    private static final System.Logger LOG = System.getLogger("copilot.state");

    private final Path dir;
    /** The last process closed the maps: they open as they are. */
    private final boolean closedCleanly;
    /** Some map was left open by a process that died, and was opened with Chronicle's recovery. */
    private boolean recoveredAfterCrash;
    private final StateSnapshots snapshots;
    /** The torn state was replaced: by {@link #restoredFrom} when a snapshot verified, else emptied. */
    private boolean rebuilt;
    private SnapshotManifest restoredFrom;
    private volatile long lastSnapshotNanos = -1;
    private boolean recoverExisting;

    private final List<ChronicleMap<?, ?>> opened = new ArrayList<>();
    // not final: a restore closes the maps, replaces their files and opens them again
    private ChronicleMap<Integer, MarketState> market;
    private ChronicleMap<BarSlot, MinuteBar> bars1m;
    private ChronicleMap<Integer, BarRingHead> bars1mHead;
    private ChronicleMap<BarSlot, MinuteBar> bars5m;
    private ChronicleMap<Integer, BarRingHead> bars5mHead;
    private ChronicleMap<Integer, FocusState> focus;
    private ChronicleMap<Integer, OrbState> orb;
    private ChronicleMap<Integer, EngineStatus> status;
    private ChronicleMap<Integer, RiskState> risk;
    private ChronicleMap<Integer, IdempotencyKeys> idempotencyKeys;
    private ChronicleMap<Integer, ExecutionBook> executions;
    private ChronicleMap<Integer, CommitMarker> commit;
    private final CommitMarker marker = new CommitMarker();
    /** The engine thread's reused key and head for bar writes. */
    private final BarSlot writeKey = new BarSlot();
    private final BarRingHead writeHead = new BarRingHead();

    private EngineStateStore(Path dir, StateSnapshots snapshots) throws IOException {
        StateLayout.prepare(dir);
        this.dir = dir;
        this.snapshots = snapshots;
        Path cleanStop = dir.resolve(CLEAN_STOP);
        this.closedCleanly = Files.exists(cleanStop);
        boolean torn = Files.exists(dir.resolve(RESTORING));
        if (torn) {
            LOG.log(System.Logger.Level.WARNING, "a restore of the engine state under " + dir + " was cut short: restoring again");
        } else {
            try {
                openMaps(!closedCleanly);
            } catch (IOException | RuntimeException unreadable) {
                closeMaps();
                LOG.log(System.Logger.Level.WARNING, "engine state under " + dir + " cannot be opened (" + unreadable + ")");
                torn = true;
            }
        }
        if (torn) {
            restoreNewestSnapshot();
        }
        Files.deleteIfExists(cleanStop); // from now on a crash leaves the maps to be recovered
    }

    /** @param recoverExisting open existing files with Chronicle's recovery: a crash (or a copy) may have left locks held */
    private void openMaps(boolean recoverExisting) throws IOException {
        this.recoverExisting = recoverExisting;
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
    }

    /** Opens (or creates) the maps under {@code dataDir/state}, with their snapshots in {@code dataDir/snapshots}. */
    public static EngineStateStore open(Path dataDir) {
        try {
            return new EngineStateStore(Files.createDirectories(dataDir.resolve("state")),
                    new StateSnapshots(dataDir.resolve("snapshots"), StateSnapshots.KEEP));
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
        boolean recover = file.exists() && recoverExisting;
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
     * {@code kill -9} between {@link #beginCommit} and {@link #writeStatus}), replaces the maps with the newest
     * snapshot that verifies (or empties them when none does), so recovery re-applies only the journal after the
     * snapshot (or the whole journal). True if it did, or if the store was already restored when it opened.
     */
    public boolean discardInterruptedCommit() {
        if (rebuilt) {
            return true;
        }
        EngineStatus landed = new EngineStatus();
        boolean begun = commit.getUsing(ENGINE_KEY, marker) != null;
        if (!begun || (readStatus(landed) && landed.appliedIndex >= marker.committingTo)) {
            return false;
        }
        LOG.log(System.Logger.Level.WARNING, "engine state under " + dir + " was cut off mid-commit (to journal index "
                + marker.committingTo + ")");
        closeMaps();
        try {
            restoreNewestSnapshot();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore the engine state under " + dir, e);
        }
        return true;
    }

    /**
     * Replaces the map files with the newest valid snapshot's, or deletes them when there is none, and opens them
     * (with recovery: a copy may hold a reader's lock). {@link #RESTORING} marks the files as torn meanwhile.
     */
    private void restoreNewestSnapshot() throws IOException {
        Path restoring = Files.writeString(dir.resolve(RESTORING), "the map files are being replaced by a snapshot's\n");
        restoredFrom = snapshots.restoreNewest(dir).orElse(null);
        if (restoredFrom == null) {
            for (Path map : StateSnapshots.mapFiles(dir)) {
                Files.delete(map);
            }
            LOG.log(System.Logger.Level.WARNING, "no state snapshot under " + snapshots.dir()
                    + " verifies: the engine state is rebuilt from the whole input journal");
        }
        openMaps(true);
        recoveredAfterCrash = true;
        Files.delete(restoring);
        rebuilt = true;
    }

    /**
     * Engine thread, right after a commit: copies the maps as trading day {@code day}'s snapshot, reflecting input
     * index {@code appliedIndex}. Never throws into the engine: a snapshot that could not be written only makes a
     * later recovery replay more of the journal. Reads the machine's clock only to measure itself.
     */
    public void snapshotTradingDay(LocalDate day, long appliedIndex) {
        long started = System.nanoTime();
        try {
            SnapshotManifest written = snapshots.write(dir, day, appliedIndex);
            lastSnapshotNanos = System.nanoTime() - started;
            long bytes = written.files().stream().mapToLong(SnapshotManifest.FileSum::size).sum();
            LOG.log(System.Logger.Level.INFO, "state snapshot of trading day " + day + " (journal index " + appliedIndex
                    + ", " + written.files().size() + " files, " + bytes / 1024 + " KiB) written in "
                    + lastSnapshotNanos / 1_000_000.0 + " ms");
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "state snapshot of trading day " + day + " not written (recovery after a"
                    + " crash replays more of the journal): " + e);
        }
    }

    /** The snapshot the torn state was restored from; empty when it was not torn, or no snapshot verified. */
    public Optional<SnapshotManifest> restoredFrom() {
        return Optional.ofNullable(restoredFrom);
    }

    /** How long the last snapshot write took (engine thread, nanos); -1 before the first. */
    public long lastSnapshotNanos() {
        return lastSnapshotNanos;
    }

    public StateSnapshots snapshots() {
        return snapshots;
    }

    private void closeMaps() {
        opened.forEach(ChronicleMap::close);
        opened.clear();
    }

    @Override
    public void close() {
        closeMaps();
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
