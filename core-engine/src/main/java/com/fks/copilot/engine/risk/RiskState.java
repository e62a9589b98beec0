package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.state.StateDigest;
import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesMarshallable;
import net.openhft.chronicle.bytes.BytesOut;

/**
 * The day's risk state: the value of the {@code risk} Chronicle Map. Daily figures reset when the
 * ET date changes; open trades carry over. Single writer: the engine thread.
 */
public final class RiskState implements BytesMarshallable {
    public static final int TRADE_CAPACITY = 64;

    /** input-journal index of the last event applied to this state (recovery skips up to it). */
    public long appliedIndex = -1;
    /** ET epoch day the daily figures belong to; -1 before the first. */
    public long tradingDay = -1;
    public long realizedCents;
    public int consecutiveLosses;
    public int tradesToday;
    /** The standing verdict last announced (RISK_STATUS); -1 before the first. */
    public int statusBlocks = -1;
    public int statusWarnings;
    public final TradeRecord[] trades = new TradeRecord[TRADE_CAPACITY];

    public RiskState() {
        for (int i = 0; i < TRADE_CAPACITY; i++) {
            trades[i] = new TradeRecord();
        }
    }

    /** A new ET day: daily P&L, streak and count start again; open trades are kept, closed ones dropped. */
    public void startDay(long epochDay) {
        tradingDay = epochDay;
        realizedCents = 0;
        consecutiveLosses = 0;
        tradesToday = 0;
        for (TradeRecord trade : trades) {
            if (trade.status == TradeRecord.CLOSED) {
                trade.clear();
            }
        }
    }

    /** A free trade slot, or null when the day's table is full. */
    public TradeRecord freeSlot() {
        for (TradeRecord trade : trades) {
            if (trade.status == TradeRecord.EMPTY) {
                return trade;
            }
        }
        return null;
    }

    public TradeRecord find(long tradeId) {
        for (TradeRecord trade : trades) {
            if (trade.status != TradeRecord.EMPTY && trade.tradeId == tradeId) {
                return trade;
            }
        }
        return null;
    }

    public void copyFrom(RiskState other) {
        appliedIndex = other.appliedIndex;
        tradingDay = other.tradingDay;
        realizedCents = other.realizedCents;
        consecutiveLosses = other.consecutiveLosses;
        tradesToday = other.tradesToday;
        statusBlocks = other.statusBlocks;
        statusWarnings = other.statusWarnings;
        for (int i = 0; i < TRADE_CAPACITY; i++) {
            trades[i].copyFrom(other.trades[i]);
        }
    }

    public void digestInto(StateDigest digest) {
        digest.add(tradingDay).add(realizedCents).add(consecutiveLosses).add(tradesToday).add(statusBlocks).add(statusWarnings);
        for (TradeRecord trade : trades) {
            trade.digestInto(digest);
        }
    }

    @Override
    public void writeMarshallable(BytesOut<?> out) {
        out.writeLong(appliedIndex);
        out.writeLong(tradingDay);
        out.writeLong(realizedCents);
        out.writeInt(consecutiveLosses);
        out.writeInt(tradesToday);
        out.writeInt(statusBlocks);
        out.writeInt(statusWarnings);
        for (TradeRecord trade : trades) {
            trade.writeTo(out);
        }
    }

    @Override
    public void readMarshallable(BytesIn<?> in) {
        appliedIndex = in.readLong();
        tradingDay = in.readLong();
        realizedCents = in.readLong();
        consecutiveLosses = in.readInt();
        tradesToday = in.readInt();
        statusBlocks = in.readInt();
        statusWarnings = in.readInt();
        for (TradeRecord trade : trades) {
            trade.readFrom(in);
        }
    }
}
