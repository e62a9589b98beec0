package com.fks.copilot.gateway.analyze;

/**
 * A bar file that cannot be analysed: the 1-based line at fault and why, in words a trader can
 * act on ({@code line 17: high 5190.0 is below low 5195.0}). A checked exception because a bad
 * file is an expected outcome of reading one, not a bug.
 */
public final class BarFileError extends Exception {
    private final int line;
    private final String reason;

    public BarFileError(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    /** The 1-based line number the problem was found on. */
    public int line() {
        return line;
    }

    /** What is wrong with that line, without the line number. */
    public String reason() {
        return reason;
    }
}
