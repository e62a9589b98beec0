package com.fks.copilot.engine.state;

/**
 * One instrument's closed bars of one size, newest last, in a fixed ring. Persisted slot by slot
 * (a bar close writes one bar and the {@link BarRingHead}, not the whole ring); its own
 * {@link #appliedIndex} lets recovery append each bar exactly once.
 */
public final class BarHistory {
    public int instrument;
    /** Input-journal index of the event that closed the newest bar. */
    public long appliedIndex = -1;
    /** Bars ever appended; the ring holds the last {@link #capacity()}. */
    public long count;
    /** Bars already written to the store: the slots after it are the ones to write. Engine thread only. */
    long persistedCount;
    private final MinuteBar[] ring;

    public BarHistory(int capacity) {
        ring = new MinuteBar[capacity];
        for (int i = 0; i < capacity; i++) {
            ring[i] = new MinuteBar();
        }
    }

    public int capacity() {
        return ring.length;
    }

    public int held() {
        return (int) Math.min(count, ring.length);
    }

    public void append(MinuteBar bar) {
        ring[slotOf(count)].copyFrom(bar);
        count++;
    }

    /** The {@code ago}-th newest bar (0 = newest); caller checks {@link #held()}. */
    public MinuteBar ago(int ago) {
        return ring[slotOf(count - 1 - ago)];
    }

    /** The {@code i}-th oldest held bar (0 = oldest held). */
    public MinuteBar oldestFirst(int i) {
        return ago(held() - 1 - i);
    }

    /** Ring slot of the {@code n}-th bar ever appended. */
    int slotOf(long n) {
        return (int) (n % ring.length);
    }

    MinuteBar slot(int slot) {
        return ring[slot];
    }

    public void digestInto(StateDigest digest) {
        digest.add(instrument).add(count);
        for (int i = 0; i < held(); i++) {
            ago(i).digestInto(digest);
        }
    }
}
