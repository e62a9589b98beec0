package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.ring.RingThreading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenBindTest {
    @TempDir
    Path dir;

    private AppSettings bound(String bind) {
        return new AppSettings(dir, bind, 0, RingThreading.blocking(), 1024, 30, new MarketSource.WallClockOnly());
    }

    @Test
    void aServerOnEveryInterfaceWithoutAKeyRefusesToStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> CopilotApp.start(bound("0.0.0.0")));
        assertTrue(refused.getMessage().contains("--api-key"), refused.getMessage());
        assertTrue(Files.notExists(dir.resolve("journal")), "refused before anything was opened");
    }

    @Test
    void aKeyLetsItListenBeyondThisMachine() {
        assertDoesNotThrow(() -> bound("0.0.0.0").withApiKey("s3cret").requireKeyBeyondLoopback());
    }

    @Test
    void loopbackNeedsNoKey() {
        assertDoesNotThrow(() -> bound("127.0.0.1").requireKeyBeyondLoopback());
        assertDoesNotThrow(() -> bound("localhost").requireKeyBeyondLoopback());
        assertDoesNotThrow(() -> bound("::1").requireKeyBeyondLoopback());
    }

    @Test
    void theCommandSaysWhyAndExitsWith2() throws Exception {
        Path keyless = dir.resolve("data");
        int status = new picocli.CommandLine(new CopilotCommand()).execute("demo", "--bind", "0.0.0.0", "--port", "0",
                "--data-dir", keyless.toString());
        assertEquals(2, status);
    }

    @Test
    void theKeyCanComeFromAFile() throws Exception {
        Path file = dir.resolve("key");
        Files.writeString(file, "from-a-file\n");
        CopilotCommand.ServerOptions options = new CopilotCommand.ServerOptions();
        new picocli.CommandLine(options).parseArgs("--api-key-file", file.toString());
        assertEquals("from-a-file", options.apply(bound("0.0.0.0")).apiKey());
    }

    @Test
    void moreHostNamesComeFromTheOptionCommaSeparated() {
        CopilotCommand.ServerOptions options = new CopilotCommand.ServerOptions();
        new picocli.CommandLine(options).parseArgs("--allowed-host", "trading-pc.lan,nt8-box");
        assertEquals(java.util.List.of("trading-pc.lan", "nt8-box"), options.apply(bound("127.0.0.1")).edge().allowedHosts());
    }
}
