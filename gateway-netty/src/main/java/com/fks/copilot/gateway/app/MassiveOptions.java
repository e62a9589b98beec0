package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.massive.MassiveSettings;
import picocli.CommandLine.Option;

import java.net.URI;

/** Where market data comes from (Massive.com): the key, the REST base and request spacing. */
final class MassiveOptions {
    @Option(names = "--massive-key", defaultValue = "${env:MASSIVE_API_KEY}",
            description = "Massive.com API key (default: $MASSIVE_API_KEY; none = no Massive calls).")
    String key;

    @Option(names = "--massive-url", defaultValue = "${env:MASSIVE_REST_URL:-https://api.massive.com}",
            description = "Massive REST base URL (default: $MASSIVE_REST_URL or ${DEFAULT-VALUE}).")
    URI restUrl;

    @Option(names = "--requests-per-minute", defaultValue = "${env:MASSIVE_REQUESTS_PER_MINUTE:-0}",
            description = "Space Massive requests to this many a minute; the free tier allows 5 (default: ${DEFAULT-VALUE} = unspaced).")
    int requestsPerMinute;

    /** The settings, or null when no key is configured. */
    MassiveSettings settings() {
        return key == null || key.isBlank() ? null : MassiveSettings.of(restUrl, key.trim(), requestsPerMinute);
    }
}
