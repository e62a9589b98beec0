package com.fks.copilot.gateway;

import com.fks.copilot.gateway.app.CopilotApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The dashboard in a real headless Chromium: cards tick through SSE without a page reload. */
class DashboardBrowserIT {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @TempDir
    Path dir;
    private CopilotApp app;
    private ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (System.getenv("CI") != null) {
            assertTrue(installed, "CI must install chromium and chromium-driver (.ci/run does)");
        }
        assumeTrue(installed, "headless Chromium not installed; scripts/test installs it");
        app = TestApps.demo(dir.resolve("data"), 5, 30);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build(), options);
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
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElement(By.id("connection")).getText().equals("live"));

        List<?> first = goldCard();
        wait.until(d -> {
            List<?> now = goldCard();
            return !now.get(0).equals(first.get(0)) && !now.get(1).equals(first.get(1));
        });

        assertEquals("same-page", browser.executeScript("return window.loadMarker;"), "updated by SSE, not a reload");
        String price = (String) goldCard().get(1);
        assertTrue(price.matches("\\d{4}\\.\\d"), "gold as quoted, one decimal, never scaled: " + price);
        assertFalse(browser.findElement(By.id("clock")).getText().contains("-"), "the live ET clock runs");
        assertTrue(browser.findElement(By.id("session-banner")).getText().contains("ACTIVE"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "dashboard.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void positionsFromTheBridgeAndTheNoTradeBannerAppearLive() throws Exception {
        browser.get(TestApps.uri(app, "/").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElement(By.id("connection")).getText().equals("live"));
        assertTrue(browser.findElement(By.id("positions-panel")).getText().contains("No open positions ✓"));
        // before the first print the verdict is "no market data"; the first trade clears it
        wait.until(d -> !d.findElement(By.id("no-trade-banner")).isDisplayed());

        assertEquals(200, post("/positions/update", Files.readString(Path.of("..", "ninjatrader", "fixtures", "positions-update.json"))));
        wait.until(d -> d.findElements(By.cssSelector("#positions-panel tr[data-symbol=MGC]")).size() == 1);
        assertTrue(browser.findElement(By.id("risk-panel")).getText().contains("RISK BLOCK: Max open trades reached"));

        // MES long 2 @ 6050.00 out at 6025.00: 100 ticks x $1.25 x 2 = -$250.00, the no-trade daily-loss line
        assertEquals(200, post("/positions/update", "{\"account\":\"Sim101\",\"positions\":[]}"));
        String opened = postBody("/trades", "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":2,\"entry\":6050.00}");
        String id = opened.replaceAll(".*\"trade_id\":(\\d+).*", "$1");
        assertEquals(200, post("/trades/" + id + "/close", "{\"exit_price\":6025.00}"));
        wait.until(d -> d.findElement(By.id("no-trade-banner")).isDisplayed());
        String banner = browser.findElement(By.id("no-trade-banner")).getText();
        assertTrue(banner.contains("NO TRADE") && banner.contains("Daily P&L at or below -$250"), banner);
        wait.until(d -> d.findElement(By.cssSelector("#alerts-panel li.alert")).getText().contains("Daily P&L at or below -$250"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "dashboard-no-trade.png"),
                StandardCopyOption.REPLACE_EXISTING);
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
}
