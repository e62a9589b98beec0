package com.fks.copilot.gateway.massive;

import java.io.IOException;

/**
 * Massive refused or failed a request for good: a rejected key, a bad request, or retries used up.
 *
 * @see #status()
 */
public final class MassiveException extends IOException {
    private final int status;

    public MassiveException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status of the last answer; 0 when no answer came. */
    public int status() {
        return status;
    }
}
