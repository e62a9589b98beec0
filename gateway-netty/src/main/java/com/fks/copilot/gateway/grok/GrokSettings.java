package com.fks.copilot.gateway.grok;

import java.net.URI;
import java.time.Duration;

/**
 * How the co-pilot reaches xAI Grok (MARKET.md): {@code XAI_BASE_URL}, {@code XAI_MODEL},
 * {@code XAI_API_KEY}, and how long a live update may wait before the local summary is used.
 *
 * @param baseUrl the API root, e.g. {@code https://api.x.ai/v1}; {@code /chat/completions} is appended
 * @param apiKey  null or blank: no key, every summary is made locally
 * @param timeout the whole request's budget; a trader needs the update now, not in a minute
 */
public record GrokSettings(URI baseUrl, String model, String apiKey, Duration timeout) {
    public static final String DEFAULT_BASE_URL = "https://api.x.ai/v1";
    /** The model the original system used. */
    public static final String DEFAULT_MODEL = "grok-4.20-0309-reasoning";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(8);

    public GrokSettings {
        if (baseUrl == null || baseUrl.getScheme() == null || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("XAI_BASE_URL must be an absolute http(s) URL: " + baseUrl);
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("XAI_MODEL must not be blank");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Grok timeout must be positive: " + timeout);
        }
    }

    /** Defaults with no key: the co-pilot speaks from engine state alone. */
    public static GrokSettings localOnly() {
        return new GrokSettings(URI.create(DEFAULT_BASE_URL), DEFAULT_MODEL, null, DEFAULT_TIMEOUT);
    }

    /** From the CLI/env texts; blank or null base URL and model fall back to the defaults. */
    public static GrokSettings of(String baseUrl, String model, String apiKey, Duration timeout) {
        return new GrokSettings(URI.create(blank(baseUrl) ? DEFAULT_BASE_URL : baseUrl.trim()),
                blank(model) ? DEFAULT_MODEL : model.trim(), blank(apiKey) ? null : apiKey.trim(),
                timeout == null ? DEFAULT_TIMEOUT : timeout);
    }

    public boolean hasKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    public URI chatCompletions() {
        String root = baseUrl.toString();
        return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + "/chat/completions");
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "GrokSettings[" + baseUrl + ", model " + model + ", " + (hasKey() ? "key set" : "no key")
                + ", timeout " + timeout.toMillis() + " ms]";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
