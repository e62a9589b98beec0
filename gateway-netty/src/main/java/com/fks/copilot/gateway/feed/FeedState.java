package com.fks.copilot.gateway.feed;

/** Where the live feed's connection stands. */
public enum FeedState {
    CONNECTING("connecting"),
    CONNECTED("connected"),
    AUTHENTICATED("authenticated"),
    LIVE("live"),
    RECONNECTING("reconnecting"),
    AUTH_FAILED("auth failed"),
    STOPPED("stopped");

    private final String label;

    FeedState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
