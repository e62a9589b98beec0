package com.fks.copilot.gateway.grok;

/** What asking Grok for a summary came to; anything but {@link #ANSWERED} leaves the engine's local summary standing. */
public enum GrokOutcome {
    ANSWERED("Grok"),
    /** No {@code XAI_API_KEY}: Grok is never asked. */
    NO_KEY("no xAI key"),
    /** 429: over the tier's rate limit; no call until its {@code retry-after} has passed. */
    RATE_LIMITED("xAI rate limit"),
    /** No answer within the configured timeout. */
    TIMEOUT("xAI timeout"),
    /** Refused key, 5xx, unreadable answer, network. */
    ERROR("xAI error"),
    /** A live answer that broke the compact form (more than 8 lines, a focus asset or DO NOW missing). */
    NOT_COMPACT("Grok answer not compact");

    private final String label;

    GrokOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
