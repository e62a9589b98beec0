package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.event.BacktestKind;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;
import com.fks.copilot.engine.event.SummaryText;
import com.fks.copilot.engine.feed.FeedSink;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.ring.EngineRing;

/**
 * Passes the demo feed into the ring and, every few hundred events, acts like the trader: a
 * NinjaTrader snapshot, a pre-flight check, a trade opened and later closed at the market, a broker execution (some sent twice); and like
 * the co-pilot's gateway, a Grok answer now and then, an external tool's audit record (AUDIT_NOTE), and an OFF-HOURS backtest's result (BACKTEST). Every
 * action is a ring event, so the recording holds the decisions and answers a replay must reproduce.
 */
final class TradingMorning implements FeedSink {
    private final EngineRing ring;
    private long events;
    private long clocks;
    private long lastGold = Prices.toFixed(5212.3);
    private long lastTickNanos;
    private long openTradeSlot = -1;

    TradingMorning(EngineRing ring) {
        this.ring = ring;
    }

    @Override
    public void tick(int instrument, long price, long quantity, long exchangeTimeNanos, long sequence) {
        ring.tick(instrument, price, quantity, exchangeTimeNanos, sequence);
        lastTickNanos = exchangeTimeNanos;
        if (instrument == Instruments.MGC) {
            lastGold = price;
        }
        act();
    }

    @Override
    public void clock(long eventTimeNanos, long sequence) {
        ring.clock(eventTimeNanos, sequence);
        clocks++;
        if (clocks % 900 == 0) {
            long slot = ring.next();
            ring.slot(slot).setSummary(GrokKind.LIVE, SummaryOrigin.GROK, -1, eventTimeNanos,
                    "GOLD 🟢 " + Prices.format(lastGold, 1) + " | Bias VALID | Watch 5225\nDO NOW: follow the plan.");
            ring.publish(slot);
        }
        if (clocks % 1_300 == 0) { // an OFF-HOURS backtest's result, as the gateway's worker submits it: trades, then the run
            long run = clocks;
            publishBacktest(BacktestKind.TRADE, run, eventTimeNanos, BACKTEST_TRADE);
            publishBacktest(BacktestKind.RUN, run, eventTimeNanos, BACKTEST_RUN);
        }
        if (clocks % 1_100 == 0) {
            boolean orb = clocks % 2_200 == 0;
            publish(EventType.AUDIT_NOTE, e -> {
                e.summaryKind = orb ? EventType.NOTE_ORB : EventType.NOTE_RISK;
                e.eventTimeNanos = eventTimeNanos;
                e.summaryLength = SummaryText.encode(orb
                        ? "{\"symbol\":\"MGC\",\"status\":\"EXTERNAL\",\"breakout\":false,\"bar_count\":30,\"metadata\":{\"tool\":\"scanner\"}}"
                        : "{\"event_type\":\"warning\",\"symbol\":\"MGC\",\"blocked\":false,\"risk_pct\":0.5,\"metadata\":{\"tool\":\"sync\"}}",
                        e.summary);
            });
        }
    }

    /** The records' shape as {@code OffHoursBacktest} writes them (a one-trade run). */
    static final String BACKTEST_TRADE = "{\"n\":1,\"symbol\":\"MGC\",\"strategy\":\"orb\",\"side\":\"LONG\",\"contracts\":2,"
            + "\"entry_time\":\"2026-11-23T09:47:00-05:00\",\"entry\":5212.3,\"stop\":5204.8,\"target\":5222.3,"
            + "\"exit_time\":\"2026-11-23T10:12:00-05:00\",\"exit\":5222.3,\"exit_reason\":\"target\",\"gross\":200.00,"
            + "\"commission\":2.48,\"net\":197.52,\"risk_rules_would_block\":\"\"}";
    static final String BACKTEST_RUN = "{\"from\":\"2026-11-23\",\"to\":\"2026-11-23\",\"days\":[\"2026-11-23\"],"
            + "\"trading_days\":1,\"trades\":1,\"total\":{\"trades\":1,\"net_profit\":197.52,\"max_drawdown\":0.00,"
            + "\"win_rate\":1.0,\"profit_factor\":null,\"sharpe\":null}}";

    private void publishBacktest(byte kind, long run, long timeNanos, String json) {
        long slot = ring.next();
        ring.slot(slot).setBacktestRecord(kind, run, timeNanos, json);
        ring.publish(slot);
    }

    private void act() {
        events++;
        if (events % 700 == 0) {
            publish(EventType.POSITION, e -> {
                e.positionSides[Instruments.MGC] = EngineEvent.SIDE_LONG;
                e.positionQuantities[Instruments.MGC] = events % 1400 == 0 ? 0 : 2;
                e.positionSides[Instruments.MGC] = e.positionQuantities[Instruments.MGC] == 0 ? EngineEvent.SIDE_FLAT : EngineEvent.SIDE_LONG;
                e.positionPrices[Instruments.MGC] = lastGold;
                e.positionPnlCents[Instruments.MGC] = events % 3 * 1_000 - 1_000;
            });
        } else if (events % 500 == 0) {
            long entry = lastGold;
            publish(EventType.RISK_CHECK, e -> entry(e, entry, 5 + events % 7));
        } else if (events % 900 == 0) {
            long entry = lastGold;
            openTradeSlot = publish(EventType.TRADE_OPEN, e -> entry(e, entry, 2));
        } else if (events % 600 == 300) {
            long n = events / 600;
            long price = lastGold;
            long time = lastTickNanos;
            // a broker execution (POST /executions); every fifth re-sends the one before, as NinjaTrader does after a reconnect
            publish(EventType.EXECUTION, e -> {
                long id = n % 5 == 4 ? n - 1 : n;
                e.setAccount("Sim101");
                e.requestKeyHigh = id;
                e.requestKeyLow = 0x5eed;
                e.instrument = Instruments.MGC;
                e.side = id % 2 == 0 ? EngineEvent.SIDE_LONG : EngineEvent.SIDE_SHORT;
                e.quantity = 1 + id % 3;
                e.price = price;
                e.amount = 62 * e.quantity;
                e.eventTimeNanos = time;
            });
        } else if (events % 900 == 450 && openTradeSlot >= 0) {
            long exit = lastGold;
            long tradeId = journalIndexOf(openTradeSlot);
            publish(EventType.TRADE_CLOSE, e -> {
                e.amount = tradeId;
                e.price = exit;
            });
        }
    }

    /**
     * The journal index of the event published in {@code slot}, once the journal stage has set it: the feed runs
     * unpaced, so this thread can be hundreds of events ahead of the ring's consumer, and a close sent with the
     * open's index still unset (-1) closes nothing.
     */
    private long journalIndexOf(long slot) {
        long index;
        while ((index = ring.slot(slot).journalIndex) < 0) {
            Thread.yield();
        }
        return index;
    }

    private static void entry(EngineEvent e, long entry, long size) {
        e.instrument = Instruments.MGC;
        e.side = EngineEvent.SIDE_LONG;
        e.quantity = size;
        e.price = entry;
        e.stopPrice = entry - Prices.toFixed(7.5);
    }

    private long publish(byte type, java.util.function.Consumer<EngineEvent> fill) {
        long slot = ring.next();
        EngineEvent event = ring.slot(slot);
        event.clear();
        event.type = type;
        fill.accept(event);
        ring.publish(slot);
        return slot;
    }
}
