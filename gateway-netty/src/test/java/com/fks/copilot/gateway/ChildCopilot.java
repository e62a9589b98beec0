package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.gateway.app.CopilotCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code copilot demo} in a child JVM of this test's class path, so a test can {@code kill -9} it. */
final class ChildCopilot {
    private static final Pattern READY = Pattern.compile("ready: http://127\\.0\\.0\\.1:(\\d+)/");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChildCopilot() {
    }

    static Process demo(Path dataDir, List<String> options) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CopilotCommand.class.getName());
        command.add("demo");
        command.add("--data-dir");
        command.add(dataDir.toString());
        command.addAll(options);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** The port the child serves on, once it says it is ready; its later output is drained. */
    static int awaitReady(Process process) throws IOException {
        Matcher ready = READY.matcher(outputUntilReady(process));
        if (!ready.find()) {
            throw new AssertionError("no port in the ready line");
        }
        return Integer.parseInt(ready.group(1));
    }

    /** What the child wrote up to and including its ready line; its later output is drained. */
    static String outputUntilReady(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (READY.matcher(line).find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return seen.toString();
            }
        }
        throw new AssertionError("child never became ready:\n" + seen);
    }

    /** Everything a child that runs to its end ({@code --exit-at-end}) prints; it must end with status 0. */
    static String runToExit(Process process) throws Exception {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "child finished");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** The child's {@code /health} (poll it faster than once a second only with {@code --rate-limits off}). */
    static JsonNode health(int port) throws Exception {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        return JSON.readTree(health.body());
    }

    /** Polls {@code /health} until {@code events_processed} is {@code atLeast} or more, and returns it. */
    static long awaitEventsProcessed(int port, long atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            long processed = health(port).get("events_processed").asLong();
            if (processed >= atLeast) {
                return processed;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("feed too slow to reach " + atLeast + " events");
    }

    /**
     * Reads all a child prints on a thread of its own, for a test that may kill it before, while or after it gets
     * ready: {@link #port} completes at its ready line, {@link #output} holds everything once it has ended.
     */
    static final class Watched {
        private final Process process;
        private final StringBuffer output = new StringBuffer();
        private final CompletableFuture<Integer> port = new CompletableFuture<>();
        private final Thread reader;

        Watched(Process process) {
            this.process = process;
            this.reader = new Thread(this::read, "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    output.append(line).append('\n');
                    Matcher ready = READY.matcher(line);
                    if (ready.find()) {
                        port.complete(Integer.parseInt(ready.group(1)));
                    }
                }
            } catch (IOException ended) {
                // the child was killed mid-line: what was read is kept
            } finally {
                port.completeExceptionally(new AssertionError("child ended before it was ready:\n" + output));
            }
        }

        /** Completes with the port the child serves on once it says it is ready. */
        CompletableFuture<Integer> port() {
            return port;
        }

        /** {@code kill -9}: no shutdown hook runs. Returns once the child and its output have ended. */
        Watched kill() throws InterruptedException {
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "a killed child ends");
            reader.join(TimeUnit.SECONDS.toMillis(30));
            return this;
        }

        /** What the child printed; complete once it has ended (see {@link #kill}). */
        String output() {
            return output.toString();
        }
    }
}
