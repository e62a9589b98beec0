package com.fks.copilot.engine.backtest;

import com.fks.copilot.engine.analytics.PositionSize;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.notrade.NoTradeReason;
import com.fks.copilot.engine.notrade.NoTradeRules;
import com.fks.copilot.engine.risk.RiskManager;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskState;
import com.fks.copilot.engine.risk.RiskVerdict;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.state.FocusState;
import com.fks.copilot.engine.state.MarketState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Trades the engine's signals bar by bar, in the order the engine said them, with documented fill rules:
 * <ul>
 *   <li>one position per contract at a time; entries only on days from {@code from} to {@code to} (ET dates);</li>
 *   <li>the NO TRADE verdict and the plan as the engine stated them at that moment: a standing verdict declines the
 *       entry (a skip day trades nothing);</li>
 *   <li>ORB: in at the breakout close, at once after the bar that broke out; FOCUS: in when a bar trades into the
 *       entry zone (at its open when that lies in the zone, else at the zone's near edge), from 05:00 ET to the risk
 *       rules' entry cutoff, once per contract and day;</li>
 *   <li>market fills (entries, stops, session-end exits) lose {@code slippageTicks}; a stop the bar opens beyond fills
 *       at the open; a target fills at its price;</li>
 *   <li>a bar that reaches both the stop and the target is a stop (the order inside a bar is unknown: assume the
 *       worse); on the bar of a FOCUS entry only the stop is checked;</li>
 *   <li>what is still open at the risk rules' session end (12:00 ET) leaves at the close of the bar that ends then,
 *       or, when a later bar comes first, at the last close before it.</li>
 * </ul>
 * Levels are rounded to the contract's tick grid. Every entry is also put to the live risk rules ({@link RiskManager}
 * on the backtest's own day: its P&L, loss streak and open trades); the ORB trades past their 10:00 cutoff anyway and
 * the trade carries the blocks, a FOCUS entry they block is declined.
 */
public final class TradeSimulator {
    private static final int ACTIVE_FROM_MINUTE = 5 * 60;

    private final BacktestRules rules;
    private final RiskRules risk;
    private final long fromDay;
    private final long toDay;
    private final EasternTime easternTime = new EasternTime();
    private final RiskManager riskManager;
    private final RiskVerdict verdict = new RiskVerdict();

    private final Position[] open = new Position[Instruments.count()];
    private final Signal.PlanLine[] plan = new Signal.PlanLine[Instruments.count()];
    private final Signal.BarClosed[] lastBar = new Signal.BarClosed[Instruments.count()];
    /** Per contract, the last day a FOCUS setup was taken or declined: once a day. */
    private final long[] focusDay = new long[Instruments.count()];
    private int noTradeMask = -1; // none stated yet: no entries
    private long planNanos = Long.MIN_VALUE;
    private long nextTradeId = 1;
    private final List<SimulatedTrade> trades = new ArrayList<>();
    private final List<DeclinedEntry> declined = new ArrayList<>();

    private TradeSimulator(BacktestRules rules, RiskRules risk, LocalDate from, LocalDate to) {
        this.rules = rules;
        this.risk = risk;
        this.fromDay = from.toEpochDay();
        this.toDay = to.toEpochDay();
        MarketState[] markets = new MarketState[Instruments.count()];
        FocusState[] noPlan = new FocusState[Instruments.count()];
        for (int i = 0; i < markets.length; i++) {
            markets[i] = new MarketState();
            noPlan[i] = new FocusState();
            focusDay[i] = Long.MIN_VALUE;
        }
        this.riskManager = new RiskManager(risk, new RiskState(), markets, noPlan);
    }

    /** Trades {@code signals} (in the engine's order) and returns what was traded and declined. */
    public static BacktestOutcome trade(List<Signal> signals, BacktestRules rules, RiskRules risk, LocalDate from,
                                        LocalDate to) {
        TradeSimulator simulator = new TradeSimulator(rules, risk, from, to);
        for (Signal signal : signals) {
            simulator.on(signal);
        }
        simulator.closeAtEndOfData();
        return new BacktestOutcome(simulator.trades, simulator.declined);
    }

    private void on(Signal signal) {
        if (signal instanceof Signal.BarClosed bar) {
            if (rules.trades(bar.instrument())) {
                onBar(bar);
            }
        } else if (signal instanceof Signal.NoTradeChange change) {
            noTradeMask = change.mask();
        } else if (signal instanceof Signal.PlanLine line) {
            onPlanLine(line);
        } else if (signal instanceof Signal.OrbBreakout breakout && rules.trades(Strategy.ORB)
                && rules.trades(breakout.instrument())) {
            enterOrb(breakout);
        }
    }

    /** A recompute sends the lines it ranked, all stamped with its time: a contract it left out has no line now. */
    private void onPlanLine(Signal.PlanLine line) {
        if (line.timeNanos() != planNanos) {
            Arrays.fill(plan, null);
            planNanos = line.timeNanos();
        }
        plan[line.instrument()] = line;
    }

    /**
     * The NO TRADE verdict at {@code timeNanos}: the engine's, with its quality rules applied at the backtest's quality
     * bar instead of 0.55 when that differs.
     */
    private int verdict(long timeNanos) {
        if (rules.minQuality() == NoTradeRules.MIN_QUALITY || noTradeMask < 0) {
            return noTradeMask;
        }
        int focusAssets = 0;
        int low = 0;
        for (Signal.PlanLine line : plan) {
            if (line != null && line.focusAsset() && !Double.isNaN(line.quality())) {
                focusAssets++;
                low += line.quality() < rules.minQuality() ? 1 : 0;
            }
        }
        int engineQualityBits = NoTradeReason.LOW_QUALITY.bit() | NoTradeReason.NO_SETUP.bit();
        return (noTradeMask & ~engineQualityBits)
                | NoTradeRules.qualityBits(focusAssets, low, focusAssets - low, easternTime.minuteOfDay(timeNanos));
    }

    private void onBar(Signal.BarClosed bar) {
        int i = bar.instrument();
        if (open[i] != null) {
            manage(open[i], bar);
        } else if (rules.trades(Strategy.FOCUS)) {
            enterFocus(bar);
        }
        lastBar[i] = bar;
    }

    private void enterOrb(Signal.OrbBreakout breakout) {
        int i = breakout.instrument();
        long day = easternTime.epochDay(breakout.timeNanos());
        if (open[i] != null || day < fromDay || day > toDay || breakout.atr() == Prices.NONE || breakout.atr() <= 0) {
            return;
        }
        int verdict = verdict(breakout.timeNanos());
        if (verdict != 0) {
            declined.add(new DeclinedEntry(Strategy.ORB, i, breakout.timeNanos(), verdict, 0));
            return;
        }
        Instrument contract = Instruments.byIndex(i);
        byte side = breakout.side();
        long entry = breakout.price() + side * slippage(contract);
        long stop = onGrid(entry - side * Math.round(rules.orbStopAtr() * breakout.atr()), contract);
        long target = onGrid(entry + side * Math.round(rules.orbTargetAtr() * breakout.atr()), contract);
        int contracts = PositionSize.of(Prices.toPoints(entry), Prices.toPoints(stop), contract,
                risk.maxRiskPerTradeCents() / 100.0).contracts();
        int blocks = riskBlocks(i, side, contracts, entry, stop, breakout.timeNanos());
        open(new Position(Strategy.ORB, i, side, contracts, breakout.timeNanos(), entry, stop, target, blocks,
                sessionEnd(breakout.timeNanos()), false));
    }

    private void enterFocus(Signal.BarClosed bar) {
        int i = bar.instrument();
        Signal.PlanLine line = plan[i];
        long day = easternTime.epochDay(bar.startNanos());
        int minute = easternTime.minuteOfDay(bar.startNanos());
        if (line == null || line.bias() == 0 || !line.focusAsset() || line.quality() < rules.minQuality()
                || day < fromDay || day > toDay || focusDay[i] == day
                || minute < ACTIVE_FROM_MINUTE || minute >= risk.entryCutoffMinute()
                || bar.low() > line.entryHigh() || bar.high() < line.entryLow()) {
            return;
        }
        focusDay[i] = day;
        int verdict = verdict(bar.startNanos());
        if (verdict != 0) {
            declined.add(new DeclinedEntry(Strategy.FOCUS, i, bar.startNanos(), verdict, 0));
            return;
        }
        Instrument contract = Instruments.byIndex(i);
        byte side = line.bias();
        long zonePrice = Math.max(line.entryLow(), Math.min(line.entryHigh(), bar.open()));
        long entry = onGrid(zonePrice, contract) + side * slippage(contract);
        long stop = onGrid(line.stop(), contract);
        int blocks = riskBlocks(i, side, line.contracts(), entry, stop, bar.startNanos());
        if (blocks != 0) {
            declined.add(new DeclinedEntry(Strategy.FOCUS, i, bar.startNanos(), 0, blocks));
            return;
        }
        Position position = new Position(Strategy.FOCUS, i, side, line.contracts(), bar.startNanos(), entry, stop,
                onGrid(line.target1(), contract), 0, sessionEnd(bar.startNanos()), true);
        open(position);
        manage(position, bar); // the entry bar: its stop only
    }

    /** Exits on {@code bar} when it reaches the stop or target, or the session ends. */
    private void manage(Position p, Signal.BarClosed bar) {
        Instrument contract = Instruments.byIndex(p.instrument);
        if (bar.startNanos() >= p.sessionEndNanos) {
            Signal.BarClosed before = lastBar[p.instrument];
            close(p, before.closeNanos(), before.close() - p.side * slippage(contract), SimulatedTrade.ExitReason.SESSION_END);
            return;
        }
        boolean stopped = p.side > 0 ? bar.low() <= p.stop : bar.high() >= p.stop;
        boolean reached = !p.entryBar && (p.side > 0 ? bar.high() >= p.target : bar.low() <= p.target);
        p.entryBar = false;
        if (stopped) {
            long fill = p.side > 0 ? Math.min(p.stop, bar.open()) : Math.max(p.stop, bar.open());
            close(p, bar.closeNanos(), fill - p.side * slippage(contract), SimulatedTrade.ExitReason.STOP);
        } else if (reached) {
            close(p, bar.closeNanos(), p.target, SimulatedTrade.ExitReason.TARGET);
        } else if (bar.closeNanos() >= p.sessionEndNanos) {
            close(p, bar.closeNanos(), bar.close() - p.side * slippage(contract), SimulatedTrade.ExitReason.SESSION_END);
        }
    }

    private void closeAtEndOfData() {
        for (Position p : open) {
            if (p != null) {
                Signal.BarClosed last = lastBar[p.instrument];
                long price = last == null ? p.entry : last.close();
                long time = last == null ? p.entryNanos : last.closeNanos();
                close(p, time, price - p.side * slippage(Instruments.byIndex(p.instrument)),
                        SimulatedTrade.ExitReason.END_OF_DATA);
            }
        }
    }

    private void open(Position position) {
        open[position.instrument] = position;
        position.tradeId = nextTradeId++;
        riskManager.openTrade(position.tradeId, position.instrument, position.side, position.contracts, position.entry,
                position.stop, position.entryNanos);
    }

    private void close(Position p, long timeNanos, long exit, SimulatedTrade.ExitReason reason) {
        open[p.instrument] = null;
        riskManager.closeTrade(p.tradeId, exit, timeNanos);
        Instrument contract = Instruments.byIndex(p.instrument);
        long gross = contract.centsFor(exit - p.entry, p.contracts) * p.side;
        long commission = 2 * rules.commissionCentsPerSide() * p.contracts;
        trades.add(new SimulatedTrade(p.strategy, p.instrument, p.side, p.contracts, p.entryNanos, p.entry, p.stop,
                p.target, timeNanos, exit, reason, gross, commission, p.riskBlocks));
    }

    /** The live risk rules' answer to this entry now, on the backtest's own day so far. */
    private int riskBlocks(int instrument, byte side, int contracts, long entry, long stop, long timeNanos) {
        riskManager.startDayIfNeeded(easternTime.epochDay(timeNanos));
        riskManager.evaluateEntry(instrument, side, contracts, entry, stop, easternTime.minuteOfDay(timeNanos),
                Double.NaN, verdict);
        return verdict.blocks;
    }

    private long sessionEnd(long entryNanos) {
        return easternTime.epochNanosOf(easternTime.epochDay(entryNanos), risk.sessionEndMinute());
    }

    private long slippage(Instrument contract) {
        return rules.slippageTicks() * contract.tickFixed();
    }

    /** The nearest price on the contract's tick grid. */
    static long onGrid(long price, Instrument contract) {
        long tick = contract.tickFixed();
        return Math.floorDiv(price + tick / 2, tick) * tick;
    }

    /** An open simulated position (mutable: only the entry-bar flag and the trade id change). */
    private static final class Position {
        final Strategy strategy;
        final int instrument;
        final byte side;
        final int contracts;
        final long entryNanos;
        final long entry;
        final long stop;
        final long target;
        final int riskBlocks;
        final long sessionEndNanos;
        boolean entryBar;
        long tradeId;

        Position(Strategy strategy, int instrument, byte side, int contracts, long entryNanos, long entry, long stop,
                 long target, int riskBlocks, long sessionEndNanos, boolean entryBar) {
            this.strategy = strategy;
            this.instrument = instrument;
            this.side = side;
            this.contracts = contracts;
            this.entryNanos = entryNanos;
            this.entry = entry;
            this.stop = stop;
            this.target = target;
            this.riskBlocks = riskBlocks;
            this.sessionEndNanos = sessionEndNanos;
            this.entryBar = entryBar;
        }
    }
}
