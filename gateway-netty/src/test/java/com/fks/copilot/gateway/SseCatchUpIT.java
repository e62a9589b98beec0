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
                long previous = 0;
                for (SseClient.Frame frame : frames) {
                    assertTrue(frame.event().endsWith("-update"), frame.event());
                    long seq = Long.parseLong(Jsoup.parse(frame.data()).selectFirst("article").attr("data-seq"));
                    assertTrue(seq > previous, "in feed order");
                    previous = seq;
                }
            }
        }
    }
}
