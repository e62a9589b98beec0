package com.fks.copilot.gateway.grok;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GrokSettingsTest {

    @Test
    void unsetBaseUrlAndModelFallBackToXaiAndTheOriginalModelWithoutAKey() {
        GrokSettings settings = GrokSettings.of(null, " ", "", null);
        assertEquals(URI.create("https://api.x.ai/v1/chat/completions"), settings.chatCompletions());
        assertEquals("grok-4.20-0309-reasoning", settings.model());
        assertFalse(settings.hasKey());
        assertEquals(Duration.ofSeconds(8), settings.timeout());
    }

    @Test
    void aBaseUrlWithATrailingSlashStillReachesChatCompletions() {
        GrokSettings settings = GrokSettings.of("http://127.0.0.1:9/v1/", "grok-x", "k", Duration.ofMillis(500));
        assertEquals(URI.create("http://127.0.0.1:9/v1/chat/completions"), settings.chatCompletions());
        assertTrue(settings.hasKey());
    }

    @Test
    void theKeyNeverAppearsInLogs() {
        String text = GrokSettings.of(null, null, "xai-secret-123", null).toString();
        assertFalse(text.contains("xai-secret-123"), text);
        assertTrue(text.contains("key set"), text);
    }

    @Test
    void aRelativeBaseUrlIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GrokSettings.of("api.x.ai/v1", null, null, null));
    }
}
