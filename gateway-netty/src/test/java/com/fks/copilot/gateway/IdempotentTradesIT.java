package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /trades} and {@code POST /trades/{id}/close} under an {@code Idempotency-Key}, over real
 * loopback HTTP on the demo morning (entries allowed): a resend gets the first answer and creates
 * nothing; a different request under a used key is 422 and changes nothing.
 */
class IdempotentTradesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** MES long 1 @ 6050.00, stop 6045.00: 20 ticks x $1.25 = $25.00 risk. */
    private static final String MES_LONG = "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":1,\"entry\":6050.00,\"stop\":6045.00}";

    // its ~20 trades in a few seconds would meet the 20-mutations-a-minute limit, which is not what this tests
    @RegisterExtension
    static final MorningApp MORNING = new MorningApp();

    static HttpResponse<String> post(URI base, String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body, String key) throws Exception {
        return post(TestApps.uri(MORNING.app(), "/"), path, body, key);
    }

    static String get(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static long tradesWithId(URI base, long id) throws Exception {
        long count = 0;
        for (JsonNode trade : JSON.readTree(get(base, "/trades")).get("trades")) {
            count += trade.get("trade_id").asLong() == id ? 1 : 0;
        }
        return count;
    }

    private static int tradeCount() throws Exception {
        return JSON.readTree(TestApps.get(MORNING.app(), "/trades", null).body()).get("trades").size();
    }

    @Test
    void aResentTradeGetsTheFirstAnswerAndOpensNothingNew() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post("/trades", MES_LONG, key);
        int before = tradeCount();

        HttpResponse<String> again = post("/trades", MES_LONG, key);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(first.body(), again.body(), "the first answer, byte for byte");
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertFalse(first.headers().firstValue("Idempotent-Replayed").isPresent());
        assertEquals(before, tradeCount(), "no second trade");
    }

    @Test
    void aDifferentTradeUnderAUsedKeyIs422AndOpensNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        post("/trades", MES_LONG, key);
        int before = tradeCount();

        HttpResponse<String> other = post("/trades", MES_LONG.replace("\"size\":1", "\"size\":2"), key);

        assertEquals(422, other.statusCode(), other.body());
        assertEquals("Idempotency-Key", JSON.readTree(other.body()).get("field").asText());
        assertEquals(before, tradeCount());
    }

    @Test
    void eightResendsInFlightAtOnceOpenOneTrade() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = tradeCount();
        List<CompletableFuture<HttpResponse<String>>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(HTTP.sendAsync(HttpRequest.newBuilder(TestApps.uri(MORNING.app(), "/trades")).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(MES_LONG)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        long id = -1;
        for (CompletableFuture<HttpResponse<String>> answer : sent) {
            JsonNode body = JSON.readTree(answer.get().body());
            assertTrue(id < 0 || id == body.get("trade_id").asLong(), "every answer names the same trade");
            id = body.get("trade_id").asLong();
        }
        assertEquals(before + 1, tradeCount());
    }

    @Test
    void aResentCloseGetsTheFirstPnlNotNoOpenTrade() throws Exception {
        long id = JSON.readTree(post("/trades", MES_LONG, null).body()).get("trade_id").asLong();
        String key = UUID.randomUUID().toString();
        // 6052.50 - 6050.00 = 10 ticks x $1.25 = $12.50
        HttpResponse<String> closed = post("/trades/" + id + "/close", "{\"exit_price\":6052.50}", key);

        HttpResponse<String> again = post("/trades/" + id + "/close", "{\"exit_price\":6052.50}", key);

        assertEquals(200, again.statusCode(), again.body());
        assertEquals(12.5, JSON.readTree(again.body()).get("realized_pnl").asDouble(), 0.0);
        assertEquals(closed.body(), again.body());
    }

    @Test
    void aKeyThatIsNotVisibleAsciiIs400NamingTheHeader() throws Exception {
        int before = tradeCount();
        HttpResponse<String> refused = post("/trades", MES_LONG, "x".repeat(256));

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("Idempotency-Key", JSON.readTree(refused.body()).get("field").asText());
        assertEquals(before, tradeCount());
    }

    @Test
    void withoutAKeyEverySendOpensATrade() throws Exception {
        int before = tradeCount();
        post("/trades", MES_LONG, null);
        post("/trades", MES_LONG, null);
        assertEquals(before + 2, tradeCount());
    }
}
