package com.fks.copilot.gateway;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Debian's headless Chromium for the browser tests, set up as ../shared/TOOLING.md says. */
public final class HeadlessChromium {
    private static final String BINARY = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    private HeadlessChromium() {
    }

    /** Skips the test without Chromium, except under CI, where its absence is a failure. */
    public static void requireInstalled() {
        boolean installed = new File(BINARY).canExecute() && new File(DRIVER).canExecute();
        if (System.getenv("CI") != null) {
            assertTrue(installed, "CI must install chromium and chromium-driver (.ci/run does)");
        }
        assumeTrue(installed, "headless Chromium not installed; scripts/test installs it");
    }

    /** A browser with a fresh profile under {@code dir}, 1280×900, keeping the page's console log. */
    public static ChromeDriver start(Path dir) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build(), options);
    }

    /** The page's console warnings and errors so far. */
    public static List<String> consoleWarnings(ChromeDriver browser) {
        List<String> warnings = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(entry.getMessage());
            }
        }
        return warnings;
    }

    /** Every file the page loaded (scripts, styles, fetches), by URL. */
    @SuppressWarnings("unchecked")
    public static List<String> requested(ChromeDriver browser) {
        return (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(function (r) { return r.name; });");
    }
}
