package com.fks.copilot.engine.state;

/**
 * A 64-bit FNV-1a digest of engine state (exchange-core's {@code StateHash} idea): what replay
 * and recovery tests compare. Feeds whole longs, so it is cheap and allocation-free.
 */
public final class StateDigest {
    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private long hash = OFFSET_BASIS;

    public StateDigest add(long value) {
        for (int shift = 0; shift < 64; shift += 8) {
            hash ^= (value >>> shift) & 0xff;
            hash *= PRIME;
        }
        return this;
    }

    public long value() {
        return hash;
    }

    public String hex() {
        return String.format("%016x", hash);
    }
}
