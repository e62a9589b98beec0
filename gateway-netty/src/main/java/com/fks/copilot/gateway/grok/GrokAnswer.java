package com.fks.copilot.gateway.grok;

/** What one call to xAI gave: the model's text, or why there is none (a {@code SummaryOrigin} local code). */
public sealed interface GrokAnswer {

    /** {@code choices[0].message.content}. */
    record Answered(String text) implements GrokAnswer {
    }

    /**
     * @param origin           the {@code SummaryOrigin} local code the summary will carry
     * @param detail           for the log: status, error message, exception
     * @param retryAfterSeconds 429 only: the server's {@code retry-after}, else 0
     */
    record Failed(byte origin, String detail, long retryAfterSeconds) implements GrokAnswer {
    }
}
