package com.fks.copilot.gateway;

import com.fks.copilot.gateway.app.CopilotCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code copilot demo} in a child JVM of this test's class path, so a test can {@code kill -9} it. */
final class ChildCopilot {
    private static final Pattern READY = Pattern.compile("ready: http://127\\.0\\.0\\.1:(\\d+)/");

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
}
