package com.fks.copilot.gateway.http;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.SynchronizationStrategy;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Each client's token buckets, one per {@link RequestKind}, all built the first time the client is
 * seen and reused for every request after it: finding a known client's bucket allocates nothing.
 * Safe from any thread (the server's event loops share it).
 *
 * <p>The table is bounded. When it is full, clients idle for a minute are dropped — every bucket of
 * theirs has refilled by then, so forgetting them changes nothing — at most once a second (a sweep
 * walks the whole table); while it is still full, newcomers share one set of "everyone else"
 * buckets. A scan from thousands of addresses therefore neither grows the table nor gets each
 * address a fresh allowance, and clients already known (the trader's own) keep theirs.
 */
final class ClientBuckets {
    /** About 2 KB a client (six buckets): a few MB when full. */
    static final int CAPACITY = 4_096;
    private static final long IDLE_NANOS = Duration.ofMinutes(1).toNanos();
    private static final long SWEEP_NANOS = Duration.ofSeconds(1).toNanos();

    /** One client's buckets, by {@link RequestKind#ordinal()}. */
    private static final class Client {
        final Bucket[] buckets;
        volatile long lastSeenNanos;

        Client(Bucket[] buckets, long now) {
            this.buckets = buckets;
            this.lastSeenNanos = now;
        }
    }

    private final RateLimitSettings limits;
    private final TimeMeter clock;
    private final int capacity;
    private final ConcurrentHashMap<Object, Client> clients;
    private final Client strangers;
    private final AtomicLong lastSweep;
    /** Built once: a lambda made per lookup would be an allocation per request. */
    private final Function<Object, Client> newClientFor = client -> newClient();

    /**
     * @param clock nanoseconds, monotonic ({@link TimeMeter#SYSTEM_NANOTIME}; a driven one in tests)
     */
    ClientBuckets(RateLimitSettings limits, TimeMeter clock, int capacity) {
        this.limits = limits;
        this.clock = clock;
        this.capacity = capacity;
        this.clients = new ConcurrentHashMap<>(capacity * 2);
        this.strangers = newClient();
        this.lastSweep = new AtomicLong(clock.currentTimeNanos());
    }

    /** The bucket {@code client}'s requests of {@code kind} take from; {@code client} has equals/hashCode by value. */
    Bucket of(Object client, RequestKind kind) {
        long now = clock.currentTimeNanos();
        Client known = clients.get(client);
        if (known == null) {
            known = admit(client, now);
        }
        known.lastSeenNanos = now;
        return known.buckets[kind.ordinal()];
    }

    /** Clients with buckets of their own. */
    int size() {
        return clients.size();
    }

    private Client admit(Object client, long now) {
        if (clients.size() >= capacity) {
            sweep(now);
            if (clients.size() >= capacity) {
                return strangers;
            }
        }
        return clients.computeIfAbsent(client, newClientFor);
    }

    private void sweep(long now) {
        long last = lastSweep.get();
        if (now - last >= SWEEP_NANOS && lastSweep.compareAndSet(last, now)) {
            clients.values().removeIf(client -> now - client.lastSeenNanos >= IDLE_NANOS);
        }
    }

    /**
     * Synchronized buckets: uncontended, a take is a lock and two longs, where Bucket4j's default
     * lock-free bucket copies its state on every take.
     */
    private Client newClient() {
        Bucket[] buckets = new Bucket[RequestKind.COUNT];
        for (RequestKind kind : RequestKind.values()) {
            int perMinute = limits.perMinute(kind);
            buckets[kind.ordinal()] = Bucket.builder()
                    .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                    .withCustomTimePrecision(clock)
                    .withSynchronizationStrategy(SynchronizationStrategy.SYNCHRONIZED)
                    .build();
        }
        return new Client(buckets, clock.currentTimeNanos());
    }
}
