package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.state.StateDigest;
import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesMarshallable;
import net.openhft.chronicle.bytes.BytesOut;

/**
 * The answers given to trade requests that carried an {@code Idempotency-Key}, so a request sent
 * again (a retry after a timeout, a resend after a crash) gets its first answer instead of a second
 * trade. Keys live {@link #LIFETIME_NANOS 24 hours} of event time; the table holds the last
 * {@link #CAPACITY} keyed requests (the oldest gives way first). It is engine state: the keys come
 * from journaled events, so replaying the journal rebuilds it. Fixed-size and allocation-free.
 */
public final class IdempotencyKeys implements BytesMarshallable {
    public static final int CAPACITY = 1_024;
    public static final long LIFETIME_NANOS = 24L * 3_600 * 1_000_000_000L;

    private final long[] keyHigh = new long[CAPACITY];
    private final long[] keyLow = new long[CAPACITY];
    private final long[] requestDigest = new long[CAPACITY];
    private final long[] firstSeenNanos = new long[CAPACITY];
    /** The first answer, as the engine wrote it on the event's slot. */
    private final long[] journalIndex = new long[CAPACITY];
    private final byte[] resultCode = new byte[CAPACITY];
    private final int[] blocks = new int[CAPACITY];
    private final int[] warnings = new int[CAPACITY];
    private final long[] riskCents = new long[CAPACITY];
    private final long[] dailyPnlCents = new long[CAPACITY];
    private final int[] openPositions = new int[CAPACITY];
    private final int[] consecutiveLosses = new int[CAPACITY];
    private final long[] openRiskCents = new long[CAPACITY];
    private final long[] tradeId = new long[CAPACITY];
    private final long[] realizedCents = new long[CAPACITY];
    /** Keys recorded so far; the next goes to {@code recorded % CAPACITY}. */
    private long recorded;

    /** The slot of {@code event}'s key if it was used within the last 24 hours before {@code now}, else -1. */
    public int find(EngineEvent event, long now) {
        int used = (int) Math.min(recorded, CAPACITY);
        for (int i = 0; i < used; i++) {
            if (keyHigh[i] == event.requestKeyHigh && keyLow[i] == event.requestKeyLow
                    && now - firstSeenNanos[i] < LIFETIME_NANOS) {
                return i;
            }
        }
        return -1;
    }

    /** True when the request in slot {@code i} had the same method, target and body as {@code event}. */
    public boolean sameRequest(int i, EngineEvent event) {
        return requestDigest[i] == event.requestDigest;
    }

    /** Writes slot {@code i}'s first answer onto {@code event}, marked as repeated. */
    public void answer(int i, EngineEvent event) {
        event.answerRepeated = true;
        event.answerIndex = journalIndex[i];
        event.resultCode = resultCode[i];
        event.verdict.blocks = blocks[i];
        event.verdict.warnings = warnings[i];
        event.verdict.riskCents = riskCents[i];
        event.verdict.dailyPnlCents = dailyPnlCents[i];
        event.verdict.openPositions = openPositions[i];
        event.verdict.consecutiveLosses = consecutiveLosses[i];
        event.verdict.openRiskCents = openRiskCents[i];
        event.resultTradeId = tradeId[i];
        event.resultRealizedCents = realizedCents[i];
    }

    /** Keeps the answer the engine just wrote on {@code event} under its key. */
    public void record(EngineEvent event, long now) {
        int i = (int) (recorded++ % CAPACITY);
        keyHigh[i] = event.requestKeyHigh;
        keyLow[i] = event.requestKeyLow;
        requestDigest[i] = event.requestDigest;
        firstSeenNanos[i] = now;
        journalIndex[i] = event.journalIndex;
        resultCode[i] = event.resultCode;
        blocks[i] = event.verdict.blocks;
        warnings[i] = event.verdict.warnings;
        riskCents[i] = event.verdict.riskCents;
        dailyPnlCents[i] = event.verdict.dailyPnlCents;
        openPositions[i] = event.verdict.openPositions;
        consecutiveLosses[i] = event.verdict.consecutiveLosses;
        openRiskCents[i] = event.verdict.openRiskCents;
        tradeId[i] = event.resultTradeId;
        realizedCents[i] = event.resultRealizedCents;
    }

    public long recorded() {
        return recorded;
    }

    /** Adds nothing while no key was ever recorded, so digests of days without keys stay as they were. */
    public void digestInto(StateDigest digest) {
        if (recorded == 0) {
            return;
        }
        digest.add(recorded);
        for (int i = 0; i < Math.min(recorded, CAPACITY); i++) {
            digest.add(keyHigh[i]).add(keyLow[i]).add(requestDigest[i]).add(firstSeenNanos[i]).add(journalIndex[i])
                    .add(resultCode[i]).add(blocks[i]).add(warnings[i]).add(riskCents[i]).add(tradeId[i])
                    .add(realizedCents[i]);
        }
    }

    @Override
    public void writeMarshallable(BytesOut<?> out) {
        out.writeLong(recorded);
        for (int i = 0; i < CAPACITY; i++) {
            out.writeLong(keyHigh[i]).writeLong(keyLow[i]).writeLong(requestDigest[i]).writeLong(firstSeenNanos[i])
                    .writeLong(journalIndex[i]).writeByte(resultCode[i]).writeInt(blocks[i]).writeInt(warnings[i])
                    .writeLong(riskCents[i]).writeLong(dailyPnlCents[i]).writeInt(openPositions[i])
                    .writeInt(consecutiveLosses[i]).writeLong(openRiskCents[i]).writeLong(tradeId[i])
                    .writeLong(realizedCents[i]);
        }
    }

    @Override
    public void readMarshallable(BytesIn<?> in) {
        recorded = in.readLong();
        for (int i = 0; i < CAPACITY; i++) {
            keyHigh[i] = in.readLong();
            keyLow[i] = in.readLong();
            requestDigest[i] = in.readLong();
            firstSeenNanos[i] = in.readLong();
            journalIndex[i] = in.readLong();
            resultCode[i] = in.readByte();
            blocks[i] = in.readInt();
            warnings[i] = in.readInt();
            riskCents[i] = in.readLong();
            dailyPnlCents[i] = in.readLong();
            openPositions[i] = in.readInt();
            consecutiveLosses[i] = in.readInt();
            openRiskCents[i] = in.readLong();
            tradeId[i] = in.readLong();
            realizedCents[i] = in.readLong();
        }
    }
}
