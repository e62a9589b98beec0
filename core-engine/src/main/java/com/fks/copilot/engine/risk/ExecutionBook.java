package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.state.StateDigest;
import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesMarshallable;
import net.openhft.chronicle.bytes.BytesOut;

import java.util.function.Consumer;

/**
 * The broker's executions as the engine folds them (issue 20): the execution ids seen recently (the
 * last {@link #ID_CAPACITY}; NinjaTrader re-sends after a reconnect, and a repeat changes nothing) and,
 * per account and contract, the open lots in FIFO order with the round trip in progress. A round trip
 * runs from flat back to flat; a fill through zero closes one and opens the next with the rest. Each
 * round trip that ends is kept for the day's trade log (the last {@link #LOG_CAPACITY} of the ET day).
 * Engine state (its own Chronicle Map, written in the engine's commit), fixed-size and allocation-free.
 */
public final class ExecutionBook implements BytesMarshallable {
    public static final int ID_CAPACITY = 4_096;
    /** Account × contract books. */
    public static final int BOOKS = 32;
    /** Open lots (fills not yet matched) per book. */
    public static final int LOTS = 32;
    /** Closed round trips kept for the day's trade log; older ones of a busier day are still counted and drained. */
    public static final int LOG_CAPACITY = 128;

    private final long[] idHigh = new long[ID_CAPACITY];
    private final long[] idLow = new long[ID_CAPACITY];
    private long idsRecorded;

    private final long[] bookAccount = new long[BOOKS];
    private final int[] bookInstrument = new int[BOOKS];
    private final boolean[] bookUsed = new boolean[BOOKS];
    /** Side of the open lots (all lots of a book share it); FLAT when none. */
    private final byte[] bookSide = new byte[BOOKS];
    /** Net P&L in cents realized so far by the round trip in progress. */
    private final long[] bookRoundTripCents = new long[BOOKS];
    private final int[] lotHead = new int[BOOKS];
    private final int[] lotCount = new int[BOOKS];
    private final long[] lotQuantity = new long[BOOKS * LOTS];
    private final long[] lotPrice = new long[BOOKS * LOTS];
    /** Entry commission in cents not yet charged to a closed piece. */
    private final long[] lotCommission = new long[BOOKS * LOTS];
    private final byte[] bookAccountName = new byte[BOOKS * EngineEvent.ACCOUNT_CAPACITY];
    private final int[] bookAccountLength = new int[BOOKS];

    /** The round trip in progress per book: what its trade-log row will say. */
    private final long[] tripOpenIndex = new long[BOOKS];
    private final long[] tripOpenedNanos = new long[BOOKS];
    private final long[] tripStop = new long[BOOKS];
    private final long[] tripEntryQuantity = new long[BOOKS];
    private final long[] tripEntryNotional = new long[BOOKS];
    private final long[] tripExitQuantity = new long[BOOKS];
    private final long[] tripExitNotional = new long[BOOKS];

    /** ET epoch day of {@link #closed}; the log starts again on a new one. */
    private long tradingDay = -1;
    private long closedToday;
    private final TradeRecord[] closed = new TradeRecord[LOG_CAPACITY];

    public ExecutionBook() {
        for (int i = 0; i < LOG_CAPACITY; i++) {
            closed[i] = new TradeRecord();
        }
    }

    /** True when the execution id on {@code event} ({@code requestKeyHigh/Low}) was seen among the last {@link #ID_CAPACITY}. */
    public boolean seen(EngineEvent event) {
        int used = (int) Math.min(idsRecorded, ID_CAPACITY);
        for (int i = 0; i < used; i++) {
            if (idHigh[i] == event.requestKeyHigh && idLow[i] == event.requestKeyLow) {
                return true;
            }
        }
        return false;
    }

    private void remember(EngineEvent event) {
        int i = (int) (idsRecorded++ % ID_CAPACITY);
        idHigh[i] = event.requestKeyHigh;
        idLow[i] = event.requestKeyLow;
    }

