package com.fks.copilot.gateway.verify;

import com.fks.copilot.gateway.verify.Check.Result;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks of this machine rather than the server: the data dir and the server's log. */
public final class LocalChecks {
    /**
     * The first level word among a log line's first tokens: "21:13:57 SEVERE copilot: …" (the app's format),
     * "2026-… [main] ERROR …", "copilot-1  | 21:13:57 SEVERE …" (docker compose logs). Only the first counts,
     * so "INFO copilot: ERROR in a message" is an INFO line.
     */
    private static final Pattern LEVEL = Pattern.compile("^(?:\\S+\\s+){0,4}?\\[?(FINEST|FINER|FINE|CONFIG|TRACE|DEBUG|INFO|WARNING|WARN|ERROR|SEVERE|FATAL)\\]?(?=[\\s:]|$)");
    private static final long MIN_FREE_BYTES = 1L << 30;

    private LocalChecks() {
    }

    /** Lines logged at ERROR, SEVERE or FATAL in {@code log}; SKIP without a log. */
    public static Result logErrors(Path log) throws IOException {
        if (log == null) {
            return Result.skip("no --log FILE given");
        }
        long lines = 0;
        long errors = 0;
        String first = null;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(log), decoder))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                if (isError(line)) {
                    errors++;
                    first = first == null ? line.strip() : first;
                }
            }
        }
        String counted = String.format(Locale.ROOT, "%,d of %,d lines at ERROR/SEVERE/FATAL", errors, lines);
        return Result.of(errors == 0, errors == 0 ? counted : counted + ", first: " + shorten(first));
    }

    /** The data dir holds the journals and has room for a day of them. */
    public static Result dataDir(Path dir) throws IOException {
        if (dir == null) {
            return Result.skip("no --data-dir given");
        }
        if (!Files.isDirectory(dir.resolve("journal").resolve("input"))) {
            return Result.fail("no journal/input under " + dir.toAbsolutePath() + " (has the app run with this --data-dir?)");
        }
        if (!Files.isWritable(dir)) {
            return Result.fail(dir.toAbsolutePath() + " is not writable");
        }
        long free = Files.getFileStore(dir).getUsableSpace();
        String detail = String.format(Locale.ROOT, "%s: journals present, %.1f GiB free", dir.toAbsolutePath(), free / (double) (1L << 30));
        return Result.of(free >= MIN_FREE_BYTES, free >= MIN_FREE_BYTES ? detail : detail + " (under 1 GiB)");
    }

    static boolean isError(String line) {
        var level = LEVEL.matcher(line);
        return level.find() && (level.group(1).equals("ERROR") || level.group(1).equals("SEVERE") || level.group(1).equals("FATAL"));
    }

    private static String shorten(String line) {
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
