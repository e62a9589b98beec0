package com.fks.copilot.gateway.http;

import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** With a key configured, a mutation without it never reaches a route; reads need none. */
class ApiKeyCheckTest {
    private static final String KEY = "k-7f3a9c";
    private static final List<HttpMethod> MUTATIONS = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final List<String> MUTATION_ROUTES = List.of("/positions/update", "/risk/check", "/trades", "/trades/7/close");
    private final AnswerOk routes = new AnswerOk();
    private final ClientChannel client = new ClientChannel("127.0.0.1", new ApiKeyCheck(KEY), routes);

    @AfterEach
    void close() {
        client.finishAndReleaseAll();
    }

    @Test
    void everyMutationWithoutTheKeyIs401NamingTheHeader() throws Exception {
        for (HttpMethod method : MUTATIONS) {
            for (String path : MUTATION_ROUTES) {
                FullHttpResponse refused = client.exchange(method, path);
                try {
                    assertEquals(401, refused.status().code(), method + " " + path);
                    assertEquals("{\"error\":\"missing or wrong X-API-Key\",\"status\":401,\"field\":\"X-API-Key\"}",
                            refused.content().toString(StandardCharsets.UTF_8), "the body NinjaTrader's fixture holds");
                } finally {
                    refused.release();
                }
            }
        }
        assertEquals(0, routes.reached());
    }

    @Test
    void aWrongKeyIs401() {
        for (String wrong : List.of("", "k-7f3a9", "K-7F3A9C", "k-7f3a9c-and-more")) {
            for (String path : MUTATION_ROUTES) {
                assertEquals(401, client.send(HttpMethod.POST, path, "X-API-Key", wrong), "'" + wrong + "' on " + path);
            }
        }
        assertEquals(0, routes.reached());
    }

    @Test
    void theKeyLetsEveryMutationThrough() {
        for (HttpMethod method : MUTATIONS) {
            for (String path : MUTATION_ROUTES) {
                assertEquals(200, client.send(method, path, "X-API-Key", KEY), method + " " + path);
            }
        }
        assertEquals(16, routes.reached());
    }

    @Test
    void readsNeedNoKey() {
        for (String path : List.of("/", "/health", "/risk/status", "/trades", "/api/positions/html", "/sse/dashboard")) {
            assertEquals(200, client.send(HttpMethod.GET, path), path);
        }
        assertEquals(200, client.send(HttpMethod.HEAD, "/risk/status"));
        assertEquals(200, client.send(HttpMethod.GET, "/risk/status", "X-API-Key", "wrong"), "a wrong key on a read is ignored");
    }

    @Test
    void aBlankKeyCannotBeTheKey() {
        assertThrows(IllegalArgumentException.class, () -> new ApiKeyCheck(" "));
    }
}
