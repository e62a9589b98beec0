package com.fks.copilot.gateway.grok;

import com.fks.copilot.gateway.TestApps;
import com.fks.copilot.gateway.app.CopilotApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Grok panel in a real headless Chromium: filled on load, then replaced by SSE {@code grok-update} at 09:45 ET. */
class GrokPanelBrowserIT {
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
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build(), options);
        // the browser is up first; no xAI key: 09:44:40 at 2x reaches the 09:45 live update about ten seconds in
        app = TestApps.demo(dir.resolve("data"), 2, 30, LocalTime.of(9, 44, 40), LocalTime.of(9, 50));
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

    /** Read in one script call: SSE may swap the panel between a find and a read. */
    private String text(String selector) {
        return (String) browser.executeScript("var e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : null;",
                selector);
    }

    private String source() {
        return text("#grok-panel .grok-latest .grok-source");
    }

    @Test
    void thePanelSpeaksOnLoadAndTheLiveUpdateArrivesThroughSse() {
        browser.get(TestApps.uri(app, "/").toString());
        browser.executeScript("window.loadMarker = 'same-page';");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        wait.until(d -> source() != null);
        assertEquals("local, now (no update scheduled yet)", source(), "never empty, even before 09:45");

        wait.until(d -> "local (no xAI key)".equals(source()));

        assertEquals("09:45:00 ET", text("#grok-panel .grok-time"));
        String text = text("#grok-panel .grok-latest .grok-text");
        assertTrue(text.contains("DO NOW: "), text);
        assertEquals("same-page", browser.executeScript("return window.loadMarker;"), "swapped by SSE, not a reload");
    }
}
