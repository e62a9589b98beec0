package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.grok.GrokSettings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.net.URI;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The xAI settings reach the app from the command line (env variables are the options' defaults). */
class GrokOptionsTest {

    private static CopilotCommand.ServerOptions parse(String... args) {
        CopilotCommand.Run run = new CopilotCommand.Run();
        new CommandLine(run).parseArgs(args);
        return run.server;
    }

    @Test
    void xaiOptionsBecomeTheGrokSettings() {
        GrokSettings grok = parse("--xai-base-url", "http://127.0.0.1:9999/v1", "--xai-model", "grok-test",
                "--xai-api-key", "xai-k", "--xai-timeout-ms", "1500").grok();

        assertEquals(URI.create("http://127.0.0.1:9999/v1/chat/completions"), grok.chatCompletions());
        assertEquals("grok-test", grok.model());
        assertEquals("xai-k", grok.apiKey());
        assertEquals(Duration.ofMillis(1500), grok.timeout());
    }

    @Test
    void aTimeoutThatIsNotPositiveIsRefused() {
        CopilotCommand.ServerOptions options = parse("--xai-timeout-ms", "0");
        assertThrows(CommandLine.TypeConversionException.class, options::grok);
    }
}
