package com.fks.copilot.gateway.backtest;

import com.fks.copilot.engine.backtest.SimulatedTrade;
import com.fks.copilot.engine.backtest.Strategy;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The walk-forward's bookkeeping on hand-made trades over six trading days, Mon 16 to Mon 23 November 2026, in
 * windows of 2 in-sample and 1 out-of-sample days: folds 16–17 → 18, 17–18 → 19, 18–19 → 20, 19–20 → 23.
 */
class WalkForwardTest {
    private static final List<LocalDate> DAYS = List.of(day(16), day(17), day(18), day(19), day(20), day(23));
    private static final WalkForward.Windows TWO_AND_ONE = new WalkForward.Windows(2, 1);
    private static final Instrument MGC = Instruments.byIndex(Instruments.MGC);
    /** Wins $100 a day in sample on the 16th and 17th, then loses $50 a day. */
    private static final Candidate OVERFIT = new Candidate(0.3, 0.45, 1.0);

    @Test
    void foldsRollForwardByTheOutOfSampleLength() {
        List<WalkForward.Fold> folds = WalkForward.folds(DAYS, TWO_AND_ONE);
        assertEquals(4, folds.size());
        assertEquals(new WalkForward.Fold(day(16), day(17), day(18), day(18)), folds.get(0));
        assertEquals(new WalkForward.Fold(day(19), day(20), day(23), day(23)), folds.get(3));
    }

    @Test
    void theInSampleWinnerIsScoredOnTheDaysAfterItAndAnOverfitSettingShowsTheGap() {
        Map<Candidate, List<SimulatedTrade>> trades = Map.of(
                Candidate.LIVE, List.of(),
                OVERFIT, List.of(net(16, 100_00), net(17, 100_00), net(18, -50_00), net(19, -50_00), net(20, -50_00),
                        net(23, -50_00)));
        WalkForward.ContractResult result = WalkForward.contractResult(MGC, List.of(Candidate.LIVE, OVERFIT), trades,
                WalkForward.folds(DAYS, TWO_AND_ONE));

        WalkForward.Choice first = result.choices().get(0);
        assertEquals(OVERFIT, first.chosen(), "+$200 in sample beats nothing traded");
        assertEquals(-50_00, first.outOfSample().netCents(), "then −$50 on the 18th");
        assertEquals(List.of(OVERFIT, OVERFIT, Candidate.LIVE, Candidate.LIVE),
                result.choices().stream().map(WalkForward.Choice::chosen).toList(), "in sample +$200, +$50, −$100, −$100");
        assertEquals(-100_00, result.outOfSample().netCents(), "the walk-forward's record: −$50 on the 18th and 19th");
        assertEquals(Candidate.LIVE, result.suggested(), "the last fold's choice");
        WalkForward.CandidateScores overfit = result.candidates().get(1);
        assertEquals(200_00 + 50_00 - 100_00 - 100_00, overfit.inSample().netCents(), "in sample over the 4 folds");
        assertEquals(-4 * 50_00, overfit.outOfSample().netCents(), "out of sample: every day after lost");
    }

    @Test
    void theLiveSettingStaysWhenNothingTradedInSample() {
        Map<Candidate, List<SimulatedTrade>> trades = Map.of(Candidate.LIVE, List.of(), OVERFIT, List.of());
        WalkForward.ContractResult result = WalkForward.contractResult(MGC, List.of(OVERFIT, Candidate.LIVE), trades,
                WalkForward.folds(DAYS, TWO_AND_ONE));
        assertEquals(Candidate.LIVE, result.suggested());
        assertEquals(4, result.outOfSampleDays());
    }

    private static SimulatedTrade net(int november, long cents) {
        long at = day(november).atTime(10, 15).atZone(ZoneId.of("America/New_York")).toInstant().toEpochMilli() * 1_000_000L;
        return new SimulatedTrade(Strategy.ORB, MGC.index(), (byte) 1, 1, at, 0, 0, 0, at + 60_000_000_000L, 0,
                SimulatedTrade.ExitReason.TARGET, cents + 124, 124, 0);
    }

    private static LocalDate day(int november) {
        return LocalDate.of(2026, 11, november);
    }
}
