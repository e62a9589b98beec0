package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.gateway.app.CopilotApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A demo morning from 07:00 to 10:20 ET, played as fast as it goes: the plan and the opening range reach the API. */
class DailyPlanIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static CopilotApp app;

    @BeforeAll
    static void playTheMorning() throws Exception {
        app = TestApps.demo(dir, 0, 60, LocalTime.of(7, 0), LocalTime.of(10, 20));
        app.awaitFeedFinished();
        app.drainAndReport();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void focusRanksEveryContractWithLevelsSizeAndScores() throws Exception {
        JsonNode cards = JSON.readTree(TestApps.get(app, "/api/focus", "application/json").body());
        assertEquals(6, cards.size());
        int focusAssets = 0;
        for (int i = 0; i < cards.size(); i++) {
            JsonNode plan = cards.get(i).get("plan");
            assertEquals(i + 1, plan.get("rank").asInt(), "best first");
            assertTrue(plan.get("quality_pct").asDouble() >= 0 && plan.get("quality_pct").asDouble() <= 100);
            assertTrue(plan.get("position_size").asLong() >= 1, "at least one micro");
            assertTrue(plan.get("risk_dollars").asDouble() <= 375.0 || plan.get("position_size").asLong() == 1,
                    "size keeps risk within $375 unless one contract already exceeds it");
            focusAssets += plan.get("focus_asset").asBoolean() ? 1 : 0;
            if (i > 0) {
                assertTrue(cards.get(i - 1).get("plan").get("quality_pct").asDouble() >= plan.get("quality_pct").asDouble(),
                        "sorted by quality");
            }
        }
        assertEquals(4, focusAssets, "the top four are the day's focus assets");
    }

    @Test
    void cardsCarryQualityAndWaveForTheDashboard() throws Exception {
        Document page = Jsoup.parse(TestApps.get(app, "/api/focus", "text/html").body());
        for (Element card : page.select("article[data-symbol]")) {
            assertFalse(card.attr("data-quality").isEmpty(), card.attr("data-symbol"));
            assertFalse(card.attr("data-wave").isEmpty(), card.attr("data-symbol"));
            assertTrue(card.selectFirst(".plan") != null);
        }
    }

    @Test
    void theOpeningRangeAndItsTriggersAreShown() throws Exception {
        Document orb = Jsoup.parse(TestApps.get(app, "/api/orb/html", null).body());
        Element gold = orb.selectFirst("tr[data-symbol=MGC]");
        String[] cells = gold.select("td").eachText().toArray(new String[0]);
        double orHigh = Double.parseDouble(cells[2]);
        double orLow = Double.parseDouble(cells[3]);
        double longAbove = Double.parseDouble(cells[4]);
        double shortBelow = Double.parseDouble(cells[5]);
        assertTrue(orHigh >= orLow);
        assertTrue(longAbove > orHigh && shortBelow < orLow, "triggers sit 0.5 ATR outside the range");
        assertEquals(longAbove - orHigh, orLow - shortBelow, 0.11, "symmetric: both are 0.5 ATR (to display rounding)");
    }

    @Test
    void everyOpeningRangeBreakoutIsAlsoAnAlertAndAlertsAreNewestFirst() throws Exception {
        var response = TestApps.get(app, "/api/alerts/html", null);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document alerts = Jsoup.parse(response.body());
        long previous = Long.MAX_VALUE;
        for (Element alert : alerts.select("li.alert")) {
            long time = Long.parseLong(alert.attr("data-time"));
            assertTrue(time <= previous, "newest first");
            previous = time;
        }
        Document orb = Jsoup.parse(TestApps.get(app, "/api/orb/html", null).body());
        int breakouts = 0;
        for (Element row : orb.select("tr[data-symbol]")) {
            if (!row.selectFirst(".breakout").text().isEmpty()) {
                breakouts++;
                String symbol = row.attr("data-symbol");
                assertEquals(1, alerts.select("li[data-level=opportunity][data-symbol=" + symbol + "]").size(), symbol);
            }
        }
        assertTrue(breakouts > 0, "the demo morning breaks out of at least one opening range");
        assertTrue(alerts.text().contains("NO TRADE lifted"), "the first trades clear 'no market data'");
    }

    @Test
    void theChartHoldsTheMorningsOneMinuteClosesOldestFirst() throws Exception {
        JsonNode chart = JSON.readTree(TestApps.get(app, "/api/chart/MGC", "application/json").body());
        JsonNode times = chart.get("times");
        JsonNode closes = chart.get("closes");
        assertEquals(times.size(), closes.size());
        assertTrue(times.size() >= 190, "07:00-10:20 ET is 200 minutes of bars: " + times.size());
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i).asLong() > times.get(i - 1).asLong(), "oldest first, one close per minute");
        }
        assertEquals(0, times.get(0).asLong() % 60, "bars start on the minute");
        assertTrue(Double.toString(closes.get(0).asDouble()).matches("\\d{4}\\.\\d+"), "gold as quoted: " + closes.get(0));
    }

    @Test
    void anUnknownChartSymbolIs404NamingTheField() throws Exception {
        var response = TestApps.get(app, "/api/chart/GC", "application/json");
        assertEquals(404, response.statusCode());
        assertEquals("symbol", JSON.readTree(response.body()).get("field").asText());
    }
}
