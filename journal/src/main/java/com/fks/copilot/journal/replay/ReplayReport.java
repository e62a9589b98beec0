package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.state.MarketState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a replayed day amounts to: how many events of each kind, each instrument's session OHLCV,
 * and the digests a second replay must reproduce.
 */
public record ReplayReport(long events, Map<String, Long> eventsByType, List<InstrumentDay> instruments,
                           String stateDigest, JournalDigest output) {

    /** One instrument's session as replayed; prices in points. */
    public record InstrumentDay(String symbol, String open, String high, String low, String last,
                                long volume, long trades, long closedBars) {

        static InstrumentDay of(MarketState state, long closedBars) {
            Instrument spec = Instruments.byIndex(state.instrument);
            return new InstrumentDay(spec.symbol(), price(state.openPrice, spec), price(state.highPrice, spec),
                    price(state.lowPrice, spec), price(state.lastPrice, spec), state.volume, state.tickCount,
                    closedBars);
        }

        private static String price(long fixed, Instrument spec) {
            return fixed == Prices.NONE ? "-" : Prices.format(fixed, spec.decimals());
        }
    }

    /** The report of an engine that has stopped applying events (replayed, or its ring shut down). */
    public static ReplayReport of(Engine engine, Map<String, Long> eventsByType, JournalDigest output) {
        List<InstrumentDay> days = new ArrayList<>();
        for (int i = 0; i < Instruments.count(); i++) {
            days.add(InstrumentDay.of(engine.market(i), engine.oneMinuteBars(i).count));
        }
        return new ReplayReport(engine.eventsProcessed(), eventsByType, days, engine.digest().hex(), output);
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append("events: ").append(events).append(' ').append(eventsByType).append('\n');
        text.append(String.format("%-4s %12s %12s %12s %12s %9s %8s %6s%n",
                "sym", "open", "high", "low", "last", "volume", "trades", "bars"));
        for (InstrumentDay day : instruments) {
            text.append(String.format("%-4s %12s %12s %12s %12s %9d %8d %6d%n", day.symbol(), day.open(), day.high(),
                    day.low(), day.last(), day.volume(), day.trades(), day.closedBars()));
        }
        text.append("state digest: ").append(stateDigest).append('\n');
        text.append("output journal: ").append(output.messages()).append(" events, digest ").append(output.digest()).append('\n');
        return text.toString();
    }
}
