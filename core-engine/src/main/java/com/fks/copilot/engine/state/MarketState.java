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
    /** Closed 1-minute bars kept per instrument. */
    public static final int CLOSED_BAR_CAPACITY = 60;
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

    /** Bar in progress; {@code barStartNanos == 0} when none is open. */
    public final MinuteBar bar = new MinuteBar();
    /** Ring of the last {@link #CLOSED_BAR_CAPACITY} closed bars; {@link #closedBarCount} counts all ever closed. */
    public final MinuteBar[] closedBars = new MinuteBar[CLOSED_BAR_CAPACITY];
    public long closedBarCount;

    public byte positionSide;
    public long positionQuantity;
    public long positionAveragePrice = NONE;
    public long positionUnrealizedCents;
    public long fillCount;
    public long lastFillPrice = NONE;

    /** Daily-focus figures the no-trade verdict reads; NaN until the focus computation has produced them. */
    public boolean focusAsset;
    public double focusQuality = Double.NaN;
    public double focusVolPercentile = Double.NaN;

    public MarketState() {
        for (int i = 0; i < CLOSED_BAR_CAPACITY; i++) {
            closedBars[i] = new MinuteBar();
        }
    }

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

    /** Moves the bar in progress into the closed-bar ring. */
    public void closeBar() {
        closedBars[(int) (closedBarCount % CLOSED_BAR_CAPACITY)].copyFrom(bar);
        closedBarCount++;
        bar.clear();
    }

    /** The {@code ago}-th most recent closed bar (0 = last closed); caller checks {@link #closedBarsHeld()}. */
    public MinuteBar closedBar(int ago) {
        return closedBars[(int) ((closedBarCount - 1 - ago) % CLOSED_BAR_CAPACITY)];
    }

    public int closedBarsHeld() {
        return (int) Math.min(closedBarCount, CLOSED_BAR_CAPACITY);
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
        for (int i = 0; i < CLOSED_BAR_CAPACITY; i++) {
            closedBars[i].copyFrom(other.closedBars[i]);
        }
        closedBarCount = other.closedBarCount;
        positionSide = other.positionSide;
        positionQuantity = other.positionQuantity;
        positionAveragePrice = other.positionAveragePrice;
        positionUnrealizedCents = other.positionUnrealizedCents;
        fillCount = other.fillCount;
        lastFillPrice = other.lastFillPrice;
        focusAsset = other.focusAsset;
        focusQuality = other.focusQuality;
        focusVolPercentile = other.focusVolPercentile;
    }

    /** Adds every field that replay must reproduce ({@link #appliedIndex} excluded: it is bookkeeping). */
    public void digestInto(StateDigest digest) {
        digest.add(instrument).add(tradingDayStartNanos).add(nextTradingDayStartNanos)
                .add(lastPrice).add(openPrice).add(highPrice).add(lowPrice).add(volume).add(tickCount)
                .add(lastTickTimeNanos).add(lastSequence);
        bar.digestInto(digest);
        for (int i = 0; i < closedBarsHeld(); i++) {
            closedBar(i).digestInto(digest);
        }
        digest.add(closedBarCount).add(positionSide).add(positionQuantity).add(positionAveragePrice)
                .add(positionUnrealizedCents).add(fillCount).add(lastFillPrice).add(focusAsset ? 1 : 0)
                .add(Double.doubleToLongBits(focusQuality)).add(Double.doubleToLongBits(focusVolPercentile));
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
        for (MinuteBar closed : closedBars) {
            closed.writeTo(out);
        }
        out.writeLong(closedBarCount);
        out.writeByte(positionSide);
        out.writeLong(positionQuantity);
        out.writeLong(positionAveragePrice);
        out.writeLong(positionUnrealizedCents);
        out.writeLong(fillCount);
        out.writeLong(lastFillPrice);
        out.writeBoolean(focusAsset);
        out.writeDouble(focusQuality);
        out.writeDouble(focusVolPercentile);
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
        for (MinuteBar closed : closedBars) {
            closed.readFrom(in);
        }
        closedBarCount = in.readLong();
        positionSide = in.readByte();
        positionQuantity = in.readLong();
        positionAveragePrice = in.readLong();
        positionUnrealizedCents = in.readLong();
        fillCount = in.readLong();
        lastFillPrice = in.readLong();
        focusAsset = in.readBoolean();
        focusQuality = in.readDouble();
        focusVolPercentile = in.readDouble();
    }
}
