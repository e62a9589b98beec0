package com.fks.copilot.gateway.grok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local xAI: a real HTTP server on loopback speaking {@code POST /v1/chat/completions} as MARKET.md
 * describes it. It checks the bearer key and the request's shape (model, system/user messages,
 * temperature, max_tokens) and answers like the API: a chat completion, 401 for a wrong key, 429 with
 * {@code retry-after}, or a completion that comes too late. Requests it found malformed are kept
 * in {@link #malformed()} so a test can assert there were none.
 */
final class FakeXai implements AutoCloseable {
    static final String KEY = "xai-test-key-0001";
    static final String MODEL = "grok-test-model";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ROLES = Set.of("system", "user", "assistant");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> malformed = new CopyOnWriteArrayList<>();
    private volatile Function<JsonNode, String> answer = request -> "";
    private volatile long retryAfterSeconds = -1;
    private volatile Duration delay = Duration.ZERO;

    FakeXai() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::chatCompletions);
        server.setExecutor(threads);
        server.start();
    }

    /** The base URL to configure as XAI_BASE_URL. */
    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** Answers every request with the text {@code answer} makes of its body. */
    FakeXai answering(Function<JsonNode, String> answer) {
        this.answer = answer;
        this.retryAfterSeconds = -1;
        this.delay = Duration.ZERO;
        return this;
    }

    /**
     * A Grok that keeps the status lines of the draft the live prompt carries and words its own DO
     * NOW; a briefing prompt (no draft) gets a short briefing.
     */
    static String rewritesTheDraft(JsonNode request) {
        String user = request.get("messages").get(1).get("content").asText();
        String marker = "keep its form):\n";
        int draft = user.indexOf(marker);
        if (draft < 0) {
            return "Good morning. The plan is set; let the opening range form first.\nDO NOW: Wait for 09:30 ET.";
        }
        List<String> lines = new java.util.ArrayList<>(user.substring(draft + marker.length()).lines()
                .filter(line -> !line.startsWith("DO NOW")).toList());
        lines.add("DO NOW: Grok says: trade only the first focus asset, and only inside its zone.");
        return String.join("\n", lines);
    }

    /** Answers 429 with {@code retry-after: seconds}, as when the tier's rate limit is exceeded. */
    FakeXai rateLimited(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** Answers only after {@code delay}. */
    FakeXai slow(Duration delay) {
        this.delay = delay;
        return this;
    }

    /** Bodies of the well-formed, authorised requests received. */
    List<JsonNode> requests() {
        return requests;
    }

    List<String> malformed() {
        return malformed;
    }

    private void chatCompletions(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                error(exchange, 405, "method not allowed", "invalid_request_error");
                return;
            }
            if (!("Bearer " + KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                error(exchange, 401, "Incorrect API key provided", "invalid_api_key");
                return;
            }
            String problem = shapeProblem(exchange);
            JsonNode body = problem == null ? JSON.readTree(exchange.getRequestBody()) : null;
            problem = problem != null ? problem : bodyProblem(body);
            if (problem != null) {
                malformed.add(problem);
                error(exchange, 400, problem, "invalid_request_error");
                return;
            }
            requests.add(body);
            respond(exchange, body);
        }
    }

    private void respond(HttpExchange exchange, JsonNode body) throws IOException {
        if (retryAfterSeconds >= 0) {
            exchange.getResponseHeaders().add("retry-after", Long.toString(retryAfterSeconds));
            error(exchange, 429, "Rate limit exceeded for your team's tier", "rate_limit_exceeded");
            return;
        }
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        ObjectNode completion = JSON.createObjectNode();
        completion.put("id", "chatcmpl-" + requests.size());
        completion.put("object", "chat.completion");
        completion.put("created", 1_764_000_000L);
        completion.put("model", body.get("model").asText());
        ObjectNode choice = completion.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", answer.apply(body));
        choice.put("finish_reason", "stop");
        completion.putObject("usage").put("prompt_tokens", 412).put("completion_tokens", 96).put("total_tokens", 508);
        send(exchange, 200, completion);
    }

    private static String shapeProblem(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return type != null && type.startsWith("application/json") ? null : "Content-Type must be application/json: " + type;
    }

    private static String bodyProblem(JsonNode body) {
        if (!body.path("model").isTextual() || body.path("model").asText().isBlank()) {
            return "model is required";
        }
        JsonNode messages = body.path("messages");
        if (!messages.isArray() || messages.isEmpty()) {
            return "messages must be a non-empty array";
        }
        for (JsonNode message : messages) {
            if (!ROLES.contains(message.path("role").asText()) || !message.path("content").isTextual()) {
                return "each message needs a role (system, user, assistant) and text content: " + message;
            }
        }
        if (!body.path("temperature").isNumber() || body.get("temperature").asDouble() < 0 || body.get("temperature").asDouble() > 2) {
            return "temperature must be a number in 0..2";
        }
        if (!body.path("max_tokens").isIntegralNumber() || body.get("max_tokens").asInt() < 1) {
            return "max_tokens must be a positive integer";
        }
        return null;
    }

    private static void error(HttpExchange exchange, int status, String message, String code) throws IOException {
        ObjectNode error = JSON.createObjectNode();
        error.putObject("error").put("message", message).put("type", code).put("code", code);
        send(exchange, status, error);
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
