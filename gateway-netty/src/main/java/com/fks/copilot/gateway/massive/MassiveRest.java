package com.fks.copilot.gateway.massive;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Massive.com's futures REST API (JDK HttpClient): 1-minute aggregates and contract listings, each
 * followed through {@code next_url} until the last page. A 429 waits as long as Retry-After says,
 * a 5xx or a dropped connection backs off exponentially (capped); a rejected key fails at once.
 * Prices pass through exactly as quoted. Thread-safe; calls block.
 */
public final class MassiveRest {
    private static final System.Logger LOG = System.getLogger("copilot.massive");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final int AGGS_LIMIT = 50_000;
    private static final int CONTRACTS_LIMIT = 1_000;
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(5);

    private final MassiveSettings settings;
    private final RequestPacer pacer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public MassiveRest(MassiveSettings settings) {
        this.settings = settings;
        this.pacer = new RequestPacer(settings.requestsPerMinute());
    }

    /** The 1-minute bars of {@code ticker} with a window start in [from, to), oldest first. */
    public List<AggregateBar> minuteBars(String ticker, Instant from, Instant to) throws IOException, InterruptedException {
        String first = "/futures/v1/aggs/" + ticker + "?resolution=1min&window_start.gte=" + nanos(from)
                + "&window_start.lt=" + nanos(to) + "&limit=" + AGGS_LIMIT + "&sort=window_start.asc";
        List<AggregateBar> bars = new ArrayList<>();
        for (JsonNode result : allResults(first)) {
            bars.add(new AggregateBar(ticker, Instant.EPOCH.plusNanos(result.path("window_start").asLong()),
                    decimal(result, "open"), decimal(result, "high"), decimal(result, "low"), decimal(result, "close"),
                    result.path("volume").asLong()));
        }
        return bars;
    }

    /** The single (not combo) contracts of {@code productCode} listed on {@code date}, in Massive's order. */
    public List<FuturesContract> contracts(String productCode, LocalDate date) throws IOException, InterruptedException {
        String first = "/futures/v1/contracts?product_code=" + productCode + "&date=" + date + "&type=single&limit="
                + CONTRACTS_LIMIT;
        List<FuturesContract> contracts = new ArrayList<>();
        for (JsonNode result : allResults(first)) {
            LocalDate lastTrade = date(result, "last_trade_date");
            if (lastTrade != null) { // without an expiry it cannot be ranked for the front month
                contracts.add(new FuturesContract(result.path("ticker").asText(),
                        result.path("product_code").asText(productCode), date(result, "first_trade_date"), lastTrade));
            }
        }
        return contracts;
    }

    private List<JsonNode> allResults(String firstPathAndQuery) throws IOException, InterruptedException {
        List<JsonNode> results = new ArrayList<>();
        String next = firstPathAndQuery;
        while (next != null) {
            JsonNode page = get(settings.restUrl().resolve(next));
            page.path("results").forEach(results::add);
            next = nextPage(page);
        }
        return results;
    }

    /**
     * The path and query of {@code next_url}, to be resolved against our own base URL: the key goes
     * only to the host we were configured with, and a proxy or test server keeps working.
     */
    private static String nextPage(JsonNode page) {
        String nextUrl = page.path("next_url").asText("");
        if (nextUrl.isBlank()) {
            return null;
        }
        URI next = URI.create(nextUrl);
        return next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
    }

    private JsonNode get(URI uri) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            pacer.awaitTurn();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request(uri), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                retryOrGiveUp(attempt, 0, uri, backoff(attempt), "connection failed: " + e.getMessage());
                continue;
            }
            int status = response.statusCode();
            if (status == 200) {
                return checked(JSON.readTree(response.body()), uri);
            }
            if (status == 401 || status == 403) {
                throw new MassiveException(status, "Massive refused the API key (HTTP " + status
                        + "): check MASSIVE_API_KEY and that the plan includes futures");
            }
            if (status == 429) {
                retryOrGiveUp(attempt, status, uri, retryAfter(response).orElse(backoff(attempt)), "rate limited");
            } else if (status >= 500) {
                retryOrGiveUp(attempt, status, uri, backoff(attempt), "server error");
            } else {
                throw new MassiveException(status, "Massive answered HTTP " + status + " for " + uri.getRawPath()
                        + ": " + snippet(response.body()));
            }
        }
    }

    private void retryOrGiveUp(int attempt, int status, URI uri, Duration wait, String why)
            throws MassiveException, InterruptedException {
        if (attempt >= settings.maxAttempts()) {
            throw new MassiveException(status, "Massive " + why + (status > 0 ? " (HTTP " + status + ")" : "")
                    + " on " + uri.getRawPath() + "; gave up after " + attempt + " tries");
        }
        LOG.log(System.Logger.Level.WARNING, "Massive {0}{1} on {2}; try {3} of {4} in {5} ms", why,
                status > 0 ? " (HTTP " + status + ")" : "", uri.getRawPath(), attempt + 1, settings.maxAttempts(),
                wait.toMillis());
        Thread.sleep(wait.toMillis());
    }

    private HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + settings.apiKey())
                .header("Accept", "application/json").GET().build();
    }

    private static JsonNode checked(JsonNode page, URI uri) throws MassiveException {
        String status = page.path("status").asText("OK");
        if (!status.equals("OK") && !status.equals("DELAYED")) {
            throw new MassiveException(200, "Massive answered status " + status + " for " + uri.getRawPath() + ": "
                    + page.path("error").asText(page.path("message").asText("")));
        }
        return page;
    }

    private Duration backoff(int attempt) {
        long millis = settings.firstBackoff().toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, settings.maxBackoff().toMillis()));
    }

    /** Retry-After in seconds or as an HTTP date, capped so a bad header cannot stall a run for hours. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(MassiveRest::parseRetryAfter)
                .map(wait -> wait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : wait);
    }

    private static Optional<Duration> parseRetryAfter(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static long nanos(Instant instant) {
        return ChronoUnit.NANOS.between(Instant.EPOCH, instant);
    }

    private static BigDecimal decimal(JsonNode node, String field) throws MassiveException {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new MassiveException(200, "Massive aggregate without a numeric " + field + ": " + node);
        }
        return value.decimalValue();
    }

    private static LocalDate date(JsonNode node, String field) {
        String text = node.path(field).asText("");
        return text.isBlank() ? null : LocalDate.parse(text);
    }

    private static String snippet(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
