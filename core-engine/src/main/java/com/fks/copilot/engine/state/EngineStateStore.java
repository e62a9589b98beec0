package com.fks.copilot.engine.state;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.risk.RiskState;
import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ChronicleMapBuilder;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file-backed Chronicle Maps that replace Redis: per-instrument {@link MarketState}, the
 * engine-wide {@link EngineStatus} and the day's {@link RiskState}, under {@code <dataDir>/state}. The engine thread is the only
 * writer; any thread or process may read with {@link #readMarket} / {@link #readStatus}.
 */
public final class EngineStateStore implements AutoCloseable {
    private static final Integer STATUS_KEY = 0;

    private final ChronicleMap<Integer, MarketState> market;
    private final ChronicleMap<Integer, EngineStatus> status;
    private final ChronicleMap<Integer, RiskState> risk;

    private EngineStateStore(ChronicleMap<Integer, MarketState> market, ChronicleMap<Integer, EngineStatus> status,
                             ChronicleMap<Integer, RiskState> risk) {
        this.market = market;
        this.status = status;
        this.risk = risk;
    }

    /** Opens (or creates) the maps under {@code dataDir/state}. */
    public static EngineStateStore open(Path dataDir) {
        try {
            Path dir = Files.createDirectories(dataDir.resolve("state"));
            ChronicleMapBuilder<Integer, MarketState> market = ChronicleMap.of(Integer.class, MarketState.class)
                    .name("market")
                    .entries(Math.max(64, Instruments.count() * 4))
                    .constantValueSizeBySample(new MarketState())
                    .putReturnsNull(true)
                    ;
            ChronicleMapBuilder<Integer, EngineStatus> status = ChronicleMap.of(Integer.class, EngineStatus.class)
                    .name("status")
                    .entries(4)
                    .constantValueSizeBySample(new EngineStatus())
                    .putReturnsNull(true);
            ChronicleMapBuilder<Integer, RiskState> risk = ChronicleMap.of(Integer.class, RiskState.class)
                    .name("risk")
                    .entries(4)
                    .constantValueSizeBySample(new RiskState())
                    .putReturnsNull(true);
            return new EngineStateStore(openOrRecover(market, file(dir, "market.dat")),
                    openOrRecover(status, file(dir, "status.dat")), openOrRecover(risk, file(dir, "risk.dat")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open engine state under " + dataDir, e);
        }
    }

    /** A map file left by a killed process is recovered (its segment locks may still be held), a new one created. */
    private static <K, V> ChronicleMap<K, V> openOrRecover(ChronicleMapBuilder<K, V> builder, File file) throws IOException {
        return file.exists() ? builder.recoverPersistedTo(file, true) : builder.createPersistedTo(file);
    }

    private static File file(Path dir, String name) {
        return dir.resolve(name).toFile();
    }

    /** Copies an instrument's persisted state into {@code into}; false when none is stored yet. */
    public boolean readMarket(int instrument, MarketState into) {
        return market.getUsing(instrument, into) != null;
    }

    public boolean readStatus(EngineStatus into) {
        return status.getUsing(STATUS_KEY, into) != null;
    }

    public boolean readRisk(RiskState into) {
        return risk.getUsing(STATUS_KEY, into) != null;
    }

    /** Engine thread only. */
    public void writeRisk(RiskState value) {
        risk.put(STATUS_KEY, value);
    }

    /** Engine thread only. */
    public void writeMarket(MarketState state) {
        market.put(state.instrument, state);
    }

    /** Engine thread only; called after the instruments it covers are written. */
    public void writeStatus(EngineStatus value) {
        status.put(STATUS_KEY, value);
    }

    @Override
    public void close() {
        market.close();
        status.close();
        risk.close();
    }
}
