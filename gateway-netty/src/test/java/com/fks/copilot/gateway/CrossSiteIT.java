package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.gateway.app.CopilotApp;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No web page the trader visits can change state here: over real loopback HTTP, a mutation that is
 * not declared JSON is 415, one a browser says comes from another origin is 403, a request for a
 * name this server does not answer to (DNS rebinding) is 421; and a real Chromium page served from
 * another origin that posts trades leaves no trade behind.
 */
class CrossSiteIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRADE = "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":1,\"entry\":6050.00,\"stop\":6045.00}";
    @TempDir
    static Path dir;
    static CopilotApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApps.demo(dir.resolve("data"), 1, 60);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** One raw HTTP/1.1 exchange (raw, so Host and Origin are exactly what a browser or an attacker sends). */
    private static Answer exchange(String method, String path, String host, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        byte[] body = method.equals("GET") ? new byte[0] : TRADE.getBytes(StandardCharsets.UTF_8);
        request.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), app.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            String payload = response.substring(response.indexOf("\r\n\r\n") + 4);
            return new Answer(status, payload);
        }
    }

    private record Answer(int status, String body) {
        String field() throws IOException {
            return JSON.readTree(body).path("field").asText();
        }
    }

    private static String own() {
        return "127.0.0.1:" + app.port();
    }

    private static int openTrades() throws Exception {
        JsonNode trades = JSON.readTree(TestApps.get(app, "/trades", "application/json").body()).get("trades");
        return trades.size();
    }

    @Test
    void aTradePostedAsPlainTextIs415AndNotOpened() throws Exception {
        int before = openTrades();
        Answer answer = exchange("POST", "/trades", own(), "Content-Type: text/plain");
        assertEquals(415, answer.status(), answer.body());
        assertEquals("Content-Type", answer.field());
        assertEquals(before, openTrades());
    }

    @Test
    void aFormPostIs415() throws Exception {
        Answer answer = exchange("POST", "/positions/update", own(), "Content-Type: application/x-www-form-urlencoded");
        assertEquals(415, answer.status(), answer.body());
    }

    @Test
    void aMutationWithoutContentTypeIs415() throws Exception {
        assertEquals(415, exchange("POST", "/risk/check", own()).status());
    }

    @Test
    void aJsonTradeFromAnotherSiteIs403AndNotOpened() throws Exception {
        int before = openTrades();
        Answer answer = exchange("POST", "/trades", own(), "Content-Type: application/json", "Origin: http://evil.example");
        assertEquals(403, answer.status(), answer.body());
        assertEquals("Origin", answer.field());
        assertEquals(before, openTrades());
    }

    @Test
    void anotherPortOnThisMachineIsAnotherOrigin() throws Exception {
        int other = app.port() == 65535 ? 65534 : app.port() + 1;
        Answer answer = exchange("POST", "/trades", own(), "Content-Type: application/json", "Origin: http://127.0.0.1:" + other);
        assertEquals(403, answer.status(), answer.body());
    }

    @Test
    void aSandboxedPageIsRefused() throws Exception {
        assertEquals(403, exchange("POST", "/trades", own(), "Content-Type: application/json", "Origin: null").status());
    }

    @Test
    void theDashboardsOwnOriginMayOpenATrade() throws Exception {
        Answer answer = exchange("POST", "/trades", own(), "Content-Type: application/json; charset=utf-8",
                "Origin: http://localhost:" + app.port());
        assertEquals(201, answer.status(), answer.body());
    }

    @Test
    void aNameThisServerDoesNotAnswerToIs421() throws Exception {
        Answer answer = exchange("GET", "/health", "rebound.evil.example:" + app.port());
        assertEquals(421, answer.status(), answer.body());
        assertEquals("Host", answer.field());
    }

    @Test
    void loopbackNamesAreServed() throws Exception {
        assertEquals(200, exchange("GET", "/health", "localhost:" + app.port()).status());
        assertEquals(200, exchange("GET", "/health", "[::1]:" + app.port()).status());
        assertEquals(200, exchange("GET", "/health", "127.0.0.1").status());
    }

    /**
     * A page from another origin (another port on this machine) tries what a malicious page would:
     * a text/plain POST in no-cors mode (no preflight), and a JSON one (preflighted). Neither opens a trade.
     */
    @Test
    void aPageFromAnotherOriginCannotOpenTradesInARealBrowser(@TempDir Path browserDir) throws Exception {
        HeadlessChromium.requireInstalled();
        int before = openTrades();
        HttpServer evil = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = attackPage(app.port()).getBytes(StandardCharsets.UTF_8);
        evil.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        evil.start();
        ChromeDriver browser = HeadlessChromium.start(browserDir);
        try {
            browser.get("http://127.0.0.1:" + evil.getAddress().getPort() + "/");
            Object outcome = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "window.attack.then(done, function (e) { done('failed: ' + e); });");
            assertTrue(String.valueOf(outcome).startsWith("sent"), String.valueOf(outcome));
        } finally {
            browser.quit();
            evil.stop(0);
        }
        assertEquals(before, openTrades(), "the journal shows no trade from the other origin");
    }

    private static String attackPage(int port) {
        String target = "http://127.0.0.1:" + port + "/trades";
        return "<!doctype html><html><body><script>"
                + "var trade = '" + TRADE + "';"
                + "window.attack = fetch('" + target + "', {method: 'POST', mode: 'no-cors', body: trade,"
                + " headers: {'Content-Type': 'text/plain'}}).catch(function () {})"
                + ".then(function () { return fetch('" + target + "', {method: 'POST', body: trade,"
                + " headers: {'Content-Type': 'application/json'}}).catch(function () {}); })"
                + ".then(function () { return 'sent'; });"
                + "</script></body></html>";
    }
}
