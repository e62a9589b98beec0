package com.fks.copilot.gateway.feed;

import java.util.List;

/**
 * The live feed's counters and connection state: written by the feed's event loop and its gap
 * filler, read by any thread through {@link #snapshot()}. Plain volatile fields, each with one
 * writer thread, so updating them on the hot path costs a store, not a lock.
 */
public final class FeedMonitor {
    private final String plan;
    private volatile List<FeedStatus.Contract> contracts = List.of();
    private volatile FeedState state = FeedState.CONNECTING;
    private volatile long lastMessageMillis;
    private volatile long reconnects;
    private volatile long authentications;
    private volatile long trades;
    private volatile long duplicates;
    private volatile long unknownSymbols;
    private volatile long malformedFrames;
    private volatile long gapFills;
    private volatile long gapBars;
    private volatile String lastError;
    private int warmUpTotal;
    private int warmUpDone;
    private int warmUpFailed;
    private long warmUpBars;
    private String warmUpError;

    public FeedMonitor(String plan) {
        this.plan = plan;
    }

    void routes(ContractRoutes routes) {
        contracts = routes.all().stream().map(r -> new FeedStatus.Contract(r.instrument().symbol(), r.ticker(),
                r.rollDate().toString())).toList();
    }

    void state(FeedState newState) {
        if (newState == FeedState.AUTHENTICATED) {
            authentications++;
        }
        state = newState;
    }

    /** How many connections Massive accepted the key on. */
    public long authentications() {
        return authentications;
    }

    public FeedState state() {
        return state;
    }

    void messageReceived(long wallMillis) {
        lastMessageMillis = wallMillis;
    }

    void reconnecting() {
        reconnects++;
        state = FeedState.RECONNECTING;
    }

    void tradePublished() {
        trades++;
    }

    void duplicateDropped() {
        duplicates++;
    }

    void unknownSymbol() {
        unknownSymbols++;
    }

    void malformedFrame() {
        malformedFrames++;
    }

    synchronized void gapFilled(int bars) {
        gapFills++;
        gapBars += bars;
    }

    /** A warm-up of {@code contracts} contracts started. */
    synchronized void warmUpStarted(int contracts) {
        warmUpTotal = contracts;
    }

    /** One contract's history arrived ({@code bars} 1-minute bars), or ({@code error} not null) could not be had. */
    synchronized void warmUpFinished(int bars, String error) {
        warmUpDone++;
        warmUpBars += bars;
        if (error != null) {
            warmUpFailed++;
            warmUpError = error;
        }
    }

    /** A warm-up fetch failed and will be tried again. */
    synchronized void warmUpRetrying(String error) {
        warmUpError = error;
    }

    private synchronized FeedStatus.WarmUp warmUp() {
        String state = warmUpTotal == 0 ? "none" : warmUpDone < warmUpTotal ? "loading" : warmUpFailed > 0 ? "failed" : "done";
        return new FeedStatus.WarmUp(state, warmUpTotal, warmUpDone, warmUpBars, warmUpError);
    }

    void error(String message) {
        lastError = message;
    }

    public long trades() {
        return trades;
    }

    public long duplicates() {
        return duplicates;
    }

    public long reconnects() {
        return reconnects;
    }

    public long gapBars() {
        return gapBars;
    }

    public FeedStatus snapshot() {
        FeedState now = state;
        long last = lastMessageMillis;
        boolean connected = now == FeedState.CONNECTED || now == FeedState.AUTHENTICATED || now == FeedState.LIVE;
        return new FeedStatus(plan, now.label(), connected, now == FeedState.AUTHENTICATED || now == FeedState.LIVE,
                last == 0 ? null : Math.max(0, System.currentTimeMillis() - last), reconnects, trades, duplicates,
                unknownSymbols, malformedFrames, gapFills, gapBars, lastError, contracts, warmUp());
    }
}
