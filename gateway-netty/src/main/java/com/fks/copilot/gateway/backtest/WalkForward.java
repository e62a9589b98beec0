package com.fks.copilot.gateway.backtest;

import com.fks.copilot.engine.backtest.BacktestEngine;
import com.fks.copilot.engine.backtest.BacktestRules;
import com.fks.copilot.engine.backtest.OrbVariant;
import com.fks.copilot.engine.backtest.Signal;
import com.fks.copilot.engine.backtest.SimulatedTrade;
import com.fks.copilot.engine.backtest.TradeSimulator;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.session.TradingDays;
import com.fks.copilot.gateway.io.ScratchDir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walk-forward optimisation of the rules' free parameters, per contract: in each fold every {@link Candidate} is
 * traded on an in-sample window of trading days, the best by net profit (the live setting on a tie or when nothing
 * traded) is then scored on the days that follow, and the window rolls on by the out-of-sample length. The engine runs
 * once over the whole history; each candidate re-triggers its ORB ({@link OrbVariant}) and trades the same signals.
 * It never changes the live rules: it suggests.
 */
public final class WalkForward {
    /** Trading days in each in-sample and out-of-sample window. */
    public record Windows(int inSampleDays, int outOfSampleDays) {
        public Windows {
            if (inSampleDays < 1 || outOfSampleDays < 1) {
                throw new IllegalArgumentException("in-sample and out-of-sample windows need at least a day each");
            }
        }
    }

    public record Fold(LocalDate inFrom, LocalDate inTo, LocalDate outFrom, LocalDate outTo) {
        boolean inSample(LocalDate day) {
            return !day.isBefore(inFrom) && !day.isAfter(inTo);
        }

        boolean outOfSample(LocalDate day) {
            return !day.isBefore(outFrom) && !day.isAfter(outTo);
        }
    }

    /** A candidate's in-sample and out-of-sample scores, summed over the folds: an overfit setting shows the gap. */
    public record CandidateScores(Candidate candidate, Score inSample, Score outOfSample) {
    }

    /** What the walk-forward chose in one fold, and how that choice then did. */
    public record Choice(Fold fold, Candidate chosen, Score inSample, Score outOfSample) {
    }

    /** One contract's walk-forward: every candidate's scores, each fold's choice, and the suggestion (the last choice). */
    public record ContractResult(String symbol, List<CandidateScores> candidates, List<Choice> choices, Candidate suggested,
                                 Score outOfSample, int outOfSampleDays) {
    }

    private WalkForward() {
    }

    public static OptimizeReport run(BacktestRequest request, Windows windows, List<Candidate> grid,
                                     Backtest.DayProgress progress) {
        List<LocalDate> days = Backtest.daysIn(request);
        List<Fold> folds = folds(days, windows);
        if (folds.isEmpty()) {
            throw new Backtest.NoHistory(days.size() + " trading days from " + request.from() + " to " + request.to()
                    + "; a walk-forward needs at least " + (windows.inSampleDays() + 1) + " (in-sample "
                    + windows.inSampleDays() + " + out-of-sample)");
        }
        List<Signal> signals;
        try (ScratchDir scratch = ScratchDir.create("copilot-optimize")) {
            signals = BacktestEngine.run(scratch.path(), request.risk(), engine -> request.history().play(request.to(),
                    Backtest.countingDays(engine, days, progress)));
        }
        Map<Candidate, List<SimulatedTrade>> trades = tradeEveryCandidate(signals, grid, request, days);
        List<ContractResult> contracts = new ArrayList<>();
        for (Instrument contract : Instruments.all()) {
            if (request.rules().trades(contract.index())) {
                contracts.add(contractResult(contract, grid, trades, folds));
            }
        }
        return new OptimizeReport(request.history().describe(), days, windows, folds, contracts);
    }

    static List<Fold> folds(List<LocalDate> days, Windows windows) {
        List<Fold> folds = new ArrayList<>();
        for (int start = 0; start + windows.inSampleDays() < days.size(); start += windows.outOfSampleDays()) {
            int outStart = start + windows.inSampleDays();
            int outEnd = Math.min(days.size(), outStart + windows.outOfSampleDays()) - 1;
            folds.add(new Fold(days.get(start), days.get(outStart - 1), days.get(outStart), days.get(outEnd)));
        }
        return folds;
    }

    private static Map<Candidate, List<SimulatedTrade>> tradeEveryCandidate(List<Signal> signals, List<Candidate> grid,
                                                                          BacktestRequest request, List<LocalDate> days) {
        Map<Double, List<Signal>> byOrbAtr = new HashMap<>();
        Map<Candidate, List<SimulatedTrade>> trades = new LinkedHashMap<>();
        BacktestRules base = request.rules();
        for (Candidate candidate : grid) {
            List<Signal> retriggered = byOrbAtr.computeIfAbsent(candidate.orbAtr(), k -> OrbVariant.retrigger(signals, k));
            trades.put(candidate, TradeSimulator.trade(retriggered, base.with(candidate.stopAtr(), base.orbTargetAtr(),
                    candidate.minQuality()), request.risk(), days.get(0), days.get(days.size() - 1)).trades());
        }
        return trades;
    }

    static ContractResult contractResult(Instrument contract, List<Candidate> grid,
                                                 Map<Candidate, List<SimulatedTrade>> trades, List<Fold> folds) {
        Map<Candidate, List<SimulatedTrade>> own = new LinkedHashMap<>();
        grid.forEach(c -> own.put(c, trades.get(c).stream().filter(t -> t.instrument() == contract.index()).toList()));
        List<CandidateScores> scores = new ArrayList<>();
        for (Candidate candidate : grid) {
            Score in = Score.NONE;
            Score out = Score.NONE;
            for (Fold fold : folds) {
                in = in.plus(window(own.get(candidate), fold, true));
                out = out.plus(window(own.get(candidate), fold, false));
            }
            scores.add(new CandidateScores(candidate, in, out));
        }
        List<Choice> choices = new ArrayList<>();
        Score walkForward = Score.NONE;
        int outDays = 0;
        for (Fold fold : folds) {
            Candidate best = best(grid, own, fold);
            Choice choice = new Choice(fold, best, window(own.get(best), fold, true), window(own.get(best), fold, false));
            choices.add(choice);
            walkForward = walkForward.plus(choice.outOfSample());
            outDays += (int) (fold.outTo().toEpochDay() - fold.outFrom().toEpochDay()) + 1;
        }
        return new ContractResult(contract.symbol(), scores, choices, choices.get(choices.size() - 1).chosen(), walkForward,
                outDays);
    }

    /** The in-sample winner by net profit; the live setting when it ties or nothing traded. */
    private static Candidate best(List<Candidate> grid, Map<Candidate, List<SimulatedTrade>> own, Fold fold) {
        Candidate best = grid.contains(Candidate.LIVE) ? Candidate.LIVE : grid.get(0);
        Score bestScore = window(own.get(best), fold, true);
        for (Candidate candidate : grid) {
            Score score = window(own.get(candidate), fold, true);
            if (score.trades() > 0 && score.netCents() > bestScore.netCents()) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static Score window(List<SimulatedTrade> trades, Fold fold, boolean inSample) {
        return Score.of(trades.stream().filter(t -> {
            LocalDate day = TradingDays.ofEpochNanos(t.entryNanos());
            return inSample ? fold.inSample(day) : fold.outOfSample(day);
        }).toList());
    }
}
