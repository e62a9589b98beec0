package com.fks.copilot.gateway.grok;

/** What one call to xAI gave: the model's text, or why there is none. */
public sealed interface GrokAnswer {

    /** {@code choices[0].message.content}. */
    record Answered(String text) implements GrokAnswer {
    }

    /**
     * @param detail            for the log: status, error message, exception
     * @param retryAfterSeconds 429 only: the server's {@code retry-after}, else 0
     */
    record Failed(GrokOutcome outcome, String detail, long retryAfterSeconds) implements GrokAnswer {
    }
}
