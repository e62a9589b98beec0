package com.fks.copilot.engine.feed;

import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.session.SessionMode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic trading day for the six contracts: the same seed, date and window
 * always give the same events, in the same order, with the same sequence numbers. Trades are a
 * random walk on each contract's tick grid at realistic price levels; their rate follows the
 * intraday shape a trader knows (quiet overnight, a burst at the 08:30 ET data release, the
 * biggest burst at the 09:30 ET cash open, a lull after 11:30). A CLOCK event is interleaved at
 * every whole second of event time. {@link #next()} advances; the accessors describe the
 * current event. Allocation-free after construction.
 */
public final class DemoDay {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int DATA_RELEASE = SessionMode.DATA_RELEASE_MINUTE;
    private static final int CASH_OPEN = 9 * 60 + 30;

    /** Per contract: opening price (points), trades per second at baseline, step size in ticks. */
    private static final double[] START_PRICE = {5212.3, 21450.0, 6055.0, 68.45, 31.520, 4.5120};
    private static final double[] BASE_RATE = {2.0, 4.0, 3.0, 2.0, 0.8, 0.6};
    private static final double[] STEP_TICKS = {1.6, 3.0, 1.4, 1.5, 2.0, 1.5};

    private final EasternTime easternTime = new EasternTime();
    private final SplittableRandom[] randoms = new SplittableRandom[Instruments.count()];
    private final long[] priceTicks = new long[Instruments.count()];
    private final long[] tickFixed = new long[Instruments.count()];
    private final double[] driftTicks = new double[Instruments.count()];
    private final long[] nextTradeNanos = new long[Instruments.count()];
    private final long endNanos;
    private long nextClockNanos;
    private long sequence;

    private byte type;
    private int instrument;
    private long price;
    private long quantity;
    private long timeNanos;

    public DemoDay(long seed, LocalDate date, LocalTime start, LocalTime end) {
        long day = date.toEpochDay();
        long startNanos = easternTime.epochNanosOf(day, start.getHour() * 60 + start.getMinute())
                + start.getSecond() * NANOS_PER_SECOND;
        this.endNanos = easternTime.epochNanosOf(day, end.getHour() * 60 + end.getMinute());
        this.nextClockNanos = startNanos;
        for (int i = 0; i < Instruments.count(); i++) {
            Instrument spec = Instruments.byIndex(i);
            randoms[i] = new SplittableRandom(seed * 31 + i * 0x9E3779B97F4A7C15L);
            tickFixed[i] = spec.tickFixed();
            priceTicks[i] = Prices.toFixed(START_PRICE[i]) / tickFixed[i];
            driftTicks[i] = (randoms[i].nextDouble() - 0.5) * 0.06 * STEP_TICKS[i];
            nextTradeNanos[i] = startNanos + interArrival(i, startNanos);
        }
    }

    /** Advances to the next event; false once the day's window has ended. */
    public boolean next() {
        int earliest = -1;
        long earliestTime = nextClockNanos;
        for (int i = 0; i < nextTradeNanos.length; i++) {
            if (nextTradeNanos[i] < earliestTime) {
                earliestTime = nextTradeNanos[i];
                earliest = i;
            }
        }
        if (earliestTime >= endNanos) {
            return false;
        }
        sequence++;
        timeNanos = earliestTime;
        if (earliest < 0) {
            type = EventType.CLOCK;
            instrument = -1;
            nextClockNanos += NANOS_PER_SECOND;
        } else {
            trade(earliest, earliestTime);
        }
        return true;
    }

    private void trade(int i, long now) {
        SplittableRandom random = randoms[i];
        double activity = activity(now);
        double step = random.nextGaussian() * STEP_TICKS[i] * Math.sqrt(activity) + driftTicks[i];
        priceTicks[i] = Math.max(1, priceTicks[i] + Math.round(step));
        type = EventType.TICK;
        instrument = i;
        price = priceTicks[i] * tickFixed[i];
        quantity = 1 + (long) (-Math.log(1 - random.nextDouble()) * 2.0);
        nextTradeNanos[i] = now + interArrival(i, now);
    }

    private long interArrival(int i, long now) {
        double rate = BASE_RATE[i] * activity(now);
        double seconds = -Math.log(1 - randoms[i].nextDouble()) / rate;
        return Math.max(1_000_000L, (long) (seconds * NANOS_PER_SECOND));
    }

    /** Trading activity relative to a normal morning, by ET minute of day. */
    private double activity(long nanos) {
        int minute = easternTime.minuteOfDay(nanos);
        double level;
        if (minute < 8 * 60) {
            level = 0.15;
        } else if (minute < 11 * 60 + 30) {
            level = minute < CASH_OPEN ? 0.5 : 1.0;
        } else {
            level = minute < 16 * 60 ? 0.5 : 0.15;
        }
        if (minute >= DATA_RELEASE) {
            level += 5.0 * Math.exp(-(minute - DATA_RELEASE) / 4.0);
        }
        if (minute >= CASH_OPEN) {
            level += 8.0 * Math.exp(-(minute - CASH_OPEN) / 10.0);
        }
        return level;
    }

    public byte type() {
        return type;
    }

    public int instrument() {
        return instrument;
    }

    /** Trade price, fixed-point points on the contract's tick grid. */
    public long price() {
        return price;
    }

    public long quantity() {
        return quantity;
    }

    public long timeNanos() {
        return timeNanos;
    }

    /** 1-based position of the current event in the day; what a resumed feed skips up to. */
    public long sequence() {
        return sequence;
    }

    /** Publishes the current event. */
    public void publishTo(FeedSink sink) {
        if (type == EventType.CLOCK) {
            sink.clock(timeNanos, sequence);
        } else {
            sink.tick(instrument, price, quantity, timeNanos, sequence);
        }
    }
}
