package com.fks.copilot.engine.state;

import com.fks.copilot.engine.market.Prices;
import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesMarshallable;
import net.openhft.chronicle.bytes.BytesOut;

/**
 * One instrument's live market state: the fixed-size value of the {@code market} Chronicle Map.
 * The engine thread owns one instance per instrument and is its only writer; readers copy the
 * persisted value into their own instance with {@code getUsing}. Prices are fixed-point
 * ({@link Prices#SCALE}), times epoch nanos; the session is the CME trading day (18:00 ET to 17:00 ET).
 */
public final class MarketState implements BytesMarshallable {
    private static final long NONE = Prices.NONE;

    public int instrument;
    /** Input-journal index of the last event applied to this instrument (recovery skips up to it). */
    public long appliedIndex = -1;

    public long tradingDayStartNanos;
    public long nextTradingDayStartNanos;
    public long lastPrice = NONE;
    public long openPrice = NONE;
    public long highPrice = NONE;
    public long lowPrice = NONE;
    public long volume;
    public long tickCount;
    public long lastTickTimeNanos;
    public long lastSequence;

    /** 1-minute bar in progress; {@code startNanos == 0} when none is open. Closed bars go to a {@link BarHistory}. */
    public final MinuteBar bar = new MinuteBar();
    /** 5-minute bar in progress, built from closed 1-minute bars. */
    public final MinuteBar fiveMinuteBar = new MinuteBar();

    public byte positionSide;
    public long positionQuantity;
    public long positionAveragePrice = NONE;
    public long positionUnrealizedCents;
    public long fillCount;
    public long lastFillPrice = NONE;

    public boolean hasPrice() {
        return lastPrice != NONE;
    }

    /** Starts a new CME trading day: session open/high/low/volume begin again. */
    public void startTradingDay(long startNanos, long nextStartNanos) {
        tradingDayStartNanos = startNanos;
        nextTradingDayStartNanos = nextStartNanos;
        openPrice = NONE;
        highPrice = NONE;
        lowPrice = NONE;
        volume = 0;
        tickCount = 0;
    }

    /** Folds one trade into the session figures. */
    public void onTrade(long price, long quantity, long timeNanos, long sequence) {
        if (openPrice == NONE) {
            openPrice = price;
            highPrice = price;
            lowPrice = price;
        }
        highPrice = Math.max(highPrice, price);
        lowPrice = Math.min(lowPrice, price);
        lastPrice = price;
        volume += quantity;
        tickCount++;
        lastTickTimeNanos = timeNanos;
        lastSequence = sequence;
    }

    public void copyFrom(MarketState other) {
        instrument = other.instrument;
        appliedIndex = other.appliedIndex;
        tradingDayStartNanos = other.tradingDayStartNanos;
        nextTradingDayStartNanos = other.nextTradingDayStartNanos;
        lastPrice = other.lastPrice;
        openPrice = other.openPrice;
        highPrice = other.highPrice;
        lowPrice = other.lowPrice;
        volume = other.volume;
        tickCount = other.tickCount;
        lastTickTimeNanos = other.lastTickTimeNanos;
        lastSequence = other.lastSequence;
        bar.copyFrom(other.bar);
        fiveMinuteBar.copyFrom(other.fiveMinuteBar);
        positionSide = other.positionSide;
        positionQuantity = other.positionQuantity;
        positionAveragePrice = other.positionAveragePrice;
        positionUnrealizedCents = other.positionUnrealizedCents;
        fillCount = other.fillCount;
        lastFillPrice = other.lastFillPrice;
    }

    /** Adds every field that replay must reproduce ({@link #appliedIndex} excluded: it is bookkeeping). */
    public void digestInto(StateDigest digest) {
        digest.add(instrument).add(tradingDayStartNanos).add(nextTradingDayStartNanos)
                .add(lastPrice).add(openPrice).add(highPrice).add(lowPrice).add(volume).add(tickCount)
                .add(lastTickTimeNanos).add(lastSequence);
        bar.digestInto(digest);
        fiveMinuteBar.digestInto(digest);
        digest.add(positionSide).add(positionQuantity).add(positionAveragePrice)
                .add(positionUnrealizedCents).add(fillCount).add(lastFillPrice);
    }

    @Override
    public void writeMarshallable(BytesOut<?> out) {
        out.writeInt(instrument);
        out.writeLong(appliedIndex);
        out.writeLong(tradingDayStartNanos);
        out.writeLong(nextTradingDayStartNanos);
        out.writeLong(lastPrice);
        out.writeLong(openPrice);
        out.writeLong(highPrice);
        out.writeLong(lowPrice);
        out.writeLong(volume);
        out.writeLong(tickCount);
        out.writeLong(lastTickTimeNanos);
        out.writeLong(lastSequence);
        bar.writeTo(out);
        fiveMinuteBar.writeTo(out);
        out.writeByte(positionSide);
        out.writeLong(positionQuantity);
        out.writeLong(positionAveragePrice);
        out.writeLong(positionUnrealizedCents);
        out.writeLong(fillCount);
        out.writeLong(lastFillPrice);
    }

    @Override
    public void readMarshallable(BytesIn<?> in) {
        instrument = in.readInt();
        appliedIndex = in.readLong();
        tradingDayStartNanos = in.readLong();
        nextTradingDayStartNanos = in.readLong();
        lastPrice = in.readLong();
        openPrice = in.readLong();
        highPrice = in.readLong();
        lowPrice = in.readLong();
        volume = in.readLong();
        tickCount = in.readLong();
        lastTickTimeNanos = in.readLong();
        lastSequence = in.readLong();
        bar.readFrom(in);
        fiveMinuteBar.readFrom(in);
        positionSide = in.readByte();
        positionQuantity = in.readLong();
        positionAveragePrice = in.readLong();
        positionUnrealizedCents = in.readLong();
        fillCount = in.readLong();
        lastFillPrice = in.readLong();
    }
}
