package com.fks.copilot.gateway.verify;

import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs the probes in order, one at a time; a probe that throws is a FAIL naming what went wrong, never the end of the run. */
public final class VerifyRunner {
    private VerifyRunner() {
    }

    /** Each probe's check, in order; with {@code quick} the slow ones are SKIP. {@code each} sees every check as it is done. */
    public static List<Check> run(List<Probe> probes, boolean quick, Consumer<Check> each) {
        List<Check> checks = new ArrayList<>();
        for (Probe probe : probes) {
            long start = System.nanoTime();
            Check.Result result;
            if (quick && probe.slow()) {
                result = Check.Result.skip("skipped by --quick");
            } else {
                result = runOne(probe);
            }
            Check check = new Check(probe.name(), probe.severity(), result.outcome(), result.detail(),
                    (System.nanoTime() - start) / 1_000_000);
            checks.add(check);
            each.accept(check);
        }
        return checks;
    }

    private static Check.Result runOne(Probe probe) {
        try {
            return probe.body().run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Check.Result.fail("interrupted");
        } catch (Check.Failed e) {
            return Check.Result.fail(e.getMessage());
        } catch (HttpTimeoutException e) {
            return Check.Result.fail("no answer in time (" + e.getMessage() + ")");
        } catch (Exception e) {
            return Check.Result.fail(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
