package com.fks.copilot.gateway.http;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Set;

/**
 * Per-client rate limits (the seed's, TASK-703): each request takes a token from its client's bucket
 * for its {@link RequestKind}; an empty bucket is answered 429 with {@code Retry-After} and no route
 * sees the request. Runs on the event loop and never waits: a take is Bucket4j's non-blocking
 * {@code tryConsume}, and a known client's take allocates nothing.
 *
 * <p>The client is the API key when the request carried it ({@link ApiKeyCheck} says so), else the
 * connection's remote address, or — only when that address is a trusted proxy — the last address in
 * its {@code X-Forwarded-For} (the one the proxy itself added; earlier ones are the client's to
 * write). A chain of several addresses costs one short String per request.
 */
@ChannelHandler.Sharable
final class RateLimits extends ChannelInboundHandlerAdapter {
    /** The client of every request that carried the API key, wherever it connects from. */
    private enum KeyHolder { API_KEY }

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final ClientBuckets clients;
    private final RateLimitSettings limits;
    private final Set<InetAddress> trustedProxies;
    private final HttpObserver observer;

    /**
     * @param clock      the buckets' time, monotonic nanoseconds ({@link TimeMeter#SYSTEM_NANOTIME}; driven in tests)
     * @param maxClients clients with buckets of their own at most ({@link ClientBuckets#CAPACITY})
     */
    RateLimits(RateLimitSettings limits, TimeMeter clock, int maxClients) {
        this(limits, clock, maxClients, HttpObserver.NONE);
    }

    /** As above, telling {@code observer} of every refusal. */
    RateLimits(RateLimitSettings limits, TimeMeter clock, int maxClients, HttpObserver observer) {
        this.observer = observer;
        this.clients = new ClientBuckets(limits, clock, maxClients);
        this.limits = limits;
        this.trustedProxies = limits.trustedProxies();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request) || admits(ctx.channel(), request)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            RequestKind kind = RequestKind.of(request.method(), request.uri());
            observer.rateLimited(RouteNames.of(request.uri()));
            Responses.tooManyRequests(ctx, request, "rate limit: at most " + limits.perMinute(kind) + " " + kind.label
                    + " a minute from one client", retryAfterSeconds(bucket(ctx.channel(), request)));
        } finally {
            request.release();
        }
    }

    /** Takes a token for {@code request} from its client's bucket; false when there is none. Allocates nothing for a known client. */
    boolean admits(Channel channel, FullHttpRequest request) {
        return bucket(channel, request).tryConsume(1);
    }

    private Bucket bucket(Channel channel, FullHttpRequest request) {
        return clients.of(client(channel, request), RequestKind.of(request.method(), request.uri()));
    }

    /** Clients with buckets of their own (bounded; see {@link ClientBuckets}). */
    int clients() {
        return clients.size();
    }

    private Object client(Channel channel, FullHttpRequest request) {
        if (channel.hasAttr(ApiKeyCheck.HOLDS_KEY) && Boolean.TRUE.equals(channel.attr(ApiKeyCheck.HOLDS_KEY).get())) {
            return KeyHolder.API_KEY;
        }
        SocketAddress remote = channel.remoteAddress();
        if (!(remote instanceof InetSocketAddress socket)) {
            return remote;
        }
        InetAddress address = socket.getAddress();
        if (trustedProxies.contains(address)) {
            String forwardedFor = lastHop(request.headers().get(FORWARDED_FOR));
            if (forwardedFor != null) {
                return forwardedFor;
            }
        }
        return address;
    }

    /** The last entry of an {@code X-Forwarded-For} list, or null when there is none. */
    static String lastHop(String forwardedFor) {
        if (forwardedFor == null) {
            return null;
        }
        String hop = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip();
        return hop.isEmpty() ? null : hop;
    }

    /** Whole seconds until the bucket has a token again, rounded up, at least 1. */
    private static long retryAfterSeconds(Bucket bucket) {
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
