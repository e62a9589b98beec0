package com.fks.copilot.engine.orb;

import com.fks.copilot.engine.backtest.BacktestEngine;
import com.fks.copilot.engine.backtest.BarTape;
import com.fks.copilot.engine.backtest.Signal;
import com.fks.copilot.engine.backtest.TapeBar;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.risk.RiskRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A breakout belongs to the day of the bar that broke out. Friday 20 November 2026's MGC range 09:30–10:00 is
 * 5200–5202 and the 10:05 bar closes at 5210, far beyond it. The clock then runs through the weekend with no trades
 * (a live wall clock does): Saturday's ORB window re-evaluates Friday's bars, and must not call Friday's breakout
 * Saturday's.
 */
class WeekendBreakoutTest {
    private static final ZoneId ET = ZoneId.of("America/New_York");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @Test
    void fridaysBreakoutIsNotReportedAgainOnSaturday(@TempDir Path scratch) {
        List<TapeBar> bars = new ArrayList<>();
        for (LocalTime t = LocalTime.of(9, 0); t.isBefore(LocalTime.of(10, 5)); t = t.plusMinutes(1)) {
            bars.add(bar(FRIDAY, t, 5201, 5202, 5200, 5201));
        }
        bars.add(bar(FRIDAY, LocalTime.of(10, 5), 5202, 5210.5, 5201.5, 5210));
        bars.add(bar(FRIDAY.plusDays(3), LocalTime.of(8, 0), 5211, 5212, 5210, 5211)); // Monday: the clock runs till then

        List<Signal> signals = BacktestEngine.run(scratch, RiskRules.defaults(), engine -> BarTape.play(bars, engine));

        List<Signal.OrbBreakout> breakouts = signals.stream().filter(s -> s instanceof Signal.OrbBreakout)
                .map(s -> (Signal.OrbBreakout) s).toList();
        assertEquals(1, breakouts.size(), breakouts.toString());
        assertEquals(1, breakouts.get(0).side(), "long");
        assertEquals(Prices.toFixed(5210), breakouts.get(0).price());
    }

    @Test
    void aCloseBeyondTheTriggerAfterTheWindowIsNotABreakoutTheNextDay(@TempDir Path scratch) {
        List<TapeBar> bars = new ArrayList<>();
        for (LocalTime t = LocalTime.of(9, 0); t.isBefore(LocalTime.of(13, 0)); t = t.plusMinutes(1)) {
            bars.add(bar(FRIDAY, t, 5201, 5202, 5200, 5201));
        }
        bars.add(bar(FRIDAY, LocalTime.of(13, 0), 5202, 5210.5, 5201.5, 5210)); // 13:00: the ORB window ended at 11:00
        bars.add(bar(FRIDAY.plusDays(3), LocalTime.of(8, 0), 5211, 5212, 5210, 5211));

        List<Signal> signals = BacktestEngine.run(scratch, RiskRules.defaults(), engine -> BarTape.play(bars, engine));

        assertEquals(List.of(), signals.stream().filter(s -> s instanceof Signal.OrbBreakout).toList());
    }

    private static TapeBar bar(LocalDate day, LocalTime start, double open, double high, double low, double close) {
        long nanos = day.atTime(start).atZone(ET).toInstant().toEpochMilli() * 1_000_000L;
        return new TapeBar(Instruments.MGC, nanos, Prices.toFixed(open), Prices.toFixed(high), Prices.toFixed(low),
                Prices.toFixed(close), 10);
    }
}
