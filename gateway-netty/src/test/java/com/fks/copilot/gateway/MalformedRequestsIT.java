package com.fks.copilot.gateway;

import com.fks.copilot.gateway.http.RawHttp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.gateway.app.CopilotApp;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, item 8: generated malformed requests over real loopback HTTP, each on its own connection,
 * against the real app after its demo morning has ended (so nothing else moves the ring). Every one is
 * refused with a 4xx JSON body naming what was wrong (or 505 for an HTTP version it does not speak, 503
 * when it is full), nothing refused enters the ring, and the server keeps serving.
 */
class MalformedRequestsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TRIES = 10_000;
    private static Path dir;
    private static CopilotApp app;
    private static long ringAtStart;

    @BeforeContainer
    static void start() throws Exception {
        dir = Files.createTempDirectory("malformed");
        // rate limits off: 10,000 requests a minute from one client are what this sends, on purpose
        app = TestApps.demo(dir, 0, 60, LocalTime.of(9, 29, 30), LocalTime.of(9, 31), TestApps::withoutRateLimits);
        app.awaitFeedFinished();
        ringAtStart = settledRing();
    }

    /** The ring's cursor once nothing has moved it for half a second (the day's last summary may still be on its way). */
    private static long settledRing() throws InterruptedException {
        long seen;
        do {
            seen = app.ring().cursor();
            Thread.sleep(500);
        } while (app.ring().cursor() != seen);
        return seen;
    }

    @AfterContainer
    static void stop() {
        app.close();
    }

    @Property(tries = TRIES, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void everyMalformedRequestIsRefusedWithJsonAndNothingEntersTheRing(@ForAll("malformed") Malformed request) throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(app.port(), request.bytes());

        int status = answer.status();
        Statistics.label("status").collect(status); // the report shows how many got each refusal
        assertTrue((status >= 400 && status < 500) || status == 503 || status == 505,
                request.label() + " got " + status + ": " + answer.body());
        assertTrue(String.valueOf(answer.header("content-type")).startsWith("application/json"),
                request.label() + " answered " + answer.header("content-type") + ": " + answer.body());
        JsonNode body = JSON.readTree(answer.body());
        assertTrue(body.hasNonNull("error"), request.label() + ": " + answer.body());
        assertEquals(ringAtStart, app.ring().cursor(), request.label() + " entered the ring");
    }

    /** A malformed request as bytes, and what it is for the failure message. */
    record Malformed(String label, byte[] bytes) {
        @Override
        public String toString() {
            return label + ": " + new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "⏎");
        }
    }

    private static final List<String> MUTATIONS = List.of("/trades", "/risk/check", "/positions/update", "/executions",
            "/trades/1/close");
    private static final String TRADE = "{\"symbol\":\"MES\",\"side\":\"LONG\",\"size\":1,\"entry\":6050.00,\"stop\":6045.00}";

    @Provide
    Arbitrary<Malformed> malformed() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, notJsonAtAll()),
                net.jqwik.api.Tuple.of(4, tradeWithOneBadValue()),
                net.jqwik.api.Tuple.of(2, tradeWithExtraOrMissingOrRepeatedField()),
                net.jqwik.api.Tuple.of(2, positionsWithOneBadValue()),
                net.jqwik.api.Tuple.of(2, executionsWithOneBadValue()),
                net.jqwik.api.Tuple.of(1, wrongContentType()),
                net.jqwik.api.Tuple.of(1, foreignHostOrOrigin()),
                net.jqwik.api.Tuple.of(1, badQueryOrPath()),
                net.jqwik.api.Tuple.of(1, badFraming()),
                net.jqwik.api.Tuple.of(1, badIdempotencyKey()),
                net.jqwik.api.Tuple.of(1, wrongMethod()));
    }

    private static Malformed post(String label, String path, String contentType, String body, String... headers) {
        StringBuilder request = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1:")
                .append(app.port()).append("\r\nConnection: close\r\n");
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        byte[] head = request.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        return new Malformed(label, all);
    }

    private static Malformed raw(String label, String text) {
        return new Malformed(label, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Arbitrary<String> mutation() {
        return Arbitraries.of(MUTATIONS);
    }

    /** Text that is not a JSON object: random strings, truncated objects, arrays, scalars. */
    private Arbitrary<Malformed> notJsonAtAll() {
        Arbitrary<String> bodies = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40).filter(s -> !s.trim().startsWith("{")),
                Arbitraries.integers().between(1, TRADE.length() - 1).map(n -> TRADE.substring(0, n)),
                Arbitraries.of("", "null", "[]", "[" + TRADE + "]", "1", "\"trade\"", "{", "}", "{}", TRADE + TRADE,
                        TRADE + " x", "{'symbol':'MES'}", "{\"symbol\":\"MES\",}"));
        return Combinators.combine(mutation(), bodies).as((path, body) -> post("not JSON", path, "application/json", body));
    }

    private static final List<String> BAD_SIZES = List.of("0", "-1", "1.5", "\"1\"", "null", "true", "1e20", "[]", "{}", "10001");
    private static final List<String> BAD_PRICES = List.of("-5", "0", "\"6050\"", "null", "1e300", "6050.123", "NaN",
            "Infinity", "[]", "6050.10");
    private static final List<String> BAD_SIDES = List.of("\"\"", "\"LONGER\"", "1", "null", "\"L\"", "\"FLAT\"", "[\"LONG\"]",
            "\"BUY\"", "\"long\"", "\" LONG\"");
    private static final List<String> BAD_SYMBOLS = List.of("\"GC\"", "\"MGC 13-99\"", "\"MGC\\u0000\"", "5", "null", "\"\"",
            "\"ES\"", "\"MESS\"", "\"MGC\\nMNQ\"", "\"mgc\"", "\" MGC\"", "\"MGC 02-27 \"");

    /** A well-formed trade or check with exactly one value no contract could have. */
    private Arbitrary<Malformed> tradeWithOneBadValue() {
        Arbitrary<String[]> field = Arbitraries.oneOf(
                Arbitraries.of(BAD_SIZES).map(v -> new String[]{"size", v}),
                Arbitraries.of(BAD_PRICES).map(v -> new String[]{"entry", v}),
                Arbitraries.of(BAD_PRICES).filter(v -> !v.equals("null")).map(v -> new String[]{"stop", v}), // null: no stop
                Arbitraries.of(BAD_SIDES).map(v -> new String[]{"side", v}),
                Arbitraries.of(BAD_SYMBOLS).map(v -> new String[]{"symbol", v}),
                Arbitraries.of("\"yes\"", "1", "\"true\"").map(v -> new String[]{"enforce_risk", v}),
                Arbitraries.of("6055.00", "6050.00").map(v -> new String[]{"stop", v})); // stop above (or at) a long's entry
        return Combinators.combine(Arbitraries.of("/trades", "/risk/check"), field).as((path, f) -> post(
                "bad " + f[0], path, "application/json", withValue(TRADE, f[0], f[1])));
    }

    private static String withValue(String body, String field, String value) {
        String replaced = body.replaceFirst("\"" + field + "\":[^,}]*", "\"" + field + "\":" + value);
        return replaced.equals(body) && !body.contains("\"" + field + "\"")
                ? body.substring(0, body.length() - 1) + ",\"" + field + "\":" + value + "}" : replaced;
    }

    /** A misspelt field, one missing, one given twice, or content after the object. */
    private Arbitrary<Malformed> tradeWithExtraOrMissingOrRepeatedField() {
        Arbitrary<String> bodies = Arbitraries.oneOf(
                Arbitraries.of("stpo", "Stop", "qty", "price", "symbol ", "").map(f -> TRADE.replace("}", ",\"" + f + "\":1}")),
                Arbitraries.of("symbol", "side", "size", "entry").map(f -> TRADE.replaceFirst("\"" + f + "\":[^,}]*,?", "")
                        .replace(",}", "}")),
                Arbitraries.of("\"size\":1", "\"side\":\"LONG\"", "\"stop\":6045.00").map(f -> TRADE.replace("}", "," + f + "}")),
                Arbitraries.of(" 1", "{}", ",", " // comment", "\u0000").map(tail -> TRADE + tail));
        return Combinators.combine(Arbitraries.of("/trades", "/risk/check"), bodies)
                .as((path, body) -> post("fields", path, "application/json", body));
    }

    private static final String POSITION = "{\"instrument\":\"MGC 02-27\",\"side\":\"LONG\",\"quantity\":2,\"avg_price\":5212.3,\"unrealized_pnl\":46.0}";

    /** A bridge snapshot with one bad account, timestamp or position value. */
    private Arbitrary<Malformed> positionsWithOneBadValue() {
        Arbitrary<String> bodies = Arbitraries.oneOf(
                Arbitraries.of("5", "null", "\"\"", "\"" + "A".repeat(33) + "\"", "\"Sim\\u0001\"")
                        .map(a -> "{\"account\":" + a + ",\"positions\":[" + POSITION + "]}"),
                Arbitraries.of("\"yesterday\"", "\"2026-13-01T00:00:00Z\"", "true", "[]", "1.5e400")
                        .map(t -> "{\"account\":\"Sim101\",\"timestamp\":" + t + ",\"positions\":[]}"),
                Arbitraries.of("{}", "1", "null", "\"MGC\"").map(p -> "{\"account\":\"Sim101\",\"positions\":" + p + "}"),
                Combinators.combine(Arbitraries.of("instrument", "side", "quantity", "avg_price"),
                        Arbitraries.of("null", "\"x\"", "-1", "1e30", "[]")).as((f, v) ->
                        "{\"account\":\"Sim101\",\"positions\":[" + withValue(POSITION, f, v) + "]}"),
                // a loss of $1 and no P&L (null) are fine; these are not
                Arbitraries.of("\"x\"", "1e30", "[]", "true").map(v ->
                        "{\"account\":\"Sim101\",\"positions\":[" + withValue(POSITION, "unrealized_pnl", v) + "]}"),
                Arbitraries.just("{\"account\":\"Sim101\",\"positions\":[" + POSITION + "," + POSITION + "]}"));
        return bodies.map(body -> post("positions", "/positions/update", "application/json", body));
    }

    private static final String EXECUTION = "{\"execution_id\":\"e1\",\"order_id\":\"o1\",\"instrument\":\"MGC 02-27\","
            + "\"side\":\"BUY\",\"quantity\":1,\"price\":5212.3,\"time\":\"2026-12-04T14:31:05Z\",\"commission\":0.62}";

    /** A bridge executions report with one bad value, a missing or unknown field, or an execution listed twice. */
    private Arbitrary<Malformed> executionsWithOneBadValue() {
        Arbitrary<String> bodies = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("execution_id", "order_id", "instrument", "side", "quantity", "price",
                                "time", "commission"),
                        Arbitraries.of("\"\"", "-1", "1e30", "[]", "\"x y\"")).as((f, v) ->
                        "{\"account\":\"Sim101\",\"executions\":[" + withValue(EXECUTION, f, v) + "]}"),
                Arbitraries.of("[]", "{}", "null", "\"x\"").map(e -> "{\"account\":\"Sim101\",\"executions\":" + e + "}"),
                // 5212.35 is not on MGC's 0.10 tick grid
                Arbitraries.just("{\"account\":\"Sim101\",\"executions\":[" + withValue(EXECUTION, "price", "5212.35") + "]}"),
                Arbitraries.just("{\"account\":\"Sim101\",\"executions\":[" + EXECUTION + "," + EXECUTION + "]}"),
                Arbitraries.just("{\"account\":\"Sim101\",\"executions\":[" + EXECUTION.replace("}", ",\"extra\":1}") + "]}"),
                Arbitraries.just("{\"executions\":[" + EXECUTION + "]}"));
        return bodies.map(body -> post("executions", "/executions", "application/json", body));
    }

    private Arbitrary<Malformed> wrongContentType() {
        return Combinators.combine(mutation(), Arbitraries.of("text/plain", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "application/jsonx", "json", ""), Arbitraries.of(true, false))
                .as((path, type, sendIt) -> post("content type " + type, path, sendIt ? type : null, TRADE));
    }

    private Arbitrary<Malformed> foreignHostOrOrigin() {
        return Combinators.combine(mutation(), Arbitraries.of("Origin: http://evil.example", "Origin: null",
                        "Origin: http://127.0.0.1:1", "Origin: https://127.0.0.1"), Arbitraries.of(true, false))
                .as((path, origin, rebind) -> {
                    Malformed request = post("origin", path, "application/json", TRADE, origin);
                    String text = new String(request.bytes(), StandardCharsets.UTF_8);
                    return rebind ? raw("rebound host", text.replace("Host: 127.0.0.1:" + app.port(), "Host: evil.example"))
                            : request;
                });
    }

    private Arbitrary<Malformed> badQueryOrPath() {
        Arbitrary<String> targets = Arbitraries.of("/risk/history?limit=%zz", "/risk/history?limit=abc", "/risk/history?limit=0",
                "/risk/history?limit=-1", "/risk/history?limit=99999999999", "/api/focus/%G1", "/api/chart/%", "/api/focus/XYZ",
                "/backfill/gaps/MGC?days=-1", "/backfill/gaps/MGC?days=%zz", "/audit/risk?symbol=%zz", "/nowhere",
                "/static/../../etc/passwd", "/api/focus/MGC%00");
        return targets.map(target -> raw("target " + target, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + app.port()
                + "\r\nConnection: close\r\n\r\n"));
    }

    private Arbitrary<Malformed> badFraming() {
        String host = "Host: 127.0.0.1:" + app.port() + "\r\nConnection: close\r\n";
        return Arbitraries.of(
                raw("garbage line", "GARBAGE\r\n\r\n"),
                raw("HTTP/2.0", "GET /health HTTP/2.0\r\n" + host + "\r\n"),
                raw("HTTP/1.2", "POST /trades HTTP/1.2\r\n" + host + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"),
                raw("long header", "GET /health HTTP/1.1\r\n" + host + "X-Long: " + "a".repeat(20_000) + "\r\n\r\n"),
                raw("long line", "GET /" + "a".repeat(10_000) + " HTTP/1.1\r\n" + host + "\r\n"),
                raw("bad length", "POST /trades HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nContent-Length: abc\r\n\r\n{}"),
                raw("bad chunk", "POST /trades HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
                raw("header without colon", "GET /health HTTP/1.1\r\n" + host + "NoColonHere\r\n\r\n"),
                raw("expect", "POST /trades HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nExpect: the-unexpected\r\nContent-Length: 2\r\n\r\n{}"),
                raw("expect 100 too large", "POST /trades HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 1000000\r\n\r\n"),
                raw("no host", "POST /trades HTTP/1.1\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"));
    }

    private Arbitrary<Malformed> badIdempotencyKey() {
        return Arbitraries.of("", "x".repeat(256), "key with spaces", "ключ").map(key ->
                post("idempotency key", "/trades", "application/json", TRADE, "Idempotency-Key: " + key));
    }

    private Arbitrary<Malformed> wrongMethod() {
        return Combinators.combine(Arbitraries.of("GET", "PUT", "DELETE", "PATCH"), Arbitraries.of("/risk/check", "/positions/update", "/executions",
                        "/trades/1/close"))
                .as((method, path) -> {
                    Malformed request = post(method, path, "application/json", TRADE);
                    return raw(method + " " + path, method + new String(request.bytes(), StandardCharsets.UTF_8).substring(4));
                });
    }
}
