package com.fks.copilot.gateway.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code copilot optimize} last suggested for this data dir, for the dashboard: a sentence per contract and the
 * days it was made from. Read from its file when that changed since the last look; a missing or unreadable file is
 * "no suggestion" (with the reason for a damaged one), never an error on the page.
 */
public final class OptimiserSuggestions {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @param lines one sentence per contract; {@code madeFrom} the history and days they come from; null when none */
    public record Panel(List<String> lines, String madeFrom, String problem) {
        static final Panel NONE = new Panel(List.of(), null, null);

        public boolean empty() {
            return lines.isEmpty();
        }
    }

    /** For a server without a data dir (tests of the routes alone): never a suggestion. */
    public static final OptimiserSuggestions NONE = new OptimiserSuggestions(Path.of("/nonexistent/suggestions.json"));

    private final Path file;
    private FileTime readAt;
    private Panel panel = Panel.NONE;

    public OptimiserSuggestions(Path file) {
        this.file = file;
    }

    /** The suggestions as the file holds them now. */
    public synchronized Panel panel() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(readAt)) {
                panel = read(JSON.readTree(file.toFile()));
                readAt = modified;
            }
        } catch (NoSuchFileException e) {
            panel = Panel.NONE;
            readAt = null;
        } catch (IOException | RuntimeException e) {
            panel = new Panel(List.of(), null, file + " could not be read: " + e.getMessage());
            readAt = null;
        }
        return panel;
    }

    private static Panel read(JsonNode root) {
        List<String> lines = new ArrayList<>();
        root.path("suggestions").forEach(s -> lines.add(s.path("text").asText()));
        String madeFrom = root.path("from").asText() + " → " + root.path("to").asText() + ", "
                + root.path("trading_days").asInt() + " trading days, " + root.path("in_sample_days").asInt() + " in-sample + "
                + root.path("out_of_sample_days").asInt() + " out-of-sample days a fold";
        return new Panel(List.copyOf(lines), madeFrom, null);
    }
}
