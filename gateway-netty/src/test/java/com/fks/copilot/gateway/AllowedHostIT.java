package com.fks.copilot.gateway;

import com.fks.copilot.gateway.http.RawHttp;

import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.gateway.app.AppSettings;
import com.fks.copilot.gateway.app.CopilotApp;
import com.fks.copilot.gateway.app.MarketSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A name given with {@code --allowed-host} is answered to in Host; any other name is still 421 (DNS rebinding). */
class AllowedHostIT {
    @TempDir
    static Path dir;
    static CopilotApp app;

    @BeforeAll
    static void start() throws Exception {
        AppSettings settings = new AppSettings(dir, "127.0.0.1", 0, RingThreading.blocking(), 1024, 30,
                new MarketSource.WallClockOnly());
        app = CopilotApp.start(settings.withEdge(settings.edge().withAllowedHosts(List.of("trading-pc.lan"))));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static int healthFor(String host) throws Exception {
        String request = "GET /health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
        return RawHttp.exchange(app.port(), request.getBytes(StandardCharsets.US_ASCII)).status();
    }

    @Test
    void aNameGivenBySettingIsServed() throws Exception {
        assertEquals(200, healthFor("trading-pc.lan:" + app.port()));
    }

    @Test
    void anyOtherNameIsStillMisdirected() throws Exception {
        assertEquals(421, healthFor("rebound.example:" + app.port()));
    }
}
