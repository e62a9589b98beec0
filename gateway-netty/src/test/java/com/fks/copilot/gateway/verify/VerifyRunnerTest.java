package com.fks.copilot.gateway.verify;

import com.fks.copilot.gateway.verify.Check.Outcome;
import com.fks.copilot.gateway.verify.Check.Result;
import com.fks.copilot.gateway.verify.Check.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runner's rules: only a failed CRITICAL check fails the run; a throwing check is a FAIL, not the end; --quick skips the slow ones. */
class VerifyRunnerTest {

    @Test
    void onlyAFailedCriticalCheckFailsTheRun() {
        assertEquals(0, Report.exitCode(List.of()));
        assertEquals(0, Report.exitCode(List.of(check(Severity.CRITICAL, Outcome.PASS), check(Severity.CRITICAL, Outcome.SKIP),
                check(Severity.WARNING, Outcome.FAIL), check(Severity.INFO, Outcome.FAIL))), "warnings, infos and skips never fail it");
        assertEquals(1, Report.exitCode(List.of(check(Severity.WARNING, Outcome.PASS), check(Severity.CRITICAL, Outcome.FAIL))));
        assertEquals(1, Report.of("http://x", java.time.Instant.EPOCH, false,
                List.of(check(Severity.CRITICAL, Outcome.FAIL))).exitCode());
        assertEquals(2, Report.unreachable("http://x", java.time.Instant.EPOCH, false, "connection refused").exitCode());
    }

    @Test
    void aCheckThatThrowsIsAFailNamingTheCauseAndTheRunGoesOn() {
        List<Check> seen = new ArrayList<>();
        List<Check> checks = VerifyRunner.run(List.of(
                Probe.of("broken", Severity.CRITICAL, () -> {
                    throw new java.io.IOException("connection reset");
                }),
                Probe.of("fine", Severity.WARNING, () -> Result.pass("ok"))), false, seen::add);
        assertEquals(List.of("broken", "fine"), checks.stream().map(Check::name).toList());
        assertEquals(Outcome.FAIL, checks.get(0).outcome());
        assertEquals("IOException: connection reset", checks.get(0).detail());
        assertEquals(Outcome.PASS, checks.get(1).outcome());
        assertEquals(checks, seen, "each check is handed on as it finishes, for the table");
        assertEquals(1, Report.exitCode(checks));
    }

    @Test
    void quickSkipsTheSlowChecksWithoutRunningThem() {
        AtomicBoolean ran = new AtomicBoolean();
        List<Check> checks = VerifyRunner.run(List.of(
                Probe.slow("stream first event", Severity.CRITICAL, () -> {
                    ran.set(true);
                    return Result.fail("would wait 35 s");
                }),
                Probe.of("health", Severity.CRITICAL, () -> Result.pass("UP"))), true, c -> { });
        assertFalse(ran.get());
        assertEquals(Outcome.SKIP, checks.get(0).outcome());
        assertEquals("skipped by --quick", checks.get(0).detail());
        assertEquals(Outcome.PASS, checks.get(1).outcome());
        assertEquals(0, Report.exitCode(checks));

        List<Check> full = VerifyRunner.run(List.of(Probe.slow("stream first event", Severity.CRITICAL,
                () -> Result.fail("no event within 35 s"))), false, c -> { });
        assertEquals(Outcome.FAIL, full.get(0).outcome(), "without --quick the slow checks run");
        assertTrue(full.get(0).failedCritically());
    }

    private static Check check(Severity severity, Outcome outcome) {
        return new Check(severity + "-" + outcome, severity, outcome, "", 0);
    }
}
