package com.fks.copilot.gateway.feed;

/** Receives each event of a frame, in frame order. The event is reused: copy what is kept. */
@FunctionalInterface
public interface FeedEventListener {
    void onEvent(FeedEvent event);
}
