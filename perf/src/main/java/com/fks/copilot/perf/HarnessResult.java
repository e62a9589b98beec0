package com.fks.copilot.perf;

import org.HdrHistogram.Histogram;

import java.util.Locale;

/**
 * What a harness run measured. Counts cover the measured ticks only (warm-up excluded);
 * {@code latency} holds one value per received measured tick, from its planned send time, nanos.
 *
 * @param threading      the ring's wait strategy as the ring named it
 * @param sendLag        actual minus planned send time of every measured tick sent, nanos (the harness's own lateness)
 * @param droppedClients SSE clients the hub dropped for not draining (0 for the engine point)
 * @param bytesPerTick   heap allocated by all threads of this JVM while sending, per tick sent ({@link HeapAllocation}); negative when unknown
 * @param cpuSteal       share of CPU time the hypervisor took while ticks were sent ({@link CpuSteal})
 */
public record HarnessResult(HarnessOptions options, String threading, long warmupSent, long warmupReceived,
                            long sent, long received, Histogram latency, Histogram sendLag, long droppedClients,
                            long bytesPerTick, String cpuSteal) {

    public long lost() {
        return sent - received;
    }

    public String toText() {
        String to = switch (options.point()) {
            case SSE -> "SSE bytes at a loopback client";
            case FRAME -> "Massive trade frame on loopback WebSocket -> feed client -> ring -> SSE bytes at a loopback client";
            case ENGINE -> "engine state applied";
            case BASELINE -> "recorded on the sending thread (baseline: harness and machine only)";
        };
        String ring = options.point() == MeasuringPoint.BASELINE ? "none" : threading;
        return String.format("tick -> %s, %d ticks/s, ring: %s%n", to, options.ticksPerSecond(), ring)
                + String.format(Locale.ROOT, "  warm-up  %.1f s: sent=%d received=%d (not recorded)%n",
                        options.warmup().toMillis() / 1000.0, warmupSent, warmupReceived)
                + String.format(Locale.ROOT, "  measured %.1f s: sent=%d received=%d lost=%d dropped-clients=%d%n",
                        options.measure().toMillis() / 1000.0, sent, received, lost(), droppedClients)
                + "  latency from planned send: " + LatencyReport.line(latency) + "\n"
                + "  send lag (harness):        " + LatencyReport.line(sendLag) + "\n"
                + "  heap allocated per tick:   " + (bytesPerTick < 0 ? "n/a" : bytesPerTick + " B") + " (all threads, while sending)\n"
                + "  CPU steal while sending:   " + cpuSteal + "\n";
    }
}
