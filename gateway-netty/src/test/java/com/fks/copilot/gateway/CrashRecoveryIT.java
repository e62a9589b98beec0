package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 in the middle of a trading morning: a child JVM runs the demo, is killed while the
 * feed is still publishing, and is started again on the same data dir. The day it finishes must
 * equal a run that was never interrupted: same state digest, same output journal.
 */
class CrashRecoveryIT {
    private static final List<String> DAY = List.of("--date", "2026-11-24", "--start", "09:29", "--end", "09:49",
            "--seed", "7", "--port", "0", "--wait-strategy", "blocking");

    @Test
    void restartAfterKillMinus9EndsTheDayExactlyAsAnUninterruptedRun(@TempDir Path dir) throws Exception {
        Path crashed = dir.resolve("crashed");
        Process victim = copilot(crashed, "--speed", "100");
        int port = awaitReady(victim);
        long processedAtKill = awaitEventsProcessed(port, 5_000);
        victim.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        assertTrue(processedAtKill > 0);

        String restart = run(copilot(crashed, "--speed", "max", "--exit-at-end"));
        assertTrue(restart.contains("the last run did not stop cleanly (state recovered)"), "the log says so:\n" + restart);
        Report recovered = Report.of(restart);
        Report uninterrupted = Report.of(run(copilot(dir.resolve("whole"), "--speed", "max", "--exit-at-end")));

        System.out.printf("killed at %d events processed; recovered run %s; uninterrupted %s%n", processedAtKill, recovered, uninterrupted);
        assertTrue(uninterrupted.events > processedAtKill, "killed mid-feed: " + processedAtKill + " of " + uninterrupted.events);
        assertEquals(uninterrupted.events, recovered.events, "events applied");
        assertEquals(uninterrupted.stateDigest, recovered.stateDigest, "final engine state");
        assertEquals(uninterrupted.output, recovered.output, "output journal: every derived event once");
    }

    private static Process copilot(Path dataDir, String... extra) throws IOException {
        List<String> options = new ArrayList<>(DAY);
        options.addAll(List.of(extra));
        return ChildCopilot.demo(dataDir, options);
    }

    private static int awaitReady(Process process) throws IOException {
        return ChildCopilot.awaitReady(process);
    }

    private static long awaitEventsProcessed(int port, long atLeast) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long processed = json.readTree(body).get("events_processed").asLong();
            if (processed >= atLeast) {
                return processed;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("feed too slow to reach " + atLeast + " events");
    }

    private static String run(Process process) throws Exception {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "child finished");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** The lines {@code --exit-at-end} prints. */
    private record Report(long events, String stateDigest, String output) {
        static Report of(String text) {
            Matcher events = Pattern.compile("events: (\\d+)").matcher(text);
            Matcher state = Pattern.compile("state digest: (\\w+)").matcher(text);
            Matcher output = Pattern.compile("output journal: (\\d+ events, digest \\w+)").matcher(text);
            assertTrue(events.find() && state.find() && output.find(), text);
            return new Report(Long.parseLong(events.group(1)), state.group(1), output.group(1));
        }
    }
}
