package com.fks.copilot.gateway;

import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.journal.replay.ReplayReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A recorded morning played back into a fresh app's dashboard, paced by its own event time. */
class ReplayIntoDashboardIT {
    @TempDir
    static Path dir;
    static Path recorded;
    static ReplayReport live;
    static String livePage;
    static String liveTradeLog;

    /** Records 09:29:30-09:32:00 ET (150 s of event time) of the demo day. */
    @BeforeAll
    static void recordAMorning() throws Exception {
        recorded = dir.resolve("recorded");
        try (CopilotApp app = TestApps.demo(recorded, 0, 60, LocalTime.of(9, 32))) {
            app.awaitFeedFinished();
            tradeTheMorning(app);
            live = app.drainAndReport();
            livePage = TestApps.get(app, "/api/focus", "text/html").body();
            liveTradeLog = TestApps.get(app, "/api/tradelog/html", "text/html").body();
        }
    }

    /** A journaled MES trade and a Sim101 MGC round trip from two fills (one sent twice), so the day has a trade log. */
    private static void tradeTheMorning(CopilotApp app) throws Exception {
        String opened = TestApps.send(app, "POST", "/trades", "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":1,"
                + "\"entry\":6050.00,\"stop\":6045.00}").body();
        String id = opened.replaceAll(".*\"trade_id\":(\\d+).*", "$1");
        assertEquals(200, TestApps.send(app, "POST", "/trades/" + id + "/close", "{\"exit_price\":6047.50}").statusCode());
        String fills = "{\"account\":\"Sim101\",\"executions\":["
                + "{\"execution_id\":\"r-1\",\"order_id\":\"o-1\",\"instrument\":\"MGC\",\"side\":\"BUY\",\"quantity\":2,"
                + "\"price\":5200.0,\"time\":\"" + TestApps.DAY + "T14:30:10Z\",\"commission\":1.24},"
                + "{\"execution_id\":\"r-2\",\"order_id\":\"o-2\",\"instrument\":\"MGC\",\"side\":\"SELL\",\"quantity\":2,"
                + "\"price\":5203.0,\"time\":\"" + TestApps.DAY + "T14:31:40Z\",\"commission\":1.24}]}";
        assertEquals(200, TestApps.send(app, "POST", "/executions", fills).statusCode());
        assertEquals(200, TestApps.send(app, "POST", "/executions", fills).statusCode()); // NinjaTrader's resend
    }

    private static CopilotApp replay(String name, double speed) throws InterruptedException {
        return CopilotApp.start(new AppSettings(dir.resolve(name), "127.0.0.1", 0, RingThreading.blocking(), 4096, 60,
                new MarketSource.Recorded(recorded, speed)));
    }

    @Test
    void theReplayedDayEndsInTheStateTheRecordedDayEndedIn() throws Exception {
        try (CopilotApp app = replay("as-fast-as-possible", 0)) {
            app.awaitFeedFinished();
            ReplayReport replayed = app.drainAndReport();
            assertEquals(live.stateDigest(), replayed.stateDigest());
            assertEquals(live.output().digest(), replayed.output().digest());
            Document cards = Jsoup.parse(TestApps.get(app, "/api/focus", "text/html").body());
            Document recordedCards = Jsoup.parse(livePage);
            assertEquals(recordedCards.select("[data-field=price]").eachText(), cards.select("[data-field=price]").eachText(),
                    "the dashboard shows the recorded day's last prices");
            Element tradeLog = Jsoup.parse(TestApps.get(app, "/api/tradelog/html", "text/html").body()).selectFirst("#tradelog-panel");
            Element recordedLog = Jsoup.parse(liveTradeLog).selectFirst("#tradelog-panel");
            assertEquals(2, recordedLog.select("tbody tr").size(), recordedLog.outerHtml());
            assertEquals(recordedLog.outerHtml(), tradeLog.outerHtml(), "the same trade log, row for row");
        }
    }

    @Test
    void atSixtyTimesThePricesStreamToTheDashboardAtAMinutePerSecond() throws Exception {
        try (CopilotApp app = replay("sixty-times", 60);
             SseClient sse = new SseClient(app, "/sse/dashboard")) {
            assertNotNull(sse.next("mgc-price", Duration.ofSeconds(10)), "gold's price streams during the replay");
            long started = System.nanoTime();
            app.awaitFeedFinished();
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            // 150 s of event time at 60x is 2.5 s; the pacing never runs ahead of the recorded clock
            assertTrue(seconds >= 1, "paced by event time, not played at once: " + seconds + " s");
            assertEquals("replay (day complete)", app.health().feed());
            assertNotNull(Jsoup.parse(TestApps.get(app, "/", null).body()).selectFirst("#replay-badge"),
                    "the page says it is a replay, not the live market");
        }
    }

    @Test
    void aReplayRefusesADataDirThatAlreadyHoldsAJournal() {
        assertThrows(IllegalStateException.class, () -> CopilotApp.start(new AppSettings(recorded, "127.0.0.1", 0,
                RingThreading.blocking(), 4096, 60, new MarketSource.Recorded(recorded, 0))));
    }
}