    /** A 64-bit FNV-1a of the event's account name: books are per account and contract. */
    static long accountHash(EngineEvent event) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < event.accountLength; i++) {
            hash = (hash ^ (event.account[i] & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }

    /** The book of the event's account and contract, a new one if none, -1 when every book is in use. */
    private int book(EngineEvent event) {
        long account = accountHash(event);
        int free = -1;
        for (int b = 0; b < BOOKS; b++) {
            if (bookUsed[b] && bookAccount[b] == account && bookInstrument[b] == event.instrument) {
                return b;
            }
            if (free < 0 && (!bookUsed[b] || lotCount[b] == 0)) {
                free = b; // a flat book may be reused for another account or contract
            }
        }
        if (free >= 0) {
            bookUsed[free] = true;
            bookAccount[free] = account;
            bookInstrument[free] = event.instrument;
            bookSide[free] = EngineEvent.SIDE_FLAT;
            bookRoundTripCents[free] = 0;
            lotHead[free] = 0;
            lotCount[free] = 0;
            bookAccountLength[free] = event.accountLength;
            System.arraycopy(event.account, 0, bookAccountName, free * EngineEvent.ACCOUNT_CAPACITY, event.accountLength);
        }
        return free;
    }

    /**
     * Folds one execution ({@code side}, {@code quantity}, {@code price}, commission in cents in
     * {@code amount}) FIFO into its book: realized cents of each matched piece go to {@code sink} as they
     * happen, each round trip that ends (flat, or through zero) as one closed trade, and a fill from flat
     * opens one. False (and nothing changed) when no book or lot is free: {@link EngineEvent#RESULT_TRADE_TABLE_FULL}.
     */
    public boolean apply(EngineEvent event, RoundTrips sink) {
        int b = book(event);
        if (b < 0 || !roomFor(b, event)) {
            return false;
        }
        remember(event);
        var spec = Instruments.byIndex(event.instrument);
        long remaining = event.quantity;
        long commission = event.amount;
        while (remaining > 0 && lotCount[b] > 0 && bookSide[b] != event.side) {
            int lot = b * LOTS + lotHead[b];
            long matched = Math.min(remaining, lotQuantity[lot]);
            long entryShare = lotCommission[lot] * matched / lotQuantity[lot];
            long exitShare = commission * matched / remaining;
            long cents = spec.centsFor(event.price - lotPrice[lot], matched) * bookSide[b] - entryShare - exitShare;
            lotQuantity[lot] -= matched;
            lotCommission[lot] -= entryShare;
            tripExitQuantity[b] += matched;
            tripExitNotional[b] += matched * event.price;
            commission -= exitShare;
            remaining -= matched;
            bookRoundTripCents[b] += cents;
            sink.realized(cents);
            if (lotQuantity[lot] == 0) {
                lotHead[b] = (lotHead[b] + 1) % LOTS;
                lotCount[b]--;
            }
            if (lotCount[b] == 0) {
                sink.roundTripClosed(closeTrip(b, event));
                bookRoundTripCents[b] = 0;
                bookSide[b] = EngineEvent.SIDE_FLAT;
            }
        }
        if (remaining > 0) {
            if (lotCount[b] == 0) {
                bookSide[b] = event.side;
                openTrip(b, event, sink.roundTripOpened(event));
            }
            tripEntryQuantity[b] += remaining;
            tripEntryNotional[b] += remaining * event.price;
            int lot = b * LOTS + (lotHead[b] + lotCount[b]) % LOTS;
            lotQuantity[lot] = remaining;
            lotPrice[lot] = event.price;
            lotCommission[lot] = commission;
            lotCount[b]++;
        }
        return true;
    }

    private void openTrip(int b, EngineEvent fill, long stop) {
        tripOpenIndex[b] = fill.journalIndex;
        tripOpenedNanos[b] = fill.eventTimeNanos;
        tripStop[b] = stop;
        tripEntryQuantity[b] = 0;
        tripEntryNotional[b] = 0;
        tripExitQuantity[b] = 0;
        tripExitNotional[b] = 0;
    }

    /**
     * The book's round trip, ended by {@code fill}, as a closed trade in the day's log: id = the input-journal
     * index of its first fill, quantity = contracts entered, entry and exit = volume-weighted average prices.
     */
    private TradeRecord closeTrip(int b, EngineEvent fill) {
        TradeRecord trip = closed[(int) (closedToday++ % LOG_CAPACITY)];
        trip.status = TradeRecord.CLOSED;
        trip.tradeId = tripOpenIndex[b];
        trip.instrument = bookInstrument[b];
        trip.side = bookSide[b];
        trip.quantity = tripEntryQuantity[b];
        trip.entryPrice = tripEntryNotional[b] / tripEntryQuantity[b];
        trip.exitPrice = tripExitNotional[b] / tripExitQuantity[b];
        trip.stopPrice = tripStop[b];
        trip.realizedCents = bookRoundTripCents[b];
        trip.openedNanos = tripOpenedNanos[b];
        trip.closedNanos = fill.eventTimeNanos;
        trip.setAccount(bookAccountName, b * EngineEvent.ACCOUNT_CAPACITY, bookAccountLength[b]);
        return trip;
    }

    /** A new ET day empties the trade log (round trips still open carry over); true when it did. */
    public boolean startDayIfNeeded(long epochDay) {
        if (epochDay == tradingDay) {
            return false;
        }
        tradingDay = epochDay;
        closedToday = 0;
        for (TradeRecord trip : closed) {
            trip.clear();
        }
        return true;
    }

    /** Round trips closed today, including any no longer held by {@link #closedTrip}. */
    public long closedToday() {
        return closedToday;
    }

    /** Round trips closed today that the log no longer holds (a day past {@link #LOG_CAPACITY}); counted and journaled all the same. */
    public long closedNotHeld() {
        return Math.max(0, closedToday - LOG_CAPACITY);
    }

    /** Each round trip of today the log holds, first closed first (views and routes; the records are the book's own). */
    public void forEachHeldTrip(Consumer<TradeRecord> each) {
        for (long n = closedNotHeld(); n < closedToday; n++) {
            each.accept(closedTrip(n));
        }
    }

    /** The {@code n}-th round trip closed today (0 = first) while it is among the last {@link #LOG_CAPACITY}; else null. */
    public TradeRecord closedTrip(long n) {
        if (n < 0 || n >= closedToday || n < closedToday - LOG_CAPACITY) {
            return null;
        }
        return closed[(int) (n % LOG_CAPACITY)];
    }

    /** An adding fill needs a free lot; a reducing one never adds more than one (the remainder through zero). */
    private boolean roomFor(int b, EngineEvent event) {
        return lotCount[b] < LOTS || bookSide[b] != event.side;
    }

    /** Contracts open in the book of {@code event}'s account and contract, signed by side (tests, views). */
    public long openQuantity(EngineEvent event) {
        long account = accountHash(event);
        for (int b = 0; b < BOOKS; b++) {
            if (bookUsed[b] && bookAccount[b] == account && bookInstrument[b] == event.instrument) {
                long sum = 0;
                for (int n = 0; n < lotCount[b]; n++) {
                    sum += lotQuantity[b * LOTS + (lotHead[b] + n) % LOTS];
                }
                return sum * bookSide[b];
            }
        }
        return 0;
    }

    public long idsRecorded() {
        return idsRecorded;
    }

    /** What a fold reports to the risk state. */
    public interface RoundTrips {
        /** A matched piece realized {@code cents} (net of its share of both commissions). */
        void realized(long cents);

        /** A round trip ended: {@code trip} holds it (net P&L in {@code realizedCents}) until the next one ends. */
        void roundTripClosed(TradeRecord trip);

        /** A fill from flat started a round trip; the answer is the stop its R is measured against, or {@code Prices.NONE}. */
        long roundTripOpened(EngineEvent fill);
    }

    /** Adds nothing while no execution was ever seen, so digests of days without executions stay as they were. */
    public void digestInto(StateDigest digest) {
        if (idsRecorded == 0) {
            return;
        }
        digest.add(idsRecorded);
        for (int i = 0; i < Math.min(idsRecorded, ID_CAPACITY); i++) {
            digest.add(idHigh[i]).add(idLow[i]);
        }
        for (int b = 0; b < BOOKS; b++) {
            digest.add(bookAccount[b]).add(bookInstrument[b]).add(bookSide[b]).add(bookRoundTripCents[b])
                    .add(lotHead[b]).add(lotCount[b]);
        }
        for (int i = 0; i < BOOKS * LOTS; i++) {
            digest.add(lotQuantity[i]).add(lotPrice[i]).add(lotCommission[i]);
        }
        for (int b = 0; b < BOOKS; b++) {
            digest.add(bookAccountLength[b]).add(tripOpenIndex[b]).add(tripOpenedNanos[b]).add(tripStop[b])
                    .add(tripEntryQuantity[b]).add(tripEntryNotional[b]).add(tripExitQuantity[b]).add(tripExitNotional[b]);
        }
        digest.add(tradingDay).add(closedToday);
        for (TradeRecord trip : closed) {
            trip.digestInto(digest);
        }
    }

    @Override
    public void writeMarshallable(BytesOut<?> out) {
        out.writeLong(idsRecorded);
        for (int i = 0; i < ID_CAPACITY; i++) {
            out.writeLong(idHigh[i]).writeLong(idLow[i]);
        }
        for (int b = 0; b < BOOKS; b++) {
            out.writeLong(bookAccount[b]).writeInt(bookInstrument[b]).writeBoolean(bookUsed[b]).writeByte(bookSide[b])
                    .writeLong(bookRoundTripCents[b]).writeInt(lotHead[b]).writeInt(lotCount[b]);
        }
        for (int i = 0; i < BOOKS * LOTS; i++) {
            out.writeLong(lotQuantity[i]).writeLong(lotPrice[i]).writeLong(lotCommission[i]);
        }
        out.write(bookAccountName);
        for (int b = 0; b < BOOKS; b++) {
            out.writeInt(bookAccountLength[b]).writeLong(tripOpenIndex[b]).writeLong(tripOpenedNanos[b]).writeLong(tripStop[b])
                    .writeLong(tripEntryQuantity[b]).writeLong(tripEntryNotional[b]).writeLong(tripExitQuantity[b])
                    .writeLong(tripExitNotional[b]);
        }
        out.writeLong(tradingDay).writeLong(closedToday);
        for (TradeRecord trip : closed) {
            trip.writeTo(out);
        }
    }

    @Override
    public void readMarshallable(BytesIn<?> in) {
        idsRecorded = in.readLong();
        for (int i = 0; i < ID_CAPACITY; i++) {
            idHigh[i] = in.readLong();
            idLow[i] = in.readLong();
        }
        for (int b = 0; b < BOOKS; b++) {
            bookAccount[b] = in.readLong();
            bookInstrument[b] = in.readInt();
            bookUsed[b] = in.readBoolean();
            bookSide[b] = in.readByte();
            bookRoundTripCents[b] = in.readLong();
            lotHead[b] = in.readInt();
            lotCount[b] = in.readInt();
        }
        for (int i = 0; i < BOOKS * LOTS; i++) {
            lotQuantity[i] = in.readLong();
            lotPrice[i] = in.readLong();
            lotCommission[i] = in.readLong();
        }
        in.read(bookAccountName);
        for (int b = 0; b < BOOKS; b++) {
            bookAccountLength[b] = in.readInt();
            tripOpenIndex[b] = in.readLong();
            tripOpenedNanos[b] = in.readLong();
            tripStop[b] = in.readLong();
            tripEntryQuantity[b] = in.readLong();
            tripEntryNotional[b] = in.readLong();
            tripExitQuantity[b] = in.readLong();
            tripExitNotional[b] = in.readLong();
        }
        tradingDay = in.readLong();
        closedToday = in.readLong();
        for (TradeRecord trip : closed) {
            trip.readFrom(in);
        }
    }
}
