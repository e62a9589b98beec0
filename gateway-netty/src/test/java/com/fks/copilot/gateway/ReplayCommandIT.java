package com.fks.copilot.gateway;

import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.CopilotCommand;
import com.fks.copilot.journal.replay.ReplayReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayCommandIT {

    @Test
    void replayOfARecordedDemoReportsTheStateTheLiveRunEndedWith(@TempDir Path dir) throws Exception {
        Path recorded = dir.resolve("recorded");
        ReplayReport live;
        try (CopilotApp app = TestApps.demo(recorded, 0, 60, LocalTime.of(9, 45))) {
            app.awaitFeedFinished();
            live = app.drainAndReport();
        }

        String printed = replay("replay", "--data-dir", recorded.toString(), "--out", dir.resolve("out").toString());

        assertTrue(printed.contains("state digest: " + live.stateDigest()), printed);
        assertTrue(printed.contains("output journal: " + live.output().messages() + " events, digest " + live.output().digest()), printed);
        assertTrue(printed.matches("(?s).*\\nMGC +\\d{4}\\.\\d .*"), "gold's OHLCV row, prices as quoted:\n" + printed);
    }

    @Test
    void replayOfADirectoryWithoutAJournalSaysSoAndFails(@TempDir Path dir) {
        assertEquals(2, new CommandLine(new CopilotCommand()).execute("replay", "--data-dir", dir.resolve("nothing-here").toString()));
    }

    private static String replay(String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(0, new CommandLine(new CopilotCommand()).execute(args));
        } finally {
            System.setOut(original);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
