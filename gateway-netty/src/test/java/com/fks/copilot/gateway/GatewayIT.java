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

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static com.fks.copilot.gateway.TestApps.get;
import static com.fks.copilot.gateway.TestApps.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway over real loopback HTTP and SSE, with the demo feed running through the real ring. */
class GatewayIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SYMBOLS = List.of("MGC", "MNQ", "MES", "MCL", "SIL", "MHG");

    @TempDir
    static Path dataDir;
    static CopilotApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApps.demo(dataDir, 20, 1);
        for (int i = 0; i < 200 && app.health().eventsProcessed() < 50; i++) {
            Thread.sleep(25);
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void healthReportsJournalIndexEventsAndUptime() throws Exception {
        HttpResponse<String> response = get(app, "/health", null);
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("content-type").orElse(""));
        JsonNode health = JSON.readTree(response.body());
        assertEquals("UP", health.get("status").asText());
        assertTrue(health.get("events_processed").asLong() > 0);
        assertTrue(health.get("journal_index").asLong() >= 0);
        assertTrue(health.has("uptime_seconds"));
        assertEquals("ACTIVE", health.get("session_mode").asText(), "09:30 ET demo is in ACTIVE hours");
    }

    @Test
    void dashboardShowsOneCardPerInstrumentWithItsSymbol() throws Exception {
        HttpResponse<String> response = get(app, "/", null);
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        for (String symbol : SYMBOLS) {
            Element card = page.selectFirst("[data-symbol=" + symbol + "]");
            assertNotNull(card, symbol + " card");
            assertEquals(symbol.toLowerCase() + "-update", card.attr("sse-swap"));
        }
        assertEquals("/sse/dashboard", page.body().attr("sse-connect"));
        assertNotNull(page.selectFirst("#session-banner"), "session banner");
        assertNotNull(page.selectFirst("#clock"), "live clock");
    }

    @Test
    void timeFragmentShowsMarketTimeSessionAndGlobexStatusFromEventTime() throws Exception {
        HttpResponse<String> response = get(app, "/api/time", null);
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        Document time = Jsoup.parse(response.body());
        assertTrue(time.selectFirst("#market-time").text().matches("09:\\d\\d:\\d\\d ET"), "the demo morning's event time");
        assertEquals("ACTIVE", time.selectFirst("#session-banner").attr("data-mode"));
        assertEquals("OPEN", time.selectFirst("[data-globex]").attr("data-globex"), "a Tuesday morning");
        assertNotNull(time.selectFirst("[data-overlap=true]"), "09:30 ET is inside the London/New York overlap");
    }

    @Test
    void pageLoadsHtmxFromThisServerNeverACdn() throws Exception {
        Document page = Jsoup.parse(get(app, "/", null).body());
        for (Element script : page.select("script[src], link[href]")) {
            String url = script.hasAttr("src") ? script.attr("src") : script.attr("href");
            assertTrue(url.startsWith("/"), "local asset: " + url);
            assertEquals(200, get(app, url, null).statusCode(), url);
        }
        HttpResponse<String> htmx = get(app, "/webjars/htmx.org/2.0.10/dist/htmx.min.js", null);
        assertTrue(htmx.body().contains("htmx"), "htmx from the webjar");
        assertTrue(htmx.headers().firstValue("content-type").orElse("").startsWith("text/javascript"));
    }

    @Test
    void focusAnswersHtmlCardsByDefaultAndJsonWhenAsked() throws Exception {
        HttpResponse<String> html = get(app, "/api/focus", "text/html");
        assertTrue(html.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        assertEquals(6, Jsoup.parse(html.body()).select("article[data-symbol]").size());

        JsonNode cards = JSON.readTree(get(app, "/api/focus", "application/json").body());
        assertEquals(6, cards.size());
        assertEquals("MGC", cards.get(0).get("symbol").asText());
        assertTrue(cards.get(0).get("price").asText().matches("\\d{4}\\.\\d"), "gold shown as quoted, e.g. 5212.3");
    }

    @Test
    void unknownPathAnswers404WithJsonNamingThePath() throws Exception {
        HttpResponse<String> response = get(app, "/no/such/page", null);
        assertEquals(404, response.statusCode());
        JsonNode error = JSON.readTree(response.body());
        assertEquals("path", error.get("field").asText());
        assertTrue(error.get("error").asText().contains("/no/such/page"));
    }

    @Test
    void unknownSymbolAnswers404NamingTheSymbolField() throws Exception {
        HttpResponse<String> response = get(app, "/api/focus/GC", null);
        assertEquals(404, response.statusCode());
        assertEquals("symbol", JSON.readTree(response.body()).get("field").asText());
    }

    @Test
    void wrongMethodAnswers405WithAllowHeader() throws Exception {
        HttpResponse<String> response = send(app, "POST", "/health", "{}");
        assertEquals(405, response.statusCode());
        assertEquals("GET", response.headers().firstValue("allow").orElse(""));
        assertEquals(405, JSON.readTree(response.body()).get("status").asInt());
    }

    @Test
    void sseStreamsPerAssetCardFragmentsAsTicksArrive() throws Exception {
        try (SseClient sse = new SseClient(app, "/sse/dashboard")) {
            SseClient.Frame frame = sse.next("mnq-update", Duration.ofSeconds(10));
            assertNotNull(frame, "an MNQ card update within 10 s of a 20x demo");
            assertTrue(sse.statusLine().contains("200"));
            assertTrue(sse.headers().contains("content-type: text/event-stream; charset=utf-8"), sse.headers().toString());
            Element card = Jsoup.parse(frame.data()).selectFirst("article[data-symbol=MNQ]");
            assertNotNull(card, frame.data());
            assertTrue(Long.parseLong(card.attr("data-seq")) > 0);
        }
    }

    @Test
    void sseSendsHeartbeats() throws Exception {
        try (SseClient sse = new SseClient(app, "/sse/dashboard")) {
            assertNotNull(sse.next("heartbeat", Duration.ofSeconds(5)), "heartbeat (1 s period in this test)");
        }
    }
}
