package com.fks.copilot.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A reading of the aggregate {@code cpu} line of Linux {@code /proc/stat}: how much CPU time the
 * hypervisor took from this VM ({@code steal}) out of all CPU time. Tells a noisy host from a slow
 * program when a latency tail is read. Zeroes where {@code /proc/stat} is unavailable.
 *
 * @param steal CPU time stolen, USER_HZ ticks
 * @param total all CPU time (user … steal), USER_HZ ticks
 */
public record CpuSteal(long steal, long total) {
    private static final Path PROC_STAT = Path.of("/proc/stat");

    public static CpuSteal now() {
        try {
            List<String> lines = Files.readAllLines(PROC_STAT);
            String[] f = lines.get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new CpuSteal(f.length > 8 ? Long.parseLong(f[8]) : 0, total);
        } catch (IOException | RuntimeException e) {
            return new CpuSteal(0, 0);
        }
    }

    /** Stolen share of CPU time since {@code earlier}, e.g. {@code "12.3%"}, or {@code "n/a"}. */
    public String since(CpuSteal earlier) {
        long elapsed = total - earlier.total;
        if (elapsed <= 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * (steal - earlier.steal) / elapsed);
    }
}
