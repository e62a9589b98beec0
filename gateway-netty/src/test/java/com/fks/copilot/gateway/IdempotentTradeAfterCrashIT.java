package com.fks.copilot.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The trader's platform sends {@code POST /trades}, the co-pilot is killed ({@code kill -9}) before the
 * answer is used, and the platform resends after the restart: the key was journaled with the
 * trade, so the resend gets the first trade back and the day holds one trade, not two.
 */
class IdempotentTradeAfterCrashIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MORNING = List.of("--date", "2026-11-24", "--start", "09:29:30", "--end", "11:00",
            "--seed", "42", "--port", "0", "--speed", "1", "--wait-strategy", "blocking",
            "--history-days", "0"); // the trade must land in the live window, not during the prior days' catch-up
    /** MGC long 1 @ 5200.0, stop 5195.0: 50 ticks x $1.00 = $50.00 risk. */
    private static final String MGC_LONG = "{\"symbol\":\"MGC\",\"side\":\"LONG\",\"size\":1,\"entry\":5200.0,\"stop\":5195.0}";
    private static final String KEY = "nt8-order-7f3a";

    @Test
    void aTradeResentAfterKillMinus9AndRestartIsTheFirstTrade(@TempDir Path dir) throws Exception {
        Process first = ChildCopilot.demo(dir, MORNING);
        long tradeId;
        try {
            URI base = URI.create("http://127.0.0.1:" + ChildCopilot.awaitReady(first) + "/");
            HttpResponse<String> opened = IdempotentTradesIT.post(base, "/trades", MGC_LONG, KEY);
            assertEquals(201, opened.statusCode(), opened.body());
            tradeId = JSON.readTree(opened.body()).get("trade_id").asLong();
        } finally {
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        }

        Process restarted = ChildCopilot.demo(dir, MORNING);
        try {
            URI base = URI.create("http://127.0.0.1:" + ChildCopilot.awaitReady(restarted) + "/");
            HttpResponse<String> resent = IdempotentTradesIT.post(base, "/trades", MGC_LONG, KEY);

            assertEquals(201, resent.statusCode(), resent.body());
            JsonNode body = JSON.readTree(resent.body());
            assertEquals(tradeId, body.get("trade_id").asLong());
            assertEquals("true", resent.headers().firstValue("Idempotent-Replayed").orElse(null));
            assertEquals(1, IdempotentTradesIT.tradesWithId(base, tradeId), "one trade with that id");
            assertEquals(1, JSON.readTree(IdempotentTradesIT.get(base, "/trades")).get("trades").size(), "and no other");
        } finally {
            restarted.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
