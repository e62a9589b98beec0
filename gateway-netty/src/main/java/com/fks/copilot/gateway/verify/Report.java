package com.fks.copilot.gateway.verify;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one {@code copilot verify}: every check in the order run, and the exit status —
 * 0 when no critical check failed, 1 when one did, 2 when nothing answered at the URL.
 */
@JsonPropertyOrder({"url", "started_at", "quick", "exit_code", "summary", "checks"})
public record Report(String url, @JsonProperty("started_at") Instant startedAt, boolean quick,
                     @JsonProperty("exit_code") int exitCode, Summary summary, List<Check> checks) {
    public static final int OK = 0;
    public static final int CRITICAL_FAILED = 1;
    public static final int UNREACHABLE = 2;

    @JsonPropertyOrder({"passed", "failed", "skipped", "critical_failures"})
    public record Summary(int passed, int failed, int skipped, @JsonProperty("critical_failures") int criticalFailures) {
        static Summary of(List<Check> checks) {
            return new Summary(count(checks, Check.Outcome.PASS), count(checks, Check.Outcome.FAIL),
                    count(checks, Check.Outcome.SKIP), (int) checks.stream().filter(Check::failedCritically).count());
        }

        private static int count(List<Check> checks, Check.Outcome outcome) {
            return (int) checks.stream().filter(c -> c.outcome() == outcome).count();
        }
    }

    /** The report of checks that were run against a server that answered. */
    public static Report of(String url, Instant startedAt, boolean quick, List<Check> checks) {
        return new Report(url, startedAt, quick, exitCode(checks), Summary.of(checks), List.copyOf(checks));
    }

    /** Nothing answered at {@code url}: one failed check saying so, exit 2. */
    public static Report unreachable(String url, Instant startedAt, boolean quick, String why) {
        List<Check> checks = List.of(new Check("server reachable", Check.Severity.CRITICAL, Check.Outcome.FAIL, why, 0));
        return new Report(url, startedAt, quick, UNREACHABLE, Summary.of(checks), checks);
    }

    /** The exit rule: 1 when any CRITICAL check failed, else 0 (warnings and skips do not fail a run). */
    public static int exitCode(List<Check> checks) {
        return checks.stream().anyMatch(Check::failedCritically) ? CRITICAL_FAILED : OK;
    }
}
