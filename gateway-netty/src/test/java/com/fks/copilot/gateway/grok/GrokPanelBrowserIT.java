package com.fks.copilot.gateway.grok;

import com.fks.copilot.gateway.HeadlessChromium;
import com.fks.copilot.gateway.TestApps;
import com.fks.copilot.gateway.app.CopilotApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Grok panel in a real headless Chromium: filled on load, then replaced by SSE {@code grok-update} at 09:45 ET. */
class GrokPanelBrowserIT {

    @TempDir
    Path dir;
    private CopilotApp app;
    private ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        HeadlessChromium.requireInstalled();
        browser = HeadlessChromium.start(dir);
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

    /**
     * The toggle fetches the full briefing when opened; the 09:45 update replaces the whole panel by SSE,
     * and the briefing the trader had open is open again in the new one, fetched again (issue 16 item 5).
     */
    @Test
    void theFullBriefingOpensFromThePanelAndStaysOpenWhenSseReplacesThePanel() {
        browser.get(TestApps.uri(app, "/").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        wait.until(d -> source() != null);
        assertEquals("local, now (no update scheduled yet)", source(), "opened before the 09:45 update");
        browser.executeScript("window.panelBeforeSwap = document.getElementById('grok-panel');");
        browser.findElement(org.openqa.selenium.By.id("grok-briefing-toggle")).click();
        wait.until(d -> text("#grok-panel #grok-briefing .grok-text") != null);
        assertTrue(text("#grok-panel #grok-briefing .grok-text").startsWith("MORNING BRIEFING "), text("#grok-panel #grok-briefing"));
        assertEquals("local (no xAI key)", text("#grok-panel #grok-briefing .grok-source"));

        wait.until(d -> "local (no xAI key)".equals(source()));
        assertEquals(Boolean.FALSE, browser.executeScript("return window.panelBeforeSwap === document.getElementById('grok-panel');"),
                "the panel was replaced by SSE");
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return document.querySelector('#grok-panel details.grok-briefing').open;")));
        wait.until(d -> text("#grok-panel #grok-briefing .grok-text") != null);
        assertTrue(text("#grok-panel #grok-briefing .grok-text").contains("\nDO NOW: "), text("#grok-panel #grok-briefing"));

        browser.findElement(org.openqa.selenium.By.id("grok-briefing-toggle")).click();
        assertEquals(Boolean.FALSE, browser.executeScript("return document.querySelector('#grok-panel details.grok-briefing').open;"),
                "closed again by the trader");
    }
}
