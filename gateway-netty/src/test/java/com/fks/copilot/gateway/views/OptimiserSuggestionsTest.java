package com.fks.copilot.gateway.views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's view of {@code optimize}'s suggestions file: none, read, re-read when it changes, damaged. */
class OptimiserSuggestionsTest {
    private static final String ONE = "{\"from\": \"2026-10-05\", \"to\": \"2026-11-27\", \"trading_days\": 40,"
            + " \"in_sample_days\": 20, \"out_of_sample_days\": 5, \"suggestions\": [{\"symbol\": \"MGC\", \"text\":"
            + " \"MGC: ORB 0.5×ATR, quality ≥ 55 %, stop 1.5×ATR — out-of-sample PF 1.40 over 20 days, 31 trades\"}]}";

    @TempDir
    Path dir;

    @Test
    void noFileIsNoSuggestion() {
        OptimiserSuggestions.Panel panel = new OptimiserSuggestions(dir.resolve("latest.json")).panel();
        assertTrue(panel.empty());
        assertNull(panel.problem());
    }

    @Test
    void theSentencesAndTheDaysTheyComeFromAreShown() throws Exception {
        Path file = Files.writeString(dir.resolve("latest.json"), ONE);
        OptimiserSuggestions.Panel panel = new OptimiserSuggestions(file).panel();
        assertEquals(List.of("MGC: ORB 0.5×ATR, quality ≥ 55 %, stop 1.5×ATR — out-of-sample PF 1.40 over 20 days, 31 trades"),
                panel.lines());
        assertTrue(panel.madeFrom().startsWith("2026-10-05 → 2026-11-27, 40 trading days"), panel.madeFrom());
    }

    @Test
    void aNewerFileIsReadAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("latest.json"), ONE);
        OptimiserSuggestions suggestions = new OptimiserSuggestions(file);
        suggestions.panel();
        Files.writeString(file, ONE.replace("PF 1.40", "PF 0.90"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        assertTrue(suggestions.panel().lines().get(0).contains("PF 0.90"));
    }

    @Test
    void aDamagedFileSaysSoInsteadOfFailingThePage() throws Exception {
        Path file = Files.writeString(dir.resolve("latest.json"), "{\"suggestions\": [");
        OptimiserSuggestions.Panel panel = new OptimiserSuggestions(file).panel();
        assertTrue(panel.empty());
        assertTrue(panel.problem().contains("could not be read"), panel.problem());
    }
}
