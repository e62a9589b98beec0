package com.fks.copilot.engine.state;

import com.fks.copilot.engine.market.Instruments;
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
 * its {@link MarketState}, closed 1- and 5-minute {@link BarHistory}, {@link FocusState} and
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

    private final List<ChronicleMap<Integer, ?>> opened = new ArrayList<>();
    private final ChronicleMap<Integer, MarketState> market;
    private final ChronicleMap<Integer, BarHistory> bars1m;
    private final ChronicleMap<Integer, BarHistory> bars5m;
    private final ChronicleMap<Integer, FocusState> focus;
    private final ChronicleMap<Integer, OrbState> orb;
    private final ChronicleMap<Integer, EngineStatus> status;
    private final ChronicleMap<Integer, RiskState> risk;

    private EngineStateStore(Path dir) throws IOException {
        int perInstrument = Math.max(64, Instruments.count() * 4);
        market = open(dir, "market", MarketState.class, new MarketState(), perInstrument);
        bars1m = open(dir, "bars1m", BarHistory.class, new BarHistory(ONE_MINUTE_BARS), perInstrument);
        bars5m = open(dir, "bars5m", BarHistory.class, new BarHistory(FIVE_MINUTE_BARS), perInstrument);
        focus = open(dir, "focus", FocusState.class, new FocusState(), perInstrument);
        orb = open(dir, "orb", OrbState.class, new OrbState(), perInstrument);
        status = open(dir, "status", EngineStatus.class, new EngineStatus(), 4);
        risk = open(dir, "risk", RiskState.class, new RiskState(), 4);
    }

    /** Opens (or creates) the maps under {@code dataDir/state}. */
    public static EngineStateStore open(Path dataDir) {
        try {
            return new EngineStateStore(Files.createDirectories(dataDir.resolve("state")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open engine state under " + dataDir, e);
        }
    }

    /** A map file left by a killed process is recovered (its segment locks may still be held), a new one created. */
    private <V extends BytesMarshallable> ChronicleMap<Integer, V> open(Path dir, String name, Class<V> type, V sample,
                                                                      int entries) throws IOException {
        ChronicleMapBuilder<Integer, V> builder = ChronicleMap.of(Integer.class, type).name(name).entries(entries)
                .constantValueSizeBySample(sample).putReturnsNull(true);
        File file = dir.resolve(name + ".dat").toFile();
        ChronicleMap<Integer, V> map = file.exists() ? builder.recoverPersistedTo(file, true) : builder.createPersistedTo(file);
        opened.add(map);
        return map;
    }

    /** Copies an instrument's persisted state into {@code into}; false when none is stored yet. */
    public boolean readMarket(int instrument, MarketState into) {
        return market.getUsing(instrument, into) != null;
    }

    public boolean readOneMinuteBars(int instrument, BarHistory into) {
        return bars1m.getUsing(instrument, into) != null;
    }

    public boolean readFiveMinuteBars(int instrument, BarHistory into) {
        return bars5m.getUsing(instrument, into) != null;
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

    /** Engine thread only, as every write below. */
    public void writeMarket(MarketState state) {
        market.put(state.instrument, state);
    }

    public void writeOneMinuteBars(BarHistory bars) {
        bars1m.put(bars.instrument, bars);
    }

    public void writeFiveMinuteBars(BarHistory bars) {
        bars5m.put(bars.instrument, bars);
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

    /** Called after everything it covers is written. */
    public void writeStatus(EngineStatus value) {
        status.put(ENGINE_KEY, value);
    }

    @Override
    public void close() {
        opened.forEach(ChronicleMap::close);
    }
}
