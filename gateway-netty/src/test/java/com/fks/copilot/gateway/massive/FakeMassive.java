package com.fks.copilot.gateway.massive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.journal.history.GlobexSchedule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Massive's futures REST API on loopback, speaking its documented JSON: 1-minute
 * aggregates (window_start in epoch nanos) for every Globex trading minute of a data range, small
 * pages chained by an opaque cursor in {@code next_url}, and contract listings ordered by ticker.
 * It checks the key, can answer 429 with Retry-After or 503 before serving, can leave holes, and
 * logs every request it saw.
 */
public final class FakeMassive implements AutoCloseable {
    public static final String KEY = "test-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request as the server saw it. */
    public record Seen(String path, Map<String, String> query, int status) {
        public Instant gte() {
            return Instant.EPOCH.plusNanos(Long.parseLong(query.get("window_start.gte")));
        }
    }

    private final HttpServer server;
    private final int pageSize;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final List<Instant[]> holes = new CopyOnWriteArrayList<>();
    private final Map<String, List<FuturesContract>> contracts = new LinkedHashMap<>();
    private final AtomicInteger rateLimitsToSend = new AtomicInteger();
    private final AtomicInteger serverErrorsToSend = new AtomicInteger();
    private final AtomicInteger malformedAggregatesToSend = new AtomicInteger();
    private volatile Instant dataFrom;
    private volatile Instant dataTo;

    /** Serves bars for [dataFrom, dataTo), {@code pageSize} per page. */
    public FakeMassive(Instant dataFrom, Instant dataTo, int pageSize) throws IOException {
        this.dataFrom = dataFrom;
        this.dataTo = dataTo;
        this.pageSize = pageSize;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/futures/v1/", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public FakeMassive listing(String root, FuturesContract... listed) {
        contracts.put(root, List.of(listed));
        return this;
    }

    /** No bars in [from, to): a data outage the gap report must find. */
    public FakeMassive hole(Instant from, Instant to) {
        holes.add(new Instant[]{from, to});
        return this;
    }

    /** Bars now exist up to {@code to}: time has moved on. */
    public void extendDataTo(Instant to) {
        dataTo = to;
    }

    /** The next {@code count} requests get 429 with {@code Retry-After: 1}. */
    public void rateLimitNext(int count) {
        rateLimitsToSend.set(count);
    }

    /** The next {@code count} aggregate requests get a 200 whose body is not JSON. */
    public void malformNextAggregates(int count) {
        malformedAggregatesToSend.set(count);
    }

    /** The next {@code count} requests get 503. */
    public void failNext(int count) {
        serverErrorsToSend.set(count);
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public List<Seen> aggregateRequests() {
        return seen.stream().filter(s -> s.path().startsWith("/futures/v1/aggs/")).toList();
    }

    public void clearLog() {
        seen.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            answer(exchange, path, query);
        }
    }

    private int answer(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (!("Bearer " + KEY).equals(auth) && !KEY.equals(query.get("apiKey"))) {
            return send(exchange, 401, Map.of("status", "ERROR", "request_id", "r", "error", "Unknown API Key"));
        }
        if (rateLimitsToSend.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            return send(exchange, 429, Map.of("status", "ERROR", "error", "You've exceeded the maximum requests per minute"));
        }
        if (serverErrorsToSend.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return send(exchange, 503, Map.of("status", "ERROR", "error", "service unavailable"));
        }
        if (path.startsWith("/futures/v1/aggs/") && malformedAggregatesToSend.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            byte[] body = "{\"status\":\"OK\",\"results\":[{\"open\":".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            return 200;
        }
        if (path.startsWith("/futures/v1/aggs/")) {
            return aggregates(exchange, path.substring("/futures/v1/aggs/".length()), query);
        }
        if (path.equals("/futures/v1/contracts")) {
            return contracts(exchange, query);
        }
        return send(exchange, 404, Map.of("status", "NOT_FOUND", "error", "no such endpoint"));
    }

