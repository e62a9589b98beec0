package com.fks.copilot.gateway;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.engine.state.BarHistory;
import com.fks.copilot.engine.state.MinuteBar;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.journal.db.Database;
import com.fks.copilot.journal.db.DbSettings;
import com.fks.copilot.journal.db.LocalPostgres;
import com.fks.copilot.journal.history.HistoricalBar;
import com.fks.copilot.journal.history.HistoricalBarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A live run on a fresh data dir starts with the stored 1-minute bars in the engine's history. */
class WarmupIT {
    private static final int BARS = 120;

    @Test
    void aFreshLiveRunWarmsItsBarHistoryFromTheStoredBars(@TempDir Path dir) throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start()) {
            DbSettings settings = postgres.freshDatabase();
            Instant firstBar = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(BARS + 2));
            storeGoldBars(settings, firstBar);

            try (CopilotApp app = CopilotApp.start(new AppSettings(dir, "127.0.0.1", 0, RingThreading.blocking(), 4096, 60,
                    new MarketSource.WallClockOnly()).withDatabase(settings))) {
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (app.oneMinuteBars(Instruments.MGC).count < BARS) {
                    assertTrue(System.nanoTime() < deadline, "warm bars: " + app.oneMinuteBars(Instruments.MGC).count);
                    Thread.sleep(20);
                }
                BarHistory gold = app.oneMinuteBars(Instruments.MGC);
                assertEquals(BARS, gold.count, "every stored bar, once");
                MinuteBar newest = gold.ago(0);
                long lastStart = firstBar.plus(Duration.ofMinutes(BARS - 1)).getEpochSecond() * 1_000_000_000L;
                assertEquals(lastStart, newest.startNanos);
                assertEquals(Prices.toFixed(5224.2), newest.open, "as quoted, never scaled");
                assertEquals(Prices.toFixed(5224.6), newest.high);
                assertEquals(Prices.toFixed(5223.9), newest.low);
                assertEquals(Prices.toFixed(5224.3), newest.close);
                assertEquals(7 + BARS - 1, newest.volume, "the bar's volume, counted once");
                assertEquals(0, app.oneMinuteBars(Instruments.MNQ).count, "no stored Nasdaq bars, nothing invented");
            }
        }
    }

    /** Bar i: open 5212.3 + 0.1·i, high +0.4, low −0.3, close +0.1, volume 7 + i. */
    private static void storeGoldBars(DbSettings settings, Instant firstBar) throws Exception {
        List<HistoricalBar> bars = new ArrayList<>();
        for (int i = 0; i < BARS; i++) {
            BigDecimal open = new BigDecimal("5212.3").add(new BigDecimal("0.1").multiply(BigDecimal.valueOf(i)));
            bars.add(new HistoricalBar("MGC", firstBar.plus(Duration.ofMinutes(i)), open, open.add(new BigDecimal("0.4")),
                    open.subtract(new BigDecimal("0.3")), open.add(new BigDecimal("0.1")), 7 + i, "massive:MGCZ6"));
        }
        try (Database database = Database.open(settings, "seed", 2)) {
            database.migrate();
            new HistoricalBarStore(database.dataSource(), 500).insert(bars);
        }
    }
}
