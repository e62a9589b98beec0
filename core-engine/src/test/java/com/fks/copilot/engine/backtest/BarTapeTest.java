package com.fks.copilot.engine.backtest;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.RiskRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stored bars played as trades into the real engine come back as the same 1-minute bars, whichever way they moved. */
class BarTapeTest {
    private static final long START = LocalDateTime.of(2026, 11, 24, 9, 30).atZone(ZoneId.of("America/New_York"))
            .toInstant().toEpochMilli() * 1_000_000L;
    private static final long MINUTE = 60_000_000_000L;

    @Test
    void theEngineBuildsBackTheBarsItIsPlayed(@TempDir Path scratch) {
        List<TapeBar> bars = new ArrayList<>();
        for (int m = 0; m < 10; m++) {
            double open = 5200 + m;
            boolean up = m % 2 == 0;
            bars.add(new TapeBar(Instruments.MGC, START + m * MINUTE, p(open), p(open + 1.5), p(open - 0.7),
                    p(up ? open + 1.2 : open - 0.4), 40));
            if (m % 3 == 0) { // a second contract, not every minute
                bars.add(new TapeBar(Instruments.MES, START + m * MINUTE, p(6000), p(6001), p(5999.5), p(6000.25), 8));
            }
        }
        List<Signal> signals = BacktestEngine.run(scratch, RiskRules.defaults(), engine -> BarTape.play(bars, engine));

        List<TapeBar> rebuilt = signals.stream().filter(s -> s instanceof Signal.BarClosed).map(s -> (Signal.BarClosed) s)
                .map(b -> new TapeBar(b.instrument(), b.startNanos(), b.open(), b.high(), b.low(), b.close(), 0)).toList();
        List<TapeBar> expected = bars.stream().map(b -> new TapeBar(b.instrument(), b.startNanos(), b.open(), b.high(),
                b.low(), b.close(), 0)).toList();
        assertEquals(expected, rebuilt);
    }

    private static long p(double points) {
        return Prices.toFixed(points);
    }
}
