package com.fks.copilot.gateway;

import com.fks.copilot.gateway.app.CopilotApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backtest page in a real headless Chromium: the charts are drawn by the app's own script from its own run. */
class BacktestPageBrowserIT {
    @TempDir
    Path dir;

    @Test
    void eachContractTheRulesTradedGetsAnEquityAndADrawdownChartWithNoConsoleErrorAndNoOtherHost() throws Exception {
        HeadlessChromium.requireInstalled();
        try (CopilotApp app = TestApps.demoWithHistory(dir.resolve("data"), TestApps.DAY, 3, 0, LocalTime.of(9, 29, 30),
                LocalTime.of(12, 10))) {
            app.awaitFeedFinished();
            TestApps.awaitBacktest(app);
            ChromeDriver browser = HeadlessChromium.start(dir);
            try {
                browser.get(TestApps.uri(app, "/backtest").toString());
                // every equity panel ends drawn (a canvas) or saying it has no trades
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> (Boolean) browser.executeScript(
                        "var panels = document.querySelectorAll('.bt-chart.equity');"
                                + "return panels.length > 0 && Array.prototype.every.call(panels, function (p) {"
                                + " return p.querySelector('canvas') || p.dataset.empty === 'true'; });"));
                @SuppressWarnings("unchecked")
                Map<String, Long> drawn = (Map<String, Long>) browser.executeScript(
                        "return {equity: document.querySelectorAll('.bt-chart.equity canvas').length,"
                                + " drawdown: document.querySelectorAll('.bt-chart.drawdown canvas').length,"
                                + " rows: document.querySelectorAll('#backtest-trades tbody tr').length};");
                assertTrue(drawn.get("equity") > 0, "at least one contract traded: " + drawn);
                assertEquals(drawn.get("equity"), drawn.get("drawdown"), "a drawdown under each equity curve");
                assertTrue(drawn.get("rows") > 0, drawn.toString());

                assertEquals(List.of(), HeadlessChromium.consoleWarnings(browser), "console warnings and errors");
                List<String> requested = HeadlessChromium.requested(browser);
                String origin = "http://127.0.0.1:" + app.port() + "/";
                requested.forEach(url -> assertTrue(url.startsWith(origin), "only this server: " + url));
            } finally {
                browser.quit();
            }
        }
    }
}