    private int aggregates(HttpExchange exchange, String ticker, Map<String, String> query) throws IOException {
        long gte;
        long lt;
        int offset;
        if (query.containsKey("cursor")) {
            String[] cursor = new String(Base64.getUrlDecoder().decode(query.get("cursor")), StandardCharsets.UTF_8).split("\\|");
            gte = Long.parseLong(cursor[0]);
            lt = Long.parseLong(cursor[1]);
            offset = Integer.parseInt(cursor[2]);
        } else {
            if (!"1min".equals(query.get("resolution")) || !"window_start.asc".equals(query.get("sort"))) {
                return send(exchange, 400, Map.of("status", "ERROR", "error", "resolution=1min and sort=window_start.asc expected"));
            }
            gte = Long.parseLong(query.get("window_start.gte"));
            lt = Long.parseLong(query.get("window_start.lt"));
            offset = 0;
        }
        List<Map<String, Object>> all = bars(ticker, Instant.EPOCH.plusNanos(gte), Instant.EPOCH.plusNanos(lt));
        int end = Math.min(all.size(), offset + pageSize);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "OK");
        body.put("request_id", "req-" + seen.size());
        body.put("results", all.subList(offset, end));
        if (end < all.size()) {
            String cursor = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((gte + "|" + lt + "|" + end).getBytes(StandardCharsets.UTF_8));
            body.put("next_url", url() + "/futures/v1/aggs/" + ticker + "?cursor=" + cursor);
        }
        return send(exchange, 200, body);
    }

    private List<Map<String, Object>> bars(String ticker, Instant gte, Instant lt) {
        List<Map<String, Object>> bars = new ArrayList<>();
        Instant from = gte.isAfter(dataFrom) ? gte : dataFrom;
        Instant to = lt.isBefore(dataTo) ? lt : dataTo;
        for (Instant m = from.truncatedTo(ChronoUnit.MINUTES); m.isBefore(to); m = m.plus(Duration.ofMinutes(1))) {
            if (m.isBefore(from) || !GlobexSchedule.isOpen(m) || inHole(m)) {
                continue;
            }
            BigDecimal open = priceAt(m);
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("ticker", ticker);
            bar.put("open", open);
            bar.put("high", open.add(new BigDecimal("0.5")));
            bar.put("low", open.subtract(new BigDecimal("0.3")));
            bar.put("close", open.add(new BigDecimal("0.2")));
            bar.put("volume", 5 + m.getEpochSecond() / 60 % 17);
            bar.put("dollar_volume", open.multiply(BigDecimal.TEN));
            bar.put("transactions", 3);
            bar.put("window_start", ChronoUnit.NANOS.between(Instant.EPOCH, m));
            bar.put("session_end_date", GlobexSchedule.tradingDate(m).toString());
            bar.put("settlement_price", null);
            bars.add(bar);
        }
        return bars;
    }

    /** A gold-like quoted price, deterministic per minute: 4,012.3 plus up to 3.9 in 0.1 steps. */
    public static BigDecimal priceAt(Instant minute) {
        return new BigDecimal("4012.3").add(BigDecimal.valueOf(minute.getEpochSecond() / 60 % 40, 1));
    }

    private boolean inHole(Instant minute) {
        return holes.stream().anyMatch(h -> !minute.isBefore(h[0]) && minute.isBefore(h[1]));
    }

    private int contracts(HttpExchange exchange, Map<String, String> query) throws IOException {
        LocalDate date = LocalDate.parse(query.get("date"));
        List<Map<String, Object>> results = contracts.getOrDefault(query.get("product_code"), List.of()).stream()
                .filter(c -> !c.lastTradeDate().isBefore(date))
                .sorted(Comparator.comparing(FuturesContract::ticker)) // Massive orders by ticker, not expiry
                .map(c -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("ticker", c.ticker());
                    row.put("product_code", c.productCode());
                    row.put("type", "single");
                    row.put("first_trade_date", c.firstTradeDate() == null ? null : c.firstTradeDate().toString());
                    row.put("last_trade_date", c.lastTradeDate().toString());
                    row.put("active", true);
                    return row;
                }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "OK");
        body.put("results", results);
        return send(exchange, 200, body);
    }

    /** Logs the request before answering it: a client that has its answer finds it in {@link #seen()}. */
    private int send(HttpExchange exchange, int status, Object body) throws IOException {
        seen.add(new Seen(exchange.getRequestURI().getRawPath(), query(exchange.getRequestURI().getRawQuery()), status));
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        return status;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
