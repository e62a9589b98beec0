package com.fks.copilot.gateway;

import com.fks.copilot.gateway.app.CopilotApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SseCatchUpIT {

    @Test
    void aClientConnectingAfterTheFactGetsTheLastEightUpdates(@TempDir Path dir) throws Exception {
        try (CopilotApp app = TestApps.demo(dir, 0, 60, LocalTime.of(9, 31))) {
            app.awaitFeedFinished();
            app.drainAndReport();
            try (SseClient sse = new SseClient(app, "/sse/dashboard")) {
                List<SseClient.Frame> frames = sse.drain(20, Duration.ofSeconds(2));
                assertEquals(8, frames.size(), "catch-up of the last 8 updates, nothing more once the feed is done");
                java.util.Map<String, Long> previous = new java.util.HashMap<>();
                for (SseClient.Frame frame : frames) {
                    assertTrue(frame.event().endsWith("-update"), "whole cards and panels, never bare prices: " + frame.event());
                    var card = Jsoup.parse(frame.data()).selectFirst("article");
                    if (card != null) {
                        long seq = Long.parseLong(card.attr("data-seq"));
                        assertTrue(seq > previous.getOrDefault(frame.event(), 0L), "each card in feed order");
                        previous.put(frame.event(), seq);
                    }
                }
            }
        }
    }
}
