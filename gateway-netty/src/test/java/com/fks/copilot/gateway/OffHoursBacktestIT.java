package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.event.BacktestKind;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.replay.JournalDigest;
import com.fks.copilot.journal.replay.OutputJournalReader;
import com.fks.copilot.journal.replay.Replay;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fresh demo (Tuesday 24 November 2026 after three prior trading days, seed 42) played to 12:10 ET: the session
 * turns OFF-HOURS at 12:00, the app backtests its own journal's days on its worker, and the result is journaled,
 * served at {@code /api/backtest/latest} and {@code /backtest}, still there after a restart, and reproduced by a replay.
 */
class OffHoursBacktestIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path dataDir;
    private static JsonNode served;
    private static String page;

    @BeforeAll
    static void playADemoIntoOffHours() throws Exception {
        dataDir = dir.resolve("demo");
        try (CopilotApp app = TestApps.demoWithHistory(dataDir, TestApps.DAY, 3, 0, LocalTime.of(9, 29, 30),
                LocalTime.of(12, 10))) {
            app.awaitFeedFinished();
            served = JSON.readTree(TestApps.awaitBacktest(app));
            page = TestApps.get(app, "/backtest", "text/html").body();
        }
    }

    @Test
    void theRunCoversTheJournalsOwnTradingDaysUpToTheDayThatEnded() {
        assertEquals(TestApps.DAY.toString(), served.path("to").asText());
        List<String> days = new ArrayList<>();
        served.path("days").forEach(d -> days.add(d.asText()));
        assertEquals(served.path("trading_days").asInt(), days.size());
        assertTrue(days.size() >= 4, "three prior days and the day itself: " + days);
        assertEquals(days.get(0), served.path("from").asText());
        assertEquals(served.path("trades").asInt(), served.path("trade_list").size(), "every trade of the run arrived");
        assertTrue(served.path("trades").asInt() > 0, "the demo's days give the rules trades: " + served.path("total"));
    }

    @Test
    void eachContractHasAnEquityCurveAndADrawdownThatNeverRisesAboveZero() {
        assertEquals(6, served.path("curves").size(), served.path("curves").toString());
        for (JsonNode curve : served.path("curves")) {
            int points = curve.path("times").size();
            assertEquals(points, curve.path("equity").size());
            assertEquals(points, curve.path("drawdown").size());
            curve.path("drawdown").forEach(d -> assertTrue(d.decimalValue().signum() <= 0, curve.toString()));
        }
    }

    @Test
    void theBacktestPageListsEveryTradeAndHasBothChartsPerContract() {
        Document html = Jsoup.parse(page);
        assertEquals(served.path("trades").asInt(), html.select("#backtest-trades tbody tr").size());
        for (JsonNode curve : served.path("curves")) {
            String symbol = curve.path("symbol").asText();
            assertNotNull(html.getElementById("equity-" + symbol), symbol);
            assertNotNull(html.getElementById("drawdown-" + symbol), symbol);
        }
        Element script = html.selectFirst("script[src=/static/backtest.js]");
        assertNotNull(script, "the charts are drawn by the app's own script, no CDN");
        assertTrue(html.select("script[src^=http], link[href^=http]").isEmpty(), "nothing is loaded from elsewhere");
    }

    @Test
    void theOutputJournalHoldsTheRunAfterItsTradesOnce() {
        List<Byte> kinds = new ArrayList<>();
        try (SingleChronicleQueue output = Journals.open(Journals.outputDir(dataDir))) {
            OutputJournalReader.readAll(output, e -> {
                if (e.type == DerivedEvent.BACKTEST_RESULT) {
                    kinds.add((byte) e.code);
                }
            });
        }
        assertEquals(served.path("trades").asInt() + 1, kinds.size(), "the trades and one run: the prior days start none");
        assertEquals(BacktestKind.RUN, kinds.get(kinds.size() - 1));
    }

    @Test
    void aDemoThatExitsWhenItsDayEndsReportsTheDayWithItsBacktest() throws Exception {
        Path exiting = dir.resolve("exit-at-end");
        try (CopilotApp app = TestApps.demoWithHistory(exiting, TestApps.DAY, 1, 0, LocalTime.of(11, 55),
                LocalTime.of(12, 5))) {
            app.awaitFeedFinished();
            app.awaitOffHoursWork(); // what `demo --exit-at-end` does before its report
            app.drainAndReport();
        }
        long[] runs = new long[1];
        try (SingleChronicleQueue output = Journals.open(Journals.outputDir(exiting))) {
            OutputJournalReader.readAll(output, e -> runs[0] += e.type == DerivedEvent.BACKTEST_RESULT
                    && e.code == BacktestKind.RUN ? 1 : 0);
        }
        assertEquals(1, runs[0], "the run is in the output journal before the report is made");
    }

    @Test
    void aRestartServesTheSameRunFromTheOutputJournal() throws Exception {
        try (CopilotApp again = TestApps.demoWithHistory(dataDir, TestApps.DAY, 3, 0, LocalTime.of(9, 29, 30),
                LocalTime.of(12, 10))) {
            HttpResponse<String> answer = TestApps.get(again, "/api/backtest/latest", "application/json");
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(served, JSON.readTree(answer.body()));
        }
    }

    @Test
    void aReplayOfTheInputJournalReproducesTheResultsWithoutRunningThemAgain() {
        JournalDigest live;
        try (SingleChronicleQueue output = Journals.open(Journals.outputDir(dataDir))) {
            live = JournalDigest.of(output);
        }
        assertEquals(live, Replay.run(dataDir, dir.resolve("replay")).output());
    }
}
