package com.fks.copilot.gateway.backtest;

import com.fks.copilot.engine.backtest.Signal;
import com.fks.copilot.engine.backtest.SimulatedTrade;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Prices;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseTradingRecord;
import org.ta4j.core.Position;
import org.ta4j.core.Trade;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.CostModel;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.criteria.NumberOfPositionsCriterion;
import org.ta4j.core.criteria.NumberOfWinningPositionsCriterion;
import org.ta4j.core.criteria.pnl.LossCriterion;
import org.ta4j.core.criteria.pnl.ProfitCriterion;
import org.ta4j.core.criteria.pnl.ProfitLossCriterion;
import org.ta4j.core.num.DecimalNum;
import org.ta4j.core.num.Num;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * One contract's simulated trades as ta4j sees them: the engine's 1-minute bars as a {@link BarSeries}, the long and
 * the short trades as a {@link TradingRecord} each (a record has one direction), prices in points and the amount in
 * dollars per point (contracts × the contract's point value), so ta4j's profit comes out in dollars without a price
 * ever being scaled. Commission is ta4j's transaction cost: so much a contract a side.
 */
final class Ta4jLedger {
    private static final int PRECISION = 32;
    private final Chart chart;
    private final TradingRecord longs;
    private final TradingRecord shorts;

    /**
     * A contract's 1-minute bars as a ta4j {@link BarSeries}, built once per report and shared by the ledgers of every
     * subset of its trades (all of them, each strategy's).
     */
    record Chart(BarSeries series, long[] barStarts) {
        static Chart of(Instrument contract, List<Signal.BarClosed> bars) {
            BarSeries series = new BaseBarSeriesBuilder().withName(contract.symbol()).withNumTypeOf(DecimalNum.class).build();
            long[] starts = new long[bars.size()];
            for (int i = 0; i < bars.size(); i++) {
                Signal.BarClosed bar = bars.get(i);
                starts[i] = bar.startNanos();
                series.addBar(Duration.ofMinutes(1), Instant.ofEpochSecond(0, bar.closeNanos()).atZone(ZoneOffset.UTC),
                        points(bar.open()), points(bar.high()), points(bar.low()), points(bar.close()), exact(BigDecimal.ZERO));
            }
            return new Chart(series, starts);
        }

        /** The bar a time falls in (the last bar that started at or before it): descriptive only, the criteria read prices. */
        int indexAt(long nanos) {
            int found = Arrays.binarySearch(barStarts, nanos);
            int index = found >= 0 ? found : -found - 2;
            return Math.max(0, Math.min(index, barStarts.length - 1));
        }
    }

    Ta4jLedger(Instrument contract, List<Signal.BarClosed> bars, List<SimulatedTrade> trades, long commissionCentsPerSide) {
        this(contract, Chart.of(contract, bars), trades, commissionCentsPerSide);
    }

    Ta4jLedger(Instrument contract, Chart chart, List<SimulatedTrade> trades, long commissionCentsPerSide) {
        this.chart = chart;
        CostModel commission = new PerContractCommission(contract, commissionCentsPerSide);
        this.longs = new BaseTradingRecord(Trade.TradeType.BUY, commission, new ZeroCostModel());
        this.shorts = new BaseTradingRecord(Trade.TradeType.SELL, commission, new ZeroCostModel());
        for (SimulatedTrade trade : trades) {
            TradingRecord record = trade.side() > 0 ? longs : shorts;
            Num amount = exact(BigDecimal.valueOf(contract.pointValue()).multiply(BigDecimal.valueOf(trade.contracts())));
            record.enter(chart.indexAt(trade.entryNanos()), points(trade.entryPrice()), amount);
            record.exit(chart.indexAt(trade.exitNanos()), points(trade.exitPrice()), amount);
        }
    }

    /** ta4j's net profit (after commission), dollars. */
    BigDecimal netProfit() {
        return sum(new ProfitLossCriterion());
    }

    /** The winning trades' profit, dollars. */
    BigDecimal grossProfit() {
        return sum(new ProfitCriterion());
    }

    /** The losing trades' loss, dollars (negative). */
    BigDecimal grossLoss() {
        return sum(new LossCriterion());
    }

    int trades() {
        return sum(new NumberOfPositionsCriterion()).intValue();
    }

    int wins() {
        return sum(new NumberOfWinningPositionsCriterion()).intValue();
    }

    private BigDecimal sum(org.ta4j.core.AnalysisCriterion criterion) {
        return new BigDecimal(criterion.calculate(chart.series(), longs).plus(criterion.calculate(chart.series(), shorts)).toString());
    }

    private static Num points(long fixed) {
        return exact(BigDecimal.valueOf(fixed).movePointLeft(8));
    }

    /**
     * ta4j's {@code DecimalNum.valueOf(BigDecimal)} takes the value's own precision as its arithmetic's (0.62 + 0.62
     * would be 1.2): every number here gets 32 digits.
     */
    private static Num exact(BigDecimal value) {
        return DecimalNum.valueOf(value, PRECISION);
    }

    /** Commission as a ta4j transaction cost: so much a contract, each side (amount = contracts × point value). */
    private record PerContractCommission(Instrument contract, long centsPerSide) implements CostModel {
        @Override
        public Num calculate(Position position, int finalIndex) {
            return calculate(position);
        }

        @Override
        public Num calculate(Position position) {
            Num cost = calculate(position.getEntry().getPricePerAsset(), position.getEntry().getAmount());
            return position.getExit() == null ? cost : cost.plus(calculate(position.getExit().getPricePerAsset(),
                    position.getExit().getAmount()));
        }

        @Override
        public Num calculate(Num price, Num amount) {
            double contracts = amount.doubleValue() / contract.pointValue();
            return exact(BigDecimal.valueOf(Math.round(contracts) * centsPerSide).movePointLeft(2));
        }

        @Override
        public boolean equals(CostModel other) {
            return other instanceof PerContractCommission that && that.centsPerSide == centsPerSide
                    && that.contract.equals(contract);
        }
    }
}
