package com.fks.copilot.gateway.backtest;

import com.fks.copilot.engine.analytics.Bars;
import com.fks.copilot.engine.backtest.TapeBar;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.db.DbSettings;
import com.fks.copilot.journal.history.HistoricalBar;
import com.fks.copilot.journal.history.HistoricalBarStore;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Loads the stored-bar histories a backtest can run on: PostgreSQL's {@code historical_bars}, or a bar file. */
public final class HistorySources {
    /** Calendar days of bars loaded before {@code from}: the plan needs 30 five-minute bars, the ATRs more. */
    static final int WARM_UP_DAYS = 14;

    private HistorySources() {
    }

    /** Every contract's bars from {@code WARM_UP_DAYS} before {@code from} to the day after {@code to}. */
    public static StoredBars database(DbSettings settings, LocalDate from, LocalDate to) throws SQLException {
        Instant start = from.minusDays(WARM_UP_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<TapeBar> bars = new ArrayList<>();
        try (Database db = Database.open(settings, "backtest", 2)) {
            HistoricalBarStore store = new HistoricalBarStore(db.dataSource(), 1);
            for (Instrument contract : Instruments.all()) {
                for (HistoricalBar bar : store.bars(contract.symbol(), start, end)) {
                    bars.add(new TapeBar(contract.index(), bar.barTime().toEpochMilli() * 1_000_000L,
                            fixed(bar.open().doubleValue()), fixed(bar.high().doubleValue()), fixed(bar.low().doubleValue()),
                            fixed(bar.close().doubleValue()), bar.volume()));
                }
            }
        }
        return new StoredBars("postgres " + settings.redactedUrl() + " historical_bars", bars);
    }

    /** A bar file's bars (the {@code analyze} formats), as {@code contract}'s 1-minute bars. */
    public static StoredBars file(String name, Bars file, Instrument contract) {
        List<TapeBar> bars = new ArrayList<>(file.count());
        for (int i = 0; i < file.count(); i++) {
            bars.add(new TapeBar(contract.index(), file.startEpochNanos(i), fixed(file.open(i)), fixed(file.high(i)),
                    fixed(file.low(i)), fixed(file.close(i)), Math.round(file.volume(i))));
        }
        return new StoredBars("bar file " + name + " as " + contract.symbol(), bars);
    }

    private static long fixed(double points) {
        return Prices.toFixed(points);
    }
}
