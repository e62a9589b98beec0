package com.fks.copilot.gateway;

import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.CopilotCommand;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.journal.replay.RecordedDay;
import com.fks.copilot.journal.replay.ReplayReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** A demo of {@link TestApps#DAY}'s morning after its two prior trading days: three days in the journal. */
    private static ReplayReport recordThreeDays(Path recorded) throws Exception {
        try (CopilotApp app = TestApps.demoWithHistory(recorded, TestApps.DAY, 2, 0, LocalTime.of(9, 29, 30),
                LocalTime.of(9, 45))) {
            app.awaitFeedFinished();
            return app.drainAndReport();
        }
    }

    @Test
    void replayOfOneTradingDayEndsWhereTheLiveRunEndedThatDay(@TempDir Path dir) throws Exception {
        Path recorded = dir.resolve("recorded");
        ReplayReport live = recordThreeDays(recorded);

        String printed = replay("replay", "--data-dir", recorded.toString(), "--day", TestApps.DAY.toString(),
                "--out", dir.resolve("out").toString());

        assertTrue(printed.contains("state digest: " + live.stateDigest()), "the two days before it applied first:\n" + printed);
        long dayEvents = Long.parseLong(printed.replaceAll("(?s)^events: (\\d+).*", "$1"));
        assertTrue(dayEvents < live.events(), "the report counts the day's events, not the days before: " + printed);
        assertEquals(2, new CommandLine(new CopilotCommand()).execute("replay", "--data-dir", recorded.toString(),
                "--day", TestApps.DAY.plusDays(1).toString()), "a day the journal does not hold");
    }

    @Test
    void aDayServedToTheDashboardStreamsOnlyThatDaysPrices(@TempDir Path dir) throws Exception {
        Path recorded = dir.resolve("recorded");
        ReplayReport live = recordThreeDays(recorded);
        long dayStarts = RecordedDay.of(recorded, TestApps.DAY).startsNanos();
        try (CopilotApp app = CopilotApp.start(new AppSettings(dir.resolve("served"), "127.0.0.1", 0,
                RingThreading.blocking(), 4096, 60, new MarketSource.Recorded(recorded, 20_000, TestApps.DAY))); // the day includes its overnight: ~3 s
             SseClient browser = new SseClient(app, "/sse/dashboard")) {
            app.awaitFeedFinished();
            assertEquals(live.stateDigest(), app.drainAndReport().stateDigest(), "the prior days applied, then the day");
            List<SseClient.Frame> prices = browser.drain(100_000, Duration.ofSeconds(2)).stream()
                    .filter(frame -> frame.event().endsWith("-price")).toList();
            assertFalse(prices.isEmpty(), "the day's prices streamed");
            for (SseClient.Frame price : prices) {
                long minute = Long.parseLong(price.data().replaceAll("(?s).*\"minute\":(\\d+).*", "$1").strip());
                assertTrue(minute * 1_000_000_000L >= dayStarts - 60_000_000_000L, "a prior day's price streamed: " + price.data());
            }
        }
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
