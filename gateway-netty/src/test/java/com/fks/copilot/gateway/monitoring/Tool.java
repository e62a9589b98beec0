package com.fks.copilot.gateway.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A command-line tool the monitoring tests run (promtool, prometheus). A missing tool fails the
 * test with what installs it: these tests must not pass by skipping on a machine without them.
 */
record Tool(String name, String installedBy) {
    static final Tool PROMTOOL = new Tool("promtool", "scripts/test installs it (Debian package prometheus)");
    static final Tool PROMETHEUS = new Tool("prometheus", "scripts/test installs it (Debian package prometheus)");

    /** What a finished command printed (stdout and stderr together) and its exit status. */
    record Result(int exit, String output) {
        Result assertSucceeded(String what) {
            assertEquals(0, exit, what + " failed (exit " + exit + "):\n" + output);
            return this;
        }
    }

    /** The tool's absolute path, or the test fails saying how to install it. */
    Path path() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail(name + " is not installed (not on PATH): " + installedBy);
    }

    /** Runs the tool with {@code args} in {@code dir}, {@code stdin} on its standard input (null = none), for at most 2 minutes. */
    Result run(Path dir, String stdin, String... args) throws IOException, InterruptedException {
        return run(dir, stdin, Map.of(), args);
    }

    Result run(Path dir, String stdin, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(path().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Path output = Files.createTempFile("tool-" + name, ".out");
        builder.redirectOutput(output.toFile());
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                fail(String.join(" ", command) + " did not finish within 2 minutes:\n" + Files.readString(output));
            }
            return new Result(process.exitValue(), Files.readString(output));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
