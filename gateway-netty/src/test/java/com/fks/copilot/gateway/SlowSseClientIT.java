package com.fks.copilot.gateway;

import com.fks.copilot.gateway.app.CopilotApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlowSseClientIT {

    @Test
    void aClientThatStopsReadingIsDroppedAndOthersKeepStreaming(@TempDir Path dir) throws Exception {
        try (CopilotApp app = TestApps.demo(dir, 20, 60);
             Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new java.net.InetSocketAddress("127.0.0.1", app.port()));
            OutputStream out = stalled.getOutputStream();
            out.write("GET /sse/dashboard HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (SseClient healthy = new SseClient(app, "/sse/dashboard")) {
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (app.hub().dropped() == 0 && System.nanoTime() < deadline) {
                    healthy.drain(10_000, Duration.ofMillis(50));
                }
                assertEquals(1, app.hub().dropped(), "the stalled client, and only it, was dropped at the write-buffer watermark");
                healthy.drain(100_000, Duration.ofMillis(200));
                assertNotNull(healthy.next("", Duration.ofSeconds(5)), "the reading client still receives updates");
                assertEquals(1, app.hub().clients(), "the reading client is still connected");
            }
        }
    }
}
