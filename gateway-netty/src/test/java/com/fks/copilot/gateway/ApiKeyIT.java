package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.gateway.app.CopilotApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With {@code COPILOT_API_KEY} set, over real loopback HTTP on the real app: every mutation route
 * refuses a request without the key or with a wrong one (401 naming X-API-Key, nothing journaled),
 * the key opens, checks, closes and pushes as before, and reads need no key.
 */
class ApiKeyIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "k-51c0d7";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TRADE = "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":1,\"entry\":6050.00,\"stop\":6045.00}";
    private static final String FLAT = "{\"account\":\"Sim101\",\"positions\":[]}";
    private static final String EXIT = "{\"exit_price\":6052.50}";
    /** A valid record for each audit post. */
    private static final Map<String, String> AUDIT_NOTES = Map.of("/audit/risk", "{\"event_type\":\"warning\",\"symbol\":\"MES\"}",
            "/audit/orb", "{\"symbol\":\"MES\",\"session\":\"ACTIVE\"}");
    @TempDir
    static Path dir;
    static CopilotApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApps.demo(dir, settings -> settings.withApiKey(KEY));
        while (app.health().eventsProcessed() < 1) {
            Thread.sleep(10);
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> send(String method, String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestApps.uri(app, path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int trades() throws Exception {
        return JSON.readTree(TestApps.get(app, "/trades", "application/json").body()).get("trades").size();
    }

    @Test
    void everyMutationRouteRefusesAMissingOrWrongKeyAndJournalsNothing() throws Exception {
        int before = trades();
        for (String key : new String[] {null, "k-51c0d", "K-51C0D7", KEY + "x"}) {
            for (List<String> route : List.of(List.of("POST", "/trades", TRADE), List.of("POST", "/trades/1/close", EXIT),
                    List.of("POST", "/risk/check", TRADE), List.of("POST", "/positions/update", FLAT),
                    List.of("PUT", "/trades", TRADE), List.of("DELETE", "/trades/1", ""))) {
                HttpResponse<String> refused = send(route.get(0), route.get(1), route.get(2), key);
                assertEquals(401, refused.statusCode(), route + " with key " + key + ": " + refused.body());
                assertEquals("X-API-Key", JSON.readTree(refused.body()).get("field").asText());
            }
        }
        assertEquals(before, trades(), "no trade was opened");
    }

    @Test
    void theKeyOpensChecksClosesAndPushes() throws Exception {
        HttpResponse<String> opened = send("POST", "/trades", TRADE, KEY);
        assertEquals(201, opened.statusCode(), opened.body());
        long id = JSON.readTree(opened.body()).get("trade_id").asLong();
        HttpResponse<String> closed = send("POST", "/trades/" + id + "/close", EXIT, KEY);
        assertEquals(200, closed.statusCode(), closed.body());
        HttpResponse<String> checked = send("POST", "/risk/check", TRADE, KEY);
        assertEquals(200, checked.statusCode(), checked.body());
        HttpResponse<String> pushed = send("POST", "/positions/update", FLAT, KEY);
        assertEquals(200, pushed.statusCode(), pushed.body());
        JsonNode verdict = JSON.readTree(pushed.body());
        assertEquals(true, verdict.get("accepted").asBoolean());
    }

    @Test
    void theAuditPostsRefuseAMissingOrWrongKey() throws Exception {
        for (String key : new String[] {null, KEY + "x"}) {
            for (Map.Entry<String, String> note : AUDIT_NOTES.entrySet()) {
                String path = note.getKey();
                HttpResponse<String> refused = send("POST", path, note.getValue(), key);
                assertEquals(401, refused.statusCode(), path + " with key " + key + ": " + refused.body());
                assertEquals("X-API-Key", JSON.readTree(refused.body()).get("field").asText());
            }
        }
    }

    @Test
    void theKeyLetsAnAuditRecordIn() throws Exception {
        for (Map.Entry<String, String> note : AUDIT_NOTES.entrySet()) {
            HttpResponse<String> accepted = send("POST", note.getKey(), note.getValue(), KEY);
            assertEquals(202, accepted.statusCode(), note.getKey() + ": " + accepted.body());
            assertEquals("external", JSON.readTree(accepted.body()).get("source").asText());
        }
    }

    @Test
    void readsNeedNoKey() throws Exception {
        for (String path : List.of("/", "/health", "/risk/status", "/trades", "/api/positions/html", "/feed/status")) {
            assertEquals(200, TestApps.get(app, path, null).statusCode(), path);
        }
    }
}
