package com.fks.copilot.gateway.feed;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The feed's settings: plan, clock delay and what is refused. */
class FeedSettingsTest {
    @Test
    void shouldRunOnRealTimeAgainstTheRealTimeCluster() {
        FeedSettings settings = FeedSettings.of(FeedSettings.REAL_TIME, "k", Map.of(), 8);

        assertEquals("real-time", settings.plan());
        assertEquals(Duration.ZERO, settings.clockDelay());
    }

    @Test
    void shouldDelayTheClockTenMinutesOnTheDelayedCluster() {
        FeedSettings settings = FeedSettings.of(FeedSettings.DELAYED, "k", Map.of(), 8);

        assertEquals("delayed", settings.plan());
        assertEquals(Duration.ofMinutes(10), settings.clockDelay());
    }

    @Test
    void shouldRefuseAnUrlThatIsNoWebSocket() {
        assertThrows(IllegalArgumentException.class, () -> FeedSettings.of(URI.create("https://socket.massive.com"), "k", Map.of(), 8));
    }

    @Test
    void shouldRefuseAMissingKey() {
        assertThrows(IllegalArgumentException.class, () -> FeedSettings.of(FeedSettings.REAL_TIME, " ", Map.of(), 8));
    }
}
