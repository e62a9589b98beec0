package com.fks.copilot.perf;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Runs every JMH benchmark of this module with the GC profiler, forks started with the Chronicle
 * flags ({@link JvmFlags}), and prints JMH's table followed by ratios against baselines measured in
 * the same run.
 *
 * <pre>
 * PerfSuite [--quick] [--include REGEX] [--json FILE]
 *   --quick   1 fork, 2 warm-up + 3 measurement iterations of 1 s (CI; about a minute in all)
 *   default   the iterations and forks on each benchmark's annotations
 * </pre>
 */
public final class PerfSuite {
    private static final String ALL = "com\\.fks\\.copilot\\.perf\\.(EngineTick|RingTick|JournalAppend|FeedDecode|DashboardPublish)Benchmark\\.";

    private PerfSuite() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean quick = false;
        String include = ALL;
        String json = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--include" -> include = args[++i];
                case "--json" -> json = args[++i];
                default -> {
                    System.err.println("usage: PerfSuite [--quick] [--include REGEX] [--json FILE]");
                    System.exit(2);
                }
            }
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .addProfiler(GCProfiler.class)
                .jvmArgsAppend(JvmFlags.load())
                .shouldFailOnError(true);
        if (quick) {
            options.forks(1)
                    .warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1));
        }
        if (json != null) {
            options.resultFormat(ResultFormatType.JSON).result(json);
        }
        CpuSteal before = CpuSteal.now();
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.print(ratios(results));
        System.out.println("CPU steal during the run (hypervisor): " + CpuSteal.now().since(before));
    }

    /** Mean of each measured benchmark against its same-run baseline. */
    static String ratios(Collection<RunResult> results) {
        Map<String, Result<?>> byLabel = new LinkedHashMap<>();
        for (RunResult run : results) {
            String name = run.getParams().getBenchmark().replaceFirst(".*\\.perf\\.", "");
            String strategy = run.getParams().getParam("waitStrategy");
            String mode = run.getParams().getMode().shortLabel();
            byLabel.put(name + (strategy == null ? "" : "[" + strategy + "]") + ":" + mode, run.getPrimaryResult());
        }
        StringBuilder text = new StringBuilder("\nRatios against baselines of this run (means):\n");
        ratio(text, byLabel, "EngineTickBenchmark.apply:avgt", "EngineTickBenchmark.fillOnly:avgt");
        ratio(text, byLabel, "EngineTickBenchmark.applyAndPersist:avgt", "EngineTickBenchmark.fillOnly:avgt");
        ratio(text, byLabel, "EngineTickBenchmark.applyAndPersist:avgt", "EngineTickBenchmark.apply:avgt");
        ratio(text, byLabel, "EngineTickBenchmark.applyAndPersistClosingBar:avgt", "EngineTickBenchmark.applyAndPersist:avgt");
        for (String strategy : new String[] {"blocking", "yielding"}) {
            String ring = "RingTickBenchmark.tickToEngineState[" + strategy + "]:sample";
            ratio(text, byLabel, ring, "JournalAppendBenchmark.append:avgt");
            ratio(text, byLabel, ring, "EngineTickBenchmark.applyAndPersist:avgt");
        }
        return text.toString();
    }

    private static void ratio(StringBuilder text, Map<String, Result<?>> byLabel, String measured, String baseline) {
        Result<?> m = byLabel.get(measured);
        Result<?> b = byLabel.get(baseline);
        if (m == null || b == null) {
            return;
        }
        double mNanos = nanos(m);
        double bNanos = nanos(b);
        text.append(String.format(Locale.ROOT, "  %-58s %10.1f ns / %-42s %10.1f ns = %8.1fx%n",
                measured, mNanos, baseline, bNanos, mNanos / bNanos));
    }

    private static double nanos(Result<?> result) {
        String unit = result.getScoreUnit();
        double score = result.getScore();
        if (unit.startsWith("us/")) {
            return score * 1_000;
        }
        if (unit.startsWith("ms/")) {
            return score * 1_000_000;
        }
        return score;
    }
}
