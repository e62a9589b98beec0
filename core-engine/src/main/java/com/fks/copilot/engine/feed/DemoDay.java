package com.fks.copilot.engine.feed;

import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.session.SessionMode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic trading day for the six contracts, optionally preceded by its prior
 * trading days: the same seed, date, window and history always give the same events, in the same
 * order, with the same sequence numbers. Trades are a random walk on each contract's tick grid at
 * realistic price levels; their rate follows the intraday shape a trader knows (quiet overnight, a
 * burst at the 08:30 ET data release, the biggest burst at the 09:30 ET cash open, a lull after
 * 11:30). A CLOCK event is interleaved at every whole second of the day's window.
 *
 * <p>History (issue 16): each prior trading day is its CME Globex session, 18:00 ET the evening before
 * to 17:00 ET (the daily break and the weekend carry no events), then today's own overnight session up
 * to the window's start. Each date has its own random stream and trend, prices carry over from one
 * session to the next, and a history session trades more thinly with a CLOCK every
 * {@link #HISTORY_CLOCK_SECONDS} s, sized so a day's range stays a contract's usual one. With no
 * history the day is exactly what it always was. {@link #next()} advances; the accessors describe the
 * current event. Allocation-free after construction.
 */
public final class DemoDay {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int DATA_RELEASE = SessionMode.DATA_RELEASE_MINUTE;
    private static final int CASH_OPEN = 9 * 60 + 30;
    /** History sessions: a CLOCK every 5 s (bars still close on the minute), a fifth of the live trade rate. */
    static final int HISTORY_CLOCK_SECONDS = 5;
    private static final double HISTORY_RATE = 0.2;
    /** History sessions: a fifth of the trend of the live window, whose trend is sized for an hour, not a day. */
    private static final double HISTORY_DRIFT = 1.0;

    /** Per contract: opening price (points), trades per second at baseline, step size in ticks. */
    private static final double[] START_PRICE = {5212.3, 21450.0, 6055.0, 68.45, 31.520, 4.5120};
    private static final double[] BASE_RATE = {2.0, 4.0, 3.0, 2.0, 0.8, 0.6};
    private static final double[] STEP_TICKS = {1.6, 3.0, 1.4, 1.5, 2.0, 1.5};
    /**
     * History sessions: each contract's step scaled so a whole session ranges about as it usually does
     * (MGC, MNQ ~1.5 %, MES ~1.2 %, MCL, SIL ~3 %, MHG ~2 %); the live window's steps suit one busy morning.
     */
    private static final double[] HISTORY_STEP = {1.0, 1.0, 0.35, 0.3, 0.3, 0.45};

    /** One stretch of continuous trading with its own random streams. */
    private record Segment(long fromNanos, long toNanos, long seed, boolean history) {
    }

    private final EasternTime easternTime = new EasternTime();
    private final SplittableRandom[] randoms = new SplittableRandom[Instruments.count()];
    private final long[] priceTicks = new long[Instruments.count()];
    private final long[] tickFixed = new long[Instruments.count()];
    private final double[] driftTicks = new double[Instruments.count()];
    private final long[] nextTradeNanos = new long[Instruments.count()];
    private final Segment[] segments;
    private final long windowStartNanos;
    private int segment = -1;
    private long endNanos;
    private long clockStepNanos;
    private double rateScale;
    private double stepScale;
    private boolean inHistory;
    private long nextClockNanos;
    private long sequence;

    private byte type;
    private int instrument;
    private long price;
    private long quantity;
    private long timeNanos;

    public DemoDay(long seed, LocalDate date, LocalTime start, LocalTime end) {
        this(seed, date, start, end, 0);
    }

    /** {@code historyDays} prior trading days (weekdays) and today's overnight session come before the window. */
    public DemoDay(long seed, LocalDate date, LocalTime start, LocalTime end, int historyDays) {
        this(seed, date, start, end, historyDays, null);
    }

    /**
     * A day that continues a demo journal (issue 18): {@code historyDays} sessions between the last day and this
     * one, this day's overnight and its window, each date with its own stream, starting from the prices the
     * journal ended at ({@code openingPricesFixed}, per contract; {@link Prices#NONE} = the demo's usual start).
     */
    public static DemoDay continuing(long seed, LocalDate date, LocalTime start, LocalTime end, int historyDays,
                                     long[] openingPricesFixed) {
        return new DemoDay(seed, date, start, end, historyDays, openingPricesFixed.clone());
    }

    private DemoDay(long seed, LocalDate date, LocalTime start, LocalTime end, int historyDays, long[] openingPricesFixed) {
        if (historyDays < 0) {
            throw new IllegalArgumentException("history days must be 0 or more: " + historyDays);
        }
        windowStartNanos = at(date, start);
        // with history (or after earlier days) every date is its own, the window too; alone, the day is the one it always was
        boolean dated = historyDays > 0 || openingPricesFixed != null;
        List<Segment> plan = new ArrayList<>();
        for (LocalDate day : priorTradingDays(date, historyDays)) {
            plan.add(new Segment(globexOpen(day), at(day, LocalTime.of(17, 0)), dateSeed(seed, day), true));
        }
        if (dated && isWeekday(date)) { // today's own overnight session, up to the window
            plan.add(new Segment(globexOpen(date), windowStartNanos, dateSeed(seed, date) ^ 0x6F76, true));
        }
        plan.add(new Segment(windowStartNanos, at(date, end), dated ? dateSeed(seed, date) : seed, false));
        segments = plan.toArray(Segment[]::new);
        for (int i = 0; i < Instruments.count(); i++) {
            Instrument spec = Instruments.byIndex(i);
            tickFixed[i] = spec.tickFixed();
            boolean carried = openingPricesFixed != null && openingPricesFixed[i] != Prices.NONE;
            priceTicks[i] = (carried ? openingPricesFixed[i] : Prices.toFixed(START_PRICE[i])) / tickFixed[i];
        }
        enterSegment(0);
    }

    /** The ET instant the paced window starts: everything before it is history, played as fast as it is taken. */
    public long windowStartNanos() {
        return windowStartNanos;
    }

    /** The {@code count} weekdays before {@code date}, oldest first (exchange holidays are not modelled). */
    static List<LocalDate> priorTradingDays(LocalDate date, int count) {
        List<LocalDate> days = new ArrayList<>(count);
        LocalDate day = date;
        while (days.size() < count) {
            day = day.minusDays(1);
            if (isWeekday(day)) {
                days.add(0, day);
            }
        }
        return days;
    }

    /** Weekdays strictly between {@code from} and {@code to}: the sessions a demo appended on {@code to} plays first. */
    public static int tradingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); day.isBefore(to); day = day.plusDays(1)) {
            days += isWeekday(day) ? 1 : 0;
        }
        return days;
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Trading day {@code day}'s Globex open: 18:00 ET the calendar day before (Sunday evening for a Monday). */
    private long globexOpen(LocalDate day) {
        return at(day.minusDays(1), LocalTime.of(18, 0));
    }

    private long at(LocalDate day, LocalTime time) {
        return easternTime.epochNanosOf(day.toEpochDay(), time.getHour() * 60 + time.getMinute())
                + time.getSecond() * NANOS_PER_SECOND;
    }

    /** A date's own stream: the same seed gives each date different, reproducible trading. */
    private static long dateSeed(long seed, LocalDate day) {
        return seed * 0x9E3779B97F4A7C15L + day.toEpochDay() * 0xBF58476D1CE4E5B9L;
    }

    private void enterSegment(int n) {
        segment = n;
        Segment s = segments[n];
        endNanos = s.toNanos();
        nextClockNanos = s.fromNanos();
        clockStepNanos = (s.history() ? HISTORY_CLOCK_SECONDS : 1) * NANOS_PER_SECOND;
        rateScale = s.history() ? HISTORY_RATE : 1.0;
        // a thinner tape moves further per trade, so the day's range stays what it is live
        stepScale = 1.0 / Math.sqrt(rateScale);
        inHistory = s.history();
        for (int i = 0; i < Instruments.count(); i++) {
            randoms[i] = new SplittableRandom(s.seed() * 31 + i * 0x9E3779B97F4A7C15L);
            driftTicks[i] = (randoms[i].nextDouble() - 0.5) * 0.06 * STEP_TICKS[i] * (s.history() ? HISTORY_DRIFT : 1.0);
            nextTradeNanos[i] = s.fromNanos() + interArrival(i, s.fromNanos());
        }
    }

    /** Advances to the next event; false once the day's window has ended. */
    public boolean next() {
        while (true) {
            int earliest = -1;
            long earliestTime = nextClockNanos;
            for (int i = 0; i < nextTradeNanos.length; i++) {
                if (nextTradeNanos[i] < earliestTime) {
                    earliestTime = nextTradeNanos[i];
                    earliest = i;
                }
            }
            if (earliestTime >= endNanos) {
                if (segment + 1 == segments.length) {
                    return false;
                }
                enterSegment(segment + 1);
                continue;
            }
            sequence++;
            timeNanos = earliestTime;
            if (earliest < 0) {
                type = EventType.CLOCK;
                instrument = -1;
                nextClockNanos += clockStepNanos;
            } else {
                trade(earliest, earliestTime);
            }
            return true;
        }
    }

    private void trade(int i, long now) {
        SplittableRandom random = randoms[i];
        double activity = activity(now);
        double scale = inHistory ? stepScale * HISTORY_STEP[i] : stepScale;
        double step = random.nextGaussian() * STEP_TICKS[i] * scale * Math.sqrt(activity) + driftTicks[i] * scale;
        priceTicks[i] = Math.max(1, priceTicks[i] + Math.round(step));
        type = EventType.TICK;
        instrument = i;
        price = priceTicks[i] * tickFixed[i];
        quantity = 1 + (long) (-Math.log(1 - random.nextDouble()) * 2.0);
        nextTradeNanos[i] = now + interArrival(i, now);
    }

    private long interArrival(int i, long now) {
        double rate = BASE_RATE[i] * rateScale * activity(now);
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
