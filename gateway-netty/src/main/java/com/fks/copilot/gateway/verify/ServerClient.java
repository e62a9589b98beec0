package com.fks.copilot.gateway.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The co-pilot's HTTP API as verify uses it: reads, a JSON POST that passes the edge's checks
 * (Content-Type application/json, no Origin, X-API-Key when one is given), and the first event of
 * the dashboard stream, each with a deadline.
 */
public final class ServerClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final int BUSY_RETRIES = 5;

    private final URI base;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http;
    /** Which request had no answer in time, once one had none. */
    private volatile String silent;

    public ServerClient(URI base, String apiKey, Duration timeout) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.trim();
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** One answer: status, content type and body. */
    public record Answer(int status, String contentType, String body, Optional<String> retryAfter) {
        public boolean ok() {
            return status == 200;
        }

        public JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        /** "HTTP 503: {body}" (shortened), for a check's detail. */
        public String describe() {
            String text = body.strip().replaceAll("\\s+", " ");
            return "HTTP " + status + (text.isEmpty() ? "" : ": " + (text.length() > 160 ? text.substring(0, 160) + "…" : text));
        }
    }

    public URI base() {
        return base;
    }

    /**
     * Why nothing answers at the URL (connection refused, unknown host, no answer to the connect), or
     * empty when a TCP connection can be made.
     */
    public Optional<String> unreachable() {
        int port = base.getPort() >= 0 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), port), (int) CONNECT_TIMEOUT.toMillis());
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            String why = e instanceof ConnectException ? "connection refused"
                    : e instanceof java.net.UnknownHostException ? "unknown host" : e.getMessage();
            return Optional.of("nothing answers at " + base + " (" + why + ")");
        }
    }

    public Answer get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.GET().build());
    }

    /**
     * POSTs {@code json} as a script on this machine does; a 503 with Retry-After (the engine busy, or a
     * demo still playing its prior days) is tried again a few times.
     */
    public Answer postJson(String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        Answer answer = send(request.build());
        for (int retry = 0; retry < BUSY_RETRIES && answer.status() == 503 && answer.retryAfter().isPresent(); retry++) {
            Thread.sleep(TimeUnit.SECONDS.toMillis(retryAfterSeconds(answer.retryAfter().get())));
            answer = send(request.build());
        }
        return answer;
    }

    /** Retry-After's whole seconds, 1 to 5 (an HTTP date or anything else: 1). */
    private static long retryAfterSeconds(String value) {
        try {
            return Math.max(1, Math.min(5, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The stream's status and Content-Type, and its first event's name within {@code wait} (empty if none came). */
    public record FirstEvent(int status, String contentType, Optional<String> event) {
    }

    /**
     * Opens {@code path} as an event stream and reads until the first event (a block with an {@code event:}
     * or {@code data:} line), for at most {@code wait}; a zero wait reads only the status and headers.
     */
    public FirstEvent firstEvent(String path, Duration wait) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(at(path)).timeout(timeout)
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> response = exchange(request, HttpResponse.BodyHandlers.ofInputStream());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200 || wait.isZero()) {
                return new FirstEvent(response.statusCode(), contentType, Optional.empty());
            }
            // the read blocks; it runs apart so that the wait has a deadline, and closing the stream ends it
            CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> readFirstEvent(body),
                    runnable -> daemon(runnable).start());
            try {
                return new FirstEvent(200, contentType, first.get(wait.toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                return new FirstEvent(200, contentType, Optional.empty());
            } catch (ExecutionException e) {
                throw new IOException("the stream broke: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private static Thread daemon(Runnable runnable) {
        Thread thread = new Thread(runnable, "verify-sse");
        thread.setDaemon(true);
        return thread;
    }

    private static Optional<String> readFirstEvent(InputStream body) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            String name = null;
            boolean data = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty()) {
                    if (name != null || data) {
                        return Optional.of(name != null ? name : "message");
                    }
                } else if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:")) {
                    data = true;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(at(path)).timeout(timeout);
    }

    /** {@code path} under the base URL (kept whole: a proxy's prefix stays). */
    private URI at(String path) {
        return URI.create(base + path);
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers().firstValue("Retry-After"));
    }

    /**
     * Sends {@code request}. Once one request has had no answer in time, the server counts as hung and every
     * later one fails at once: a run against a server that takes connections but never answers ends in
     * seconds, not a timeout per check.
     */
    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        if (silent != null) {
            throw new HttpTimeoutException("not asked: " + silent);
        }
        try {
            return http.send(request, body);
        } catch (HttpConnectTimeoutException e) {
            throw new IOException("no connection to " + base + " within " + CONNECT_TIMEOUT.toSeconds() + " s", e);
        } catch (HttpTimeoutException e) {
            silent = request.uri().getPath() + " had no answer within " + timeout.toSeconds() + " s";
            throw new HttpTimeoutException(silent);
        }
    }
}
