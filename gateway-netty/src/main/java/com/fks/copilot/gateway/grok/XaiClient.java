package com.fks.copilot.gateway.grok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * xAI's chat completions endpoint over the JDK HttpClient (MARKET.md): {@code POST {base}/chat/completions},
 * {@code Authorization: Bearer}, body {@code {model, messages, temperature, max_tokens}}, answer in
 * {@code choices[0].message.content}. Never throws for what the network or the server does: every
 * failure is a {@link GrokAnswer.Failed}. Blocking; call from the co-pilot's own thread, never the ring's.
 */
public final class XaiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DETAIL_LENGTH = 200;
    private final GrokSettings settings;
    private final HttpClient http;

    public XaiClient(GrokSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    public GrokAnswer ask(GrokPrompt prompt) {
        if (!settings.hasKey()) {
            return new GrokAnswer.Failed(GrokOutcome.NO_KEY, "no XAI_API_KEY", 0);
        }
        try {
            HttpResponse<String> response = http.send(request(prompt), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return answer(response);
        } catch (HttpTimeoutException e) {
            return new GrokAnswer.Failed(GrokOutcome.TIMEOUT, "no answer within " + settings.timeout().toMillis() + " ms", 0);
        } catch (IOException e) {
            return new GrokAnswer.Failed(GrokOutcome.ERROR, e.toString(), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GrokAnswer.Failed(GrokOutcome.ERROR, "interrupted", 0);
        }
    }

    private HttpRequest request(GrokPrompt prompt) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        var messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", prompt.system());
        messages.addObject().put("role", "user").put("content", prompt.user());
        body.put("temperature", prompt.temperature());
        body.put("max_tokens", prompt.maxTokens());
        return HttpRequest.newBuilder(settings.chatCompletions())
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + settings.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
    }

    private static GrokAnswer answer(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 429) {
            long retryAfter = response.headers().firstValue("retry-after").map(XaiClient::seconds).orElse(0L);
            return new GrokAnswer.Failed(GrokOutcome.RATE_LIMITED, "429 rate limited, retry after " + retryAfter + " s",
                    retryAfter);
        }
        if (status != 200) {
            return new GrokAnswer.Failed(GrokOutcome.ERROR, "HTTP " + status + ": " + shorten(response.body()), 0);
        }
        try {
            JsonNode content = JSON.readTree(response.body()).path("choices").path(0).path("message").path("content");
            if (!content.isTextual() || content.asText().isBlank()) {
                return new GrokAnswer.Failed(GrokOutcome.ERROR, "no choices[0].message.content: " + shorten(response.body()), 0);
            }
            return new GrokAnswer.Answered(content.asText().strip());
        } catch (IOException e) {
            return new GrokAnswer.Failed(GrokOutcome.ERROR, "unreadable answer: " + shorten(response.body()), 0);
        }
    }

    /** {@code retry-after} in seconds; the HTTP-date form is rare for APIs and counts as "unknown" (0). */
    private static long seconds(String value) {
        try {
            return Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() <= DETAIL_LENGTH ? text : text.substring(0, DETAIL_LENGTH) + "…";
    }
}
