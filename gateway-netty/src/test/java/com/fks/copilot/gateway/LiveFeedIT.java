package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.MarketSource;
import com.fks.copilot.gateway.feed.FakeMassiveFeed;
import com.fks.copilot.gateway.feed.FeedSettings;
import com.fks.copilot.gateway.massive.FakeMassive;
import com.fks.copilot.gateway.massive.FuturesContract;
import com.fks.copilot.gateway.massive.MassiveSettings;
import com.fks.copilot.journal.history.GlobexSchedule;
import com.fks.copilot.journal.replay.ReplayReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app on the live feed path: a fake Massive (REST listing + WebSocket) on loopback → front
 * months → WebSocket client → ring → journal → engine → /health and the dashboard in Chromium.
 */
class LiveFeedIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private FakeMassive rest;
    private FakeMassiveFeed socket;
    private CopilotApp app;
    private ChromeDriver browser;
    private long q;

    @BeforeEach
    void start() throws Exception {
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        rest = new FakeMassive(now.minusSeconds(3600), now.plusSeconds(3600), 500)
                .listing("MGC", new FuturesContract("MGCG7", "MGC", null, today.plusDays(100)),
                        new FuturesContract("MGCZ6", "MGC", null, today.plusDays(40)));
        socket = new FakeMassiveFeed(FakeMassive.KEY);
        startApp();
    }

    private void startApp() throws Exception {
        startApp(FeedSettings.of(socket.url(), FakeMassive.KEY, Map.of(), 8).withWarmUp(Duration.ZERO));
    }

    private void startApp(FeedSettings feed) throws Exception {
        app = CopilotApp.start(new AppSettings(dir.resolve("data"), "127.0.0.1", 0, RingThreading.blocking(), 4096, 30,
                new MarketSource.Massive(feed, MassiveSettings.of(rest.url(), FakeMassive.KEY, 0))));
        TestAwait.until(() -> socket.subscribedClients() == 1);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
        socket.close();
        rest.close();
    }

    private void trade(String price) {
        trade(price, System.currentTimeMillis());
    }

    private void trade(String price, long timeMillis) {
        socket.push("[" + FakeMassiveFeed.trade("MGCZ6", price, 1, timeMillis, ++q) + "]");
    }

    @Test
    void healthShowsTheFeedConnectedAuthenticatedAndItsFrontMonth() throws Exception {
        TestAwait.until(() -> health().path("feed_status").path("state").asText().equals("live"));

        JsonNode health = health();
        JsonNode status = health.path("feed_status");
        assertEquals("massive (real-time)", health.path("feed").asText());
        assertTrue(status.path("connected").asBoolean() && status.path("authenticated").asBoolean());
        assertEquals(0, status.path("reconnects").asLong());
        assertEquals("MGCZ6", status.path("contracts").get(0).path("data_symbol").asText());
        assertEquals("T.MGCZ6,AM.MGCZ6", socket.subscriptions().get(0));
    }

    @Test
    void aTradeFromTheFeedReachesTheEngineUnscaled() throws Exception {
        trade("4012.3");

        TestAwait.until(() -> card().path("price").asText().equals("4012.3"));
        assertEquals(1, health().path("feed_status").path("trades").asLong());
        assertTrue(health().path("feed_status").path("last_message_age_ms").isNumber());
    }

    @Test
    void aRestartFillsTheMinutesTheAppWasDownFromTheJournalsLastTick() throws Exception {
        long now = System.currentTimeMillis();
        long before = now - 4 * 60_000;
        trade("4012.3", before);
        TestAwait.until(() -> card().path("trades").asLong() == 1);
        app.close();
        TestAwait.until(() -> socket.subscribedClients() == 0);

        startApp();
        trade("4013.1", now);

        TestAwait.until(() -> card().path("price").asText().equals("4013.1"));
        long missedMinutes = java.util.stream.LongStream.range(before / 60_000 + 1, now / 60_000)
                .filter(m -> GlobexSchedule.isOpen(Instant.ofEpochSecond(m * 60))).count(); // the fake serves open minutes only
        TestAwait.until(() -> rest.aggregateRequests().size() == 1); // the fake logs a request after answering it
        assertEquals(Instant.ofEpochMilli((before / 60_000 + 1) * 60_000), rest.aggregateRequests().get(0).gte(),
                "from the minute after the journal's last tick");
        long firstTradeCounted = cmeTradingDay(before).equals(cmeTradingDay(now)) ? 1 : 0;
        assertEquals(firstTradeCounted + 4 * missedMinutes + 1, card().path("trades").asLong(),
                "4 ticks per missed bar, between the two trades (the first is yesterday's when 18:00 ET lies between)");
    }

    /** The CME trading day starts at 18:00 ET; the card counts the trades of the current one. */
    private static LocalDate cmeTradingDay(long epochMillis) {
        ZonedDateTime et = Instant.ofEpochMilli(epochMillis).atZone(ZoneId.of("America/New_York"));
        return et.getHour() >= 18 ? et.toLocalDate().plusDays(1) : et.toLocalDate();
    }

    @Test
    void theDashboardShowsTheFeedStateAndTheFeedsPriceOnTheGoldCard() throws Exception {
        HeadlessChromium.requireInstalled();
        browser = HeadlessChromium.start(dir);
        browser.get(TestApps.uri(app, "/").toString());
        browser.executeScript("window.loadMarker = 'same-page';");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElement(By.id("connection")).getText().equals("live"));
        wait.until(d -> d.findElement(By.cssSelector("#feed-state .feed")).getAttribute("data-state").equals("live"));

        trade("4012.3");
        wait.until(d -> goldPrice().equals("4012.3"));
        trade("4013.1");
        wait.until(d -> goldPrice().equals("4013.1"));

        assertEquals("same-page", browser.executeScript("return window.loadMarker;"), "updated by SSE, not a reload");
        // only gold is listed by this fake Massive: the Nasdaq card has no bars and says so in words
        wait.until(d -> "true".equals(d.findElement(By.id("chart-MNQ")).getAttribute("data-empty")));
        assertEquals("\"No trades yet for this contract: no chart\"", browser.executeScript(
                "return getComputedStyle(document.getElementById('chart-MNQ'), '::after').content;"));
        wait.withMessage(() -> "gold traded: its chart, no words")
                .until(d -> "false".equals(d.findElement(By.id("chart-MGC")).getAttribute("data-empty")));
        assertTrue(browser.findElement(By.id("feed-state")).getText().startsWith("live · real-time"),
                browser.findElement(By.id("feed-state")).getText());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "dashboard-live-feed.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private String goldPrice() {
        return (String) browser.executeScript(
                "return document.querySelector('[data-symbol=MGC] [data-field=price]').textContent.trim();");
    }

    /** Without a database: the fake serves eight days of gold; the app warms up a week from the REST aggregates. */
    private void startWithAWeekOfHistory() throws Exception {
        app.close();
        rest.close();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now();
        rest = new FakeMassive(now.minus(Duration.ofDays(8)), now.plusSeconds(3600), 5_000)
                .listing("MGC", new FuturesContract("MGCZ6", "MGC", null, today.plusDays(40)));
    }

    @Test
    void withoutADatabaseAWeekOfRestBarsWarmsUpTheRunAndThePlanIsOnTheCardWithinThirtySeconds() throws Exception {
        startWithAWeekOfHistory();
        long started = System.nanoTime();
        startApp(FeedSettings.of(socket.url(), FakeMassive.KEY, Map.of(), 8));
        long deadline = started + Duration.ofSeconds(30).toNanos();
        while (card().path("plan").path("rank").asInt() < 1) {
            assertTrue(System.nanoTime() < deadline, "no plan within 30 s"); // /health is rate limited: not polled
            Thread.sleep(200);
        }
        System.out.printf("REST warm-up: plan on the gold card %.1f s after start%n", (System.nanoTime() - started) / 1e9);
        JsonNode warmUp = health().path("feed_status").path("warm_up");
        assertEquals("done", warmUp.path("state").asText(), warmUp.toString());
        assertTrue(warmUp.path("bars").asLong() > 4_000, "a week of open Globex minutes: " + warmUp);
        assertTrue(card().path("plan").path("basis").asText().contains("five-minute bars"), card().toString());

        trade("4012.3"); // the first live trade comes after the history
        TestAwait.until(() -> card().path("price").asText().equals("4012.3"));

        ReplayReport live = app.drainAndReport();
        app.close();
        app = null;
        try (CopilotApp replay = CopilotApp.start(new AppSettings(dir.resolve("replay"), "127.0.0.1", 0,
                RingThreading.blocking(), 4096, 30, new MarketSource.Recorded(dir.resolve("data"), 0)))) {
            replay.awaitFeedFinished();
            assertEquals(live.stateDigest(), replay.drainAndReport().stateDigest(), "the warm-up is in the journal: no network");
        }
    }

    @Test
    void aWarmUpThatKeepsFailingIsReportedAndTheLiveTradesFlowWithoutIt() throws Exception {
        startWithAWeekOfHistory();
        rest.malformNextAggregates(100);
        startApp(FeedSettings.of(socket.url(), FakeMassive.KEY, Map.of(), 8));
        trade("4012.3");
        // four attempts, 1, 2 and 4 s apart, then the held trade goes out
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!card().path("price").asText().equals("4012.3")) {
            assertTrue(System.nanoTime() < deadline, "the live trade is not held forever");
            Thread.sleep(200);
        }
        JsonNode warmUp = health().path("feed_status").path("warm_up");
        assertEquals("failed", warmUp.path("state").asText(), warmUp.toString());
        assertTrue(warmUp.path("last_error").asText().contains("MGCZ6 (attempt 4 of 4)"), warmUp.toString());
        String badge = TestApps.get(app, "/feed/status", "text/html").body();
        assertTrue(badge.contains("history not loaded"), "the dashboard says so: " + badge);
    }

    private JsonNode health() throws Exception {
        return JSON.readTree(TestApps.get(app, "/health", null).body());
    }

    private JsonNode card() throws Exception {
        return JSON.readTree(TestApps.get(app, "/api/focus/MGC", "application/json").body());
    }
}
