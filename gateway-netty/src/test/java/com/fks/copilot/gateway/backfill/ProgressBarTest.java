package com.fks.copilot.gateway.backfill;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressBarTest {

    @Test
    void shouldFillTheBarInProportionToTheChunksDone() {
        assertEquals("[" + "#".repeat(10) + "-".repeat(20) + "]", ProgressBar.bar(2, 6));
        assertEquals("[" + "#".repeat(30) + "]", ProgressBar.bar(6, 6));
    }

    @Test
    void shouldShowAFullBarForASymbolAlreadyUpToDate() {
        assertEquals("[" + "#".repeat(30) + "]", ProgressBar.bar(0, 0));
    }

    @Test
    void shouldRedrawInPlaceAndCountTheNewBarsPerSymbol() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Instant t = Instant.parse("2026-11-17T14:00:00Z");

        bar.symbolStarted("MGC", t, t, 2, 0);
        bar.chunkStored("MGC", 1, 2, "MGCZ6", 1_380, 1_380, t);
        bar.chunkStored("MGC", 2, 2, "MGCZ6", 900, 840, t);
        bar.symbolFinished(new SymbolResult("MGC", 2_220, 2_220, t, null));

        String[] frames = bytes.toString(StandardCharsets.UTF_8).split("\r");
        assertTrue(frames[3].startsWith("MGC  [" + "#".repeat(30) + "]   2/2   chunks     2,220 bars new"), frames[3]);
        assertTrue(frames[3].contains("done, 2220 stored"), frames[3]);
    }
}
