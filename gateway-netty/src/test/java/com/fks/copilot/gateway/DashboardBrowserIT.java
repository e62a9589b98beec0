package com.fks.copilot.gateway;

import com.fks.copilot.gateway.app.CopilotApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard in a real headless Chromium: cards tick through SSE without a page reload. */
class DashboardBrowserIT {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;
    private CopilotApp app;
    private ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        HeadlessChromium.requireInstalled();
        app = TestApps.demo(dir.resolve("data"), 5, 30);
        browser = HeadlessChromium.start(dir);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void goldCardPriceChangesThroughSseWithoutReload() throws Exception {
        browser.get(TestApps.uri(app, "/").toString());
        browser.executeScript("window.loadMarker = 'same-page';");
        WebDriverWait wait = waiting();
        wait.until(d -> d.findElement(By.id("connection")).getText().equals("live"));

        List<?> first = goldCard();
        wait.until(d -> {
            List<?> now = goldCard();
            return !now.get(0).equals(first.get(0)) && !now.get(1).equals(first.get(1));
        });

        assertEquals("same-page", browser.executeScript("return window.loadMarker;"), "updated by SSE, not a reload");
        String price = (String) goldCard().get(1);
        assertTrue(price.matches("\\d{4}\\.\\d"), "gold as quoted, one decimal, never scaled: " + price);
        assertFalse(text("clock").contains("-"), "the live ET clock runs");
        assertTrue(text("session-banner").contains("ACTIVE"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("dashboard.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void pageLoadsWithNoConsoleErrorAndNoRequestToAnotherHost() {
        browser.get(TestApps.uri(app, "/").toString());
        WebDriverWait wait = waiting();
        wait.until(d -> d.findElement(By.id("connection")).getText().equals("live"));
        wait.until(d -> !goldCard().get(1).equals("—"));

        assertEquals(List.of(), HeadlessChromium.consoleWarnings(browser), "console warnings and errors");
        List<String> requested = HeadlessChromium.requested(browser);
        String origin = "http://127.0.0.1:" + app.port() + "/";
        assertTrue(requested.size() >= 4, "htmx, sse, app.js and app.css at least: " + requested);
        for (String url : requested) {
            assertTrue(url.startsWith(origin), "only this server: " + url);
        }
    }

    @Test
    void titleShowsTheTopFocusAssetAndItsLivePrice() {
        browser.get(TestApps.uri(app, "/").toString());
        WebDriverWait wait = waiting();
        wait.until(d -> !goldCard().get(1).equals("—"));
        wait.until(d -> {
            String[] top = topCard();
            return browser.getTitle().equals(top[0] + " " + top[1] + " · FKS Co-Pilot");
        });
    }

    @Test
    void everyCardAndPanelTakesKeyboardFocusInReadingOrder() {
        browser.get(TestApps.uri(app, "/").toString());
        WebDriverWait wait = waiting();
        wait.until(d -> d.findElement(By.id("connection")).getText().equals("live"));
        List<String> focused = new ArrayList<>();
        Actions keyboard = new Actions(browser);
        for (int i = 0; i < 13; i++) {
            keyboard.sendKeys(Keys.TAB).perform();
            focused.add((String) browser.executeScript("return document.activeElement.id;"));
        }
        assertEquals(List.of("card-MGC", "card-MNQ", "card-MES", "card-MCL", "card-SIL", "card-MHG",
                "positions-panel", "risk-panel", "tradelog-panel", "log-trade-toggle", "alerts-panel", "grok-briefing-toggle",
                "orb-panel"), focused.subList(0, 13), "cards in rank order (registry order before the first plan), then the side panels");
    }

    @Test
    void aNarrowWindowStacksEverythingInOneColumnWithoutSidewaysScrolling() throws Exception {
        browser.manage().window().setSize(new Dimension(420, 900));
        browser.get(TestApps.uri(app, "/").toString());
        WebDriverWait wait = waiting();
        wait.until(d -> !goldCard().get(1).equals("—"));
        long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
        assertTrue(scrollWidth <= viewport, "no sideways scrolling: " + scrollWidth + " > " + viewport);
        List<?> left = (List<?>) browser.executeScript("return ['card-MGC', 'card-MNQ'].map(function (id) {"
                + " return Math.round(document.getElementById(id).getBoundingClientRect().left); });");
        assertEquals(left.get(0), left.get(1), "one column of cards");
        fullPageScreenshot("dashboard-narrow.png");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("dashboard-narrow-top.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void positionsFromTheBridgeAndTheNoTradeBannerAppearAndClearLive() throws Exception {
        browser.get(TestApps.uri(app, "/").toString());
        WebDriverWait wait = waiting();
        wait.until(d -> d.findElement(By.id("connection")).getText().equals("live"));
        assertTrue(text("positions-panel").contains("No open positions ✓"));
        // before the first print the verdict is "no market data"; the first trade clears it
        wait.until(d -> !d.findElement(By.id("no-trade-banner")).isDisplayed());

        assertEquals(200, post("/positions/update", Files.readString(Path.of("..", "ninjatrader", "fixtures", "positions-update.json"))));
        wait.until(d -> d.findElements(By.cssSelector("#positions-panel tr[data-symbol=MGC]")).size() == 1);
        assertTrue(text("risk-panel").contains("RISK BLOCK: Max open trades reached"));

        // MES long 2 @ 6050.00 out at 6025.00: 100 ticks x $1.25 x 2 = -$250.00, the no-trade daily-loss line
        assertEquals(200, post("/positions/update", "{\"account\":\"Sim101\",\"positions\":[]}"));
        String opened = postBody("/trades", "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":2,\"entry\":6050.00}");
        String id = opened.replaceAll(".*\"trade_id\":(\\d+).*", "$1");
        assertEquals(200, post("/trades/" + id + "/close", "{\"exit_price\":6025.00}"));
        wait.until(d -> d.findElement(By.id("no-trade-banner")).isDisplayed());
        String banner = text("no-trade-banner");
        assertTrue(banner.contains("NO TRADE") && banner.contains("Daily P&L at or below -$250"), banner);
        wait.withMessage(() -> "alerts panel: " + text("alerts-panel"))
                .until(d -> text("alerts-panel").contains("Daily P&L at or below -$250"));
        fullPageScreenshot("dashboard-full.png");

        // a winning MES trade of +$250 brings the day back to $0.00: the daily-loss reason clears
        String second = postBody("/trades", "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":2,\"entry\":6000.00}");
        String secondId = second.replaceAll(".*\"trade_id\":(\\d+).*", "$1");
        assertEquals(200, post("/trades/" + secondId + "/close", "{\"exit_price\":6025.00}"));
        wait.until(d -> !d.findElement(By.id("no-trade-banner")).isDisplayed());
    }

    @Test
    void aTradeLoggedInTheFormIsARowOfTheTradeLogOnceEvenWhenSentAgainAfterALostAnswer() {
        WebDriverWait wait = openTheTradeForm();
        // MES short 2 @ 6050.00 → 6040.00: 40 ticks × $1.25 × 2 = $100.00 − 4 × $0.62 = $97.52
        fillTradeForm("MES", "SHORT", "2", "6050.00", "2026-11-24T10:01:00", "6040.00", "2026-11-24T10:14:30");
        // the server takes the trade but its answer is lost on the way back
        browser.executeScript("var real = window.fetch; window.fetch = function (url, options) { window.fetch = real;"
                + " return real(url, options).then(function () { throw new TypeError('connection reset'); }); };");
        browser.findElement(By.cssSelector("#log-trade-form button")).click();
        wait.until(d -> formResult().startsWith("No answer"));
        wait.until(d -> d.findElements(By.cssSelector("#tradelog-panel tbody tr")).size() == 1);
        @SuppressWarnings("unchecked")
        List<String> row = (List<String>) browser.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('#tradelog-panel tbody tr td'), function (td) { return td.textContent.trim(); });");
        assertEquals(List.of("10:01:00 ET", "10:14:30 ET", "Manual", "MES", "SHORT", "2"), row.subList(0, 6));
        assertTrue(row.get(6).startsWith("6050.00") && row.get(7).startsWith("6040.00"), row.toString());
        assertEquals(List.of("+$97.52", "—"), row.subList(8, 10));

        browser.findElement(By.cssSelector("#log-trade-form button")).click(); // the trader sends it again
        wait.until(d -> formResult().equals("Already logged."));
        assertEquals(1, browser.findElements(By.cssSelector("#tradelog-panel tbody tr")).size());
        assertEquals("", browser.findElement(By.name("entry")).getAttribute("value"), "a logged trade empties the form");
    }

    @Test
    void aTradeTheServerRefusesMarksTheFieldItNamesAndLogsNothing() {
        WebDriverWait wait = openTheTradeForm();
        // MES trades in quarters: 6050.10 is not a price it can fill at
        fillTradeForm("MES", "LONG", "1", "6050.10", "2026-11-24T10:01:00", "6052.00", "2026-11-24T10:02:00");
        browser.findElement(By.cssSelector("#log-trade-form button")).click();
        wait.until(d -> formResult().contains("executions[0].price"));
        assertEquals("true", browser.findElement(By.name("entry")).getAttribute("aria-invalid"));
        assertNotNull(browser.findElement(By.cssSelector("#tradelog-panel .empty")));
    }

    @Test
    void aFreshDemoWithItsPriorDaysShowsThePlanOnTheCardsWithinTwentySeconds() throws Exception {
        app.close();
        long started = System.nanoTime();
        // 2026-12-07, a Monday, after Mon 30 Nov – Fri 4 Dec: seed 42 plans three trades (MCL, MES, MHG long)
        app = TestApps.demoWithHistory(dir.resolve("history"), LocalDate.of(2026, 12, 7), 5, 1, LocalTime.of(9, 29, 30),
                LocalTime.of(16, 0));
        browser.get(TestApps.uri(app, "/").toString());
        String loadedAt = text("market-time");
        // the clock streams only once the prior days are played (they are not streamed): a new time is the open
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .withMessage(() -> "cards with a plan: " + plannedCards() + " at " + app.health().marketTime())
                .until(d -> !text("market-time").equals(loadedAt) && plannedCards() >= 3);
        System.out.printf("fresh demo with 5 prior days: plan on the cards %.1f s after start%n",
                (System.nanoTime() - started) / 1e9);
        browser.navigate().refresh(); // what a trader opening the page at the open sees
        waiting().until(d -> plannedCards() >= 3);
        assertFalse(text("cards").contains("Plan after"), "no card waits for its first 30 five-minute bars");
        assertTrue(text("cards").contains("6 days · "), "each plan says what it stands on: " + text("cards"));
        assertEquals(6L, browser.executeScript("return document.querySelectorAll('article.card .plan[data-bias]').length;"),
                "every card has its plan, the skipped ones saying why");
        String grok = text("grok-panel");
        assertFalse(grok.contains("No focus assets yet"), grok);
        assertTrue(grok.matches("(?s).*(GOLD|NASDAQ|S&P|CRUDE|SILVER|COPPER).*"), "the co-pilot names focus assets: " + grok);
    }

    /** Cards showing a plan: a bias, an entry zone, a stop and a size in micros (a skip day shows no levels). */
    private long plannedCards() {
        return (Long) browser.executeScript("return Array.prototype.filter.call(document.querySelectorAll('article.card'),"
                + " function (c) { var t = c.textContent; return /LONG|SHORT|NEUTRAL/.test(t) && /Entry/.test(t)"
                + " && /Stop/.test(t) && / micros/.test(t); }).length;");
    }

    @Test
    void withAnApiKeyTheFormAsksForItAfterTheFirstRefusalAndThenLogsTheTrade() throws Exception {
        app.close();
        app = TestApps.demo(dir.resolve("keyed"), settings -> settings.withApiKey("k-form-7"));
        WebDriverWait wait = openTheTradeForm();
        assertFalse(browser.findElement(By.name("api_key")).isDisplayed(), "no key field until the server asks for one");
        // MES long 1 @ 6050.00 → 6052.00: 8 ticks × $1.25 = $10.00 − 2 × $0.62 = $8.76
        fillTradeForm("MES", "LONG", "1", "6050.00", "2026-11-24T10:01:00", "6052.00", "2026-11-24T10:02:00");
        browser.findElement(By.cssSelector("#log-trade-form button")).click();
        wait.until(d -> d.findElement(By.name("api_key")).isDisplayed());
        assertTrue(formResult().contains("X-API-Key"), formResult());

        browser.findElement(By.name("api_key")).sendKeys("k-form-7");
        browser.findElement(By.cssSelector("#log-trade-form button")).click();
        wait.until(d -> formResult().startsWith("Logged"));
        wait.until(d -> text("tradelog-panel").contains("+$8.76"));
    }

    /** The live dashboard with "Log a trade made outside NinjaTrader" unfolded. */
    private WebDriverWait openTheTradeForm() {
        browser.get(TestApps.uri(app, "/").toString());
        WebDriverWait wait = waiting();
        wait.until(d -> d.findElement(By.id("connection")).getText().equals("live"));
        browser.findElement(By.id("log-trade-toggle")).click();
        return wait;
    }

    private void fillTradeForm(String contract, String side, String quantity, String entry, String entryTime, String exit,
                               String exitTime) {
        browser.executeScript("var f = document.getElementById('log-trade-form').elements;"
                + "f.contract.value = arguments[0]; f.side.value = arguments[1]; f.quantity.value = arguments[2];"
                + "f.entry.value = arguments[3]; f.entry_time.value = arguments[4]; f.exit.value = arguments[5];"
                + "f.exit_time.value = arguments[6]; f.account.dispatchEvent(new Event('input', {bubbles: true}));",
                contract, side, quantity, entry, entryTime, exit, exitTime);
    }

    private String formResult() {
        return (String) browser.executeScript("return document.querySelector('#log-trade-form output').textContent;");
    }

    @Test
    void theBrowserReconnectsByItselfAfterTheServerRestartsAndCatchesUp() throws Exception {
        app.close();
        app = TestApps.demoOnPort(dir.resolve("restart"), 5, 0);
        int port = app.port();
        browser.get(TestApps.uri(app, "/").toString());
        browser.executeScript("window.loadMarker = 'same-page';");
        WebDriverWait wait = waiting();
        wait.until(d -> d.findElement(By.id("connection")).getText().equals("live"));
        wait.until(d -> !goldCard().get(1).equals("—"));

        app.close();
        app = null;
        wait.until(d -> d.findElement(By.id("connection")).getText().equals("reconnecting…"));
        long before = Long.parseLong((String) goldCard().get(0));
        app = TestApps.demoOnPort(dir.resolve("restart"), 5, port);

        // the stream's own retry (every 2 s, the hub's retry: field) finds the restarted server
        waiting().withMessage(() -> "never live again; browser console: " + consoleLog())
                .until(d -> d.findElement(By.id("connection")).getText().equals("live"));
        wait.until(d -> Long.parseLong((String) goldCard().get(0)) > before);
        assertEquals("same-page", browser.executeScript("return window.loadMarker;"), "reconnected by itself, no reload");
    }

    /** Heartbeat every 1 s, so the page gives up on a silent stream after 2.5 s. */
    @Test
    void aStreamThatGoesSilentWithoutAnErrorIsReopenedByThePage() throws Exception {
        app.close();
        app = TestApps.demo(dir.resolve("silent"), 5, 1);
        try (FreezingProxy proxy = FreezingProxy.to(app.port())) {
            browser.get("http://127.0.0.1:" + proxy.port() + "/");
            browser.executeScript("window.loadMarker = 'same-page';");
            WebDriverWait wait = waiting();
            wait.until(d -> d.findElement(By.id("connection")).getText().equals("live"));
            wait.until(d -> !goldCard().get(1).equals("—"));

            proxy.freezeOpenConnections();
            int connectionsAtFreeze = proxy.connectionsAccepted();
            long before = Long.parseLong((String) goldCard().get(0));

            waiting().withMessage(() -> "gold never updated again; browser console: " + consoleLog())
                    .until(d -> Long.parseLong((String) goldCard().get(0)) > before);
            assertTrue(proxy.connectionsAccepted() > connectionsAtFreeze, "updates came over a new connection");
            assertEquals("live", text("connection"));
            assertEquals("same-page", browser.executeScript("return window.loadMarker;"), "reopened by itself, no reload");
        }
    }

    @Test
    void eachCardChartsTheMorningWithItsPlanAndOpeningRangeLines() throws Exception {
        app.close();
        app = TestApps.demo(dir.resolve("morning"), 0, 30, LocalTime.of(7, 0), LocalTime.of(10, 20));
        app.awaitFeedFinished();
        browser.get(TestApps.uri(app, "/").toString());
        WebDriverWait wait = waiting();
        wait.until(d -> (Boolean) browser.executeScript("return !!(window.copilotCharts && Object.keys(copilotCharts).length === 6);"));
        // the best-ranked contract the plan trades today (a skipped one has no entry, stop or targets)
        @SuppressWarnings("unchecked")
        Map<String, Object> traded = (Map<String, Object>) browser.executeScript(
                "var card = document.querySelector('article.card[data-levels]:not([data-levels=\\'\\'])');"
                        + "var c = copilotCharts[card.dataset.symbol];"
                        + "return {symbol: card.dataset.symbol, points: c.plot.data[0].length, levels: c.levels,"
                        + " width: c.plot.width, card: card.dataset.levels,"
                        + " orHigh: document.querySelector('#orb-panel tr[data-symbol=' + card.dataset.symbol + ']').dataset.orHigh};");
        assertTrue(((Number) traded.get("points")).intValue() >= 190, "the morning's 1-minute closes: " + traded);
        assertTrue(((Number) traded.get("width")).intValue() > 200, "the chart fills the card");
        @SuppressWarnings("unchecked")
        Map<String, Object> levels = (Map<String, Object>) traded.get("levels");
        String[] plan = ((String) traded.get("card")).split(" ");
        assertEquals(Double.parseDouble(plan[0]), ((Number) levels.get("entryLow")).doubleValue(), 1e-9, "entry zone low");
        assertEquals(Double.parseDouble(plan[1]), ((Number) levels.get("entryHigh")).doubleValue(), 1e-9, "entry zone high");
        assertEquals(Double.parseDouble(plan[2]), ((Number) levels.get("stop")).doubleValue(), 1e-9, "stop line at the plan's stop");
        assertEquals(Double.parseDouble(plan[3]), ((Number) levels.get("tp1")).doubleValue(), 1e-9, "TP1 line");
        assertEquals(Double.parseDouble(plan[4]), ((Number) levels.get("tp2")).doubleValue(), 1e-9, "TP2 line");
        assertEquals(Double.parseDouble((String) traded.get("orHigh")), ((Number) levels.get("orHigh")).doubleValue(), 1e-9,
                "opening-range high from the ORB panel");
        fullPageScreenshot("dashboard-charts.png");
    }

    @Test
    void theChartFollowsTheLivePrice() {
        browser.get(TestApps.uri(app, "/").toString());
        WebDriverWait wait = waiting();
        wait.until(d -> (Boolean) browser.executeScript("return !!(window.copilotCharts && copilotCharts.MGC);"));
        wait.until(d -> (Boolean) browser.executeScript(
                "var c = copilotCharts.MGC, n = c.plot.data[1].length;"
                        + "return n > 0 && c.plot.data[1][n - 1] === parseFloat(document.querySelector('#card-MGC [data-field=price]').textContent)"
                        + " && Number(document.getElementById('card-MGC').dataset.seq) > 0;"));
        // a coalesced card update replaces the card's HTML but keeps the chart (hx-preserve)
        browser.executeScript("document.getElementById('card-MGC').dataset.before = 'swap';");
        wait.until(d -> browser.executeScript("return document.getElementById('card-MGC').dataset.before;") == null);
        assertEquals(Boolean.TRUE, browser.executeScript("return copilotCharts.MGC.plot.root.isConnected"
                + " && document.querySelector('#chart-MGC canvas') !== null;"), "the chart survives the card update");
    }

    /** The page's console so far, for a failure message: the stream's errors and reconnects show up here. */
    private List<String> consoleLog() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    private void fullPageScreenshot(String name) throws Exception {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Waits up to 30 s; SSE swaps replace elements, so a reference that went stale meanwhile is simply read again. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The text of an element, read in one script (an SSE swap may replace it between a find and a read). */
    @Test
    void twoUpdatesOfOnePanelInQuickSuccessionBothLand() throws Exception {
        browser.get(TestApps.uri(app, "/").toString());
        WebDriverWait wait = waiting();
        wait.until(d -> d.findElement(By.id("connection")).getText().equals("live"));
        // back to back, well inside htmx's default 20 ms settle: the second must still be swapped in
        app.hub().announce("alerts-update", panel("first"));
        app.hub().announce("alerts-update", panel("second"));
        wait.withMessage(() -> "alerts panel: " + text("alerts-panel")).until(d -> text("alerts-panel").contains("second"));
    }

    private static String panel(String word) {
        return "<section id=\"alerts-panel\" class=\"panel alerts\" sse-swap=\"alerts-update\" hx-swap=\"outerHTML\">"
                + "<h2>Alerts</h2><p>" + word + "</p></section>";
    }

    private String text(String id) {
        return (String) browser.executeScript("return document.getElementById(arguments[0]).innerText;", id);
    }

    private int post(String path, String json) throws Exception {
        return TestApps.send(app, "POST", path, json).statusCode();
    }

    private String postBody(String path, String json) throws Exception {
        return TestApps.send(app, "POST", path, json).body();
    }

    /** [data-seq, price text] of the gold card, read in one script: SSE swaps replace the element. */
    private List<?> goldCard() {
        return (List<?>) browser.executeScript("var card = document.querySelector('[data-symbol=MGC]');"
                + "return [card.dataset.seq, card.querySelector('[data-field=price]').textContent.trim()];");
    }

    /** [symbol, price text] of the top focus asset: plan rank 1, else the first card. */
    private String[] topCard() {
        List<?> top = (List<?>) browser.executeScript("var card = document.querySelector('article.card[data-rank=\"1\"]')"
                + " || document.querySelector('article.card[data-symbol]');"
                + "return [card.dataset.symbol, card.querySelector('[data-field=price]').textContent.trim()];");
        return new String[] {(String) top.get(0), (String) top.get(1)};
    }
}
