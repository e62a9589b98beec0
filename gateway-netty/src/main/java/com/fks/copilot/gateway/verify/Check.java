package com.fks.copilot.gateway.verify;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of the first-boot report: what was checked, how much it matters, how it came out and why.
 *
 * @param millis how long the check took
 */
@JsonPropertyOrder({"name", "severity", "result", "detail", "millis"})
public record Check(String name, Severity severity, @JsonProperty("result") Outcome outcome, String detail, long millis) {

    /** How much a failure matters: only a CRITICAL failure fails the run (exit 1). */
    public enum Severity { CRITICAL, WARNING, INFO }

    public enum Outcome { PASS, FAIL, SKIP }

    /** What a check found, before the runner names it and times it. */
    public record Result(Outcome outcome, String detail) {
        public static Result pass(String detail) {
            return new Result(Outcome.PASS, detail);
        }

        public static Result fail(String detail) {
            return new Result(Outcome.FAIL, detail);
        }

        public static Result skip(String detail) {
            return new Result(Outcome.SKIP, detail);
        }

        /** PASS with {@code detail} when {@code ok}, else FAIL with it. */
        public static Result of(boolean ok, String detail) {
            return new Result(ok ? Outcome.PASS : Outcome.FAIL, detail);
        }
    }

    /** Thrown by a check that cannot go on; its message is the FAIL's detail as it stands. */
    public static final class Failed extends Exception {
        public Failed(String detail) {
            super(detail, null, false, false);
        }
    }

    public boolean failedCritically() {
        return severity == Severity.CRITICAL && outcome == Outcome.FAIL;
    }
}
