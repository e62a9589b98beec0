package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rate limits over real loopback HTTP, through the server's whole pipeline, on a clock the test
 * moves (no sleeping). Clients are told apart by their own loopback address (127.0.0.2, .3, …: all of
 * 127/8 is this machine), by the API key, or by X-Forwarded-For from a trusted proxy.
 */
class RateLimitsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "k-2b9e";
    private final DrivenClock clock = new DrivenClock();
    private final AnswerOk routes = new AnswerOk();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    private HttpServer server(EdgeSettings edge) throws InterruptedException {
        HttpServer server = new HttpServer().start("127.0.0.1", 0, routes, edge, clock);
        open.add(server);
        return server;
    }

    private HttpServer server(RateLimitSettings limits) throws InterruptedException {
        return server(EdgeSettings.defaults().withRateLimits(limits));
    }

    /** A keep-alive connection to {@code server} from the loopback address {@code from}. */
    private Client client(HttpServer server, String from) throws IOException {
        Client client = new Client(new Socket(InetAddress.getLoopbackAddress(), server.port(), InetAddress.getByName(from), 0));
        open.add(client);
        return client;
    }

    /** An answer: status, headers (lower-case names), body. */
    private record Answer(int status, Map<String, String> headers, String body) {
    }

    /** Raw HTTP/1.1 on one socket, so the source address and every header are exactly what the test says. */
    private static final class Client implements AutoCloseable {
        private final Socket socket;

        Client(Socket socket) throws IOException {
            this.socket = socket;
            socket.setSoTimeout(10_000);
            socket.setTcpNoDelay(true);
        }

        Answer get(String path, String... headers) throws IOException {
            return send("GET", path, headers);
        }

        Answer post(String path, String... headers) throws IOException {
            return send("POST", path, headers);
        }

        Answer send(String method, String path, String... headers) throws IOException {
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            byte[] body = method.equals("GET") ? new byte[0] : "{}".getBytes(StandardCharsets.US_ASCII);
            if (body.length > 0) {
                request.append("Content-Type: application/json\r\n");
            }
            request.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            whole.writeBytes(request.toString().getBytes(StandardCharsets.US_ASCII));
            whole.writeBytes(body);
            socket.getOutputStream().write(whole.toByteArray()); // one write: no Nagle wait between head and body
            return read();
        }

        private Answer read() throws IOException {
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
            byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            return new Answer(Integer.parseInt(statusLine.substring(9, 12)), headers, new String(body, StandardCharsets.UTF_8));
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static int admitted(int count, Sender sender) throws IOException {
        int admitted = 0;
        for (int i = 0; i < count; i++) {
            int status = sender.send().status();
            assertTrue(status == 200 || status == 429, "answered " + status);
            admitted += status == 200 ? 1 : 0;
        }
        return admitted;
    }

    private interface Sender {
        Answer send() throws IOException;
    }

    @Test
    void twentyFirstMutationInAMinuteIs429JsonWithRetryAfter() throws Exception {
        Client trader = client(server(RateLimitSettings.defaults()), "127.0.0.2");
        assertEquals(20, admitted(20, () -> trader.post("/trades")));

        Answer refused = trader.post("/trades");
        assertEquals(429, refused.status());
        assertEquals("application/json", refused.headers().get("content-type"));
        assertEquals("3", refused.headers().get("retry-after"), "20 a minute: one back every 3 s");
        JsonNode body = JSON.readTree(refused.body());
        assertEquals(429, body.get("status").asInt());
        assertTrue(body.get("error").asText().contains("at most 20 mutations a minute"), refused.body());
        assertFalse(body.has("field"), refused.body());
        assertEquals(20, routes.reached(), "the 21st never reached a route");
        assertEquals(200, trader.get("/risk/status").status(), "the connection stays open and reads have their own 30");
    }

    @Test
    void aRefusedClientIsServedAgainWhenItsBucketRefills() throws Exception {
        Client script = client(server(RateLimitSettings.defaults()), "127.0.0.2");
        assertEquals(30, admitted(31, () -> script.get("/risk/status")));
        clock.advance(Duration.ofMillis(1_999));
        assertEquals(429, script.get("/risk/status").status(), "30 a minute: one back every 2 s");
        clock.advance(Duration.ofMillis(1));
        assertEquals(1, admitted(2, () -> script.get("/risk/status")));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(30, admitted(31, () -> script.get("/risk/status")), "a quiet minute gives all 30 back");
    }

    @Test
    void eachLoopbackAddressIsItsOwnClient() throws Exception {
        HttpServer server = server(RateLimitSettings.defaults());
        Client first = client(server, "127.0.0.2");
        assertEquals(20, admitted(21, () -> first.post("/trades")));
        Client second = client(server, "127.0.0.3");
        assertEquals(20, admitted(21, () -> second.post("/trades")));
        assertEquals(429, client(server, "127.0.0.2").post("/trades").status(), "another connection, the same client");
    }

    @Test
    void theApiKeyIsOneClientFromEveryAddress() throws Exception {
        HttpServer server = server(EdgeSettings.defaults().withApiKey(KEY));
        String key = "X-API-Key: " + KEY;
        assertEquals(10, admitted(10, () -> client(server, "127.0.0.2").post("/trades", key)));
        assertEquals(10, admitted(10, () -> client(server, "127.0.0.3").post("/trades", key)));
        Client third = client(server, "127.0.0.4");
        assertEquals(429, third.post("/trades", key).status(), "the key's 20 are spent, wherever it came from");
        assertEquals(401, third.post("/trades").status(), "without the key a mutation is not let in at all");
        assertEquals(200, third.get("/risk/status").status(), "a read without the key counts for 127.0.0.4");
    }

    @Test
    void forwardedForNamesTheClientOnlyOnConnectionsFromTheTrustedProxy() throws Exception {
        HttpServer server = server(RateLimitSettings.defaults().withTrustedProxies(Set.of(InetAddress.getByName("127.0.0.5"))));
        Client proxy = client(server, "127.0.0.5");
        assertEquals(20, admitted(21, () -> proxy.post("/trades", "X-Forwarded-For: 198.51.100.7")));
        assertEquals(20, admitted(20, () -> proxy.post("/trades", "X-Forwarded-For: 198.51.100.8")),
                "the proxy's other client has its own 20");

        Client direct = client(server, "127.0.0.6");
        int[] next = {0};
        assertEquals(20, admitted(25, () -> direct.post("/trades", "X-Forwarded-For: 198.51.100." + next[0]++)),
                "from an address that is not the proxy, X-Forwarded-For is ignored: 25 from 127.0.0.6");
    }

    @Test
    void offLetsEveryRequestThrough() throws Exception {
        Client busy = client(server(RateLimitSettings.off()), "127.0.0.2");
        assertEquals(100, admitted(100, () -> busy.post("/trades")));
        assertEquals(100, admitted(100, () -> busy.get("/risk/status")));
    }

    /**
     * This machine counts like any client, so the trader's own screen and bridge must fit their
     * limits at their real cadence. The dashboard's requests are read from its templates: everything
     * {@code dashboard.jte} loads, the six charts {@code chart.js} fetches when the stream opens, and
     * every {@code hx-trigger="every Ns"} poll in any template. Two tabs for ten minutes, each
     * reloaded every two, with the bridge on its fastest heartbeat (1 s; 5 s by default) and a burst of
     * 40 pushes a minute (20 fills, each reported by the strategy's and the account's events).
     */
    @Test
    void theDashboardAndTheBridgeOnThisMachineAreNeverRefused() throws Exception {
        HttpServer server = server(RateLimitSettings.defaults());
        Client browser = client(server, "127.0.0.1");
        Client bridge = client(server, "127.0.0.1");
        List<String> pageLoad = DashboardRequests.pageLoad();
        Map<String, Integer> polls = DashboardRequests.polls();
        assertTrue(pageLoad.contains("/static/app.js") && polls.containsKey("/feed/status"), "read the page: " + pageLoad + " " + polls);
        List<String> refused = new ArrayList<>();
        for (int second = 0; second < 600; second++) {
            for (int tab = 0; tab < 2; tab++) {
                if (second % 120 == tab) {
                    for (String path : pageLoad) {
                        note(refused, path, browser.get(path));
                    }
                }
                for (Map.Entry<String, Integer> poll : polls.entrySet()) {
                    if (second % poll.getValue() == 0) {
                        note(refused, poll.getKey(), browser.get(poll.getKey()));
                    }
                }
            }
            for (int push = second % 60 == 30 ? 41 : 1; push > 0; push--) {
                note(refused, "/positions/update", bridge.post("/positions/update"));
            }
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(List.of(), refused);
    }

    private static void note(List<String> refused, String path, Answer answer) {
        if (answer.status() != 200) {
            refused.add(path + " " + answer.status());
        }
    }

    /** What the dashboard asks this server for, read from static-ui's templates and scripts. */
    private static final class DashboardRequests {
        private static final Path UI = Path.of("..", "static-ui", "src", "main");
        private static final Pattern LOADED = Pattern.compile("(?:src|href|hx-get|sse-connect)=\"(/[^\"$]+)\"");
        private static final Pattern POLLED = Pattern.compile("hx-get=\"(/[^\"]+)\"[^>]*hx-trigger=\"[^\"]*every (\\d+)s");

        static List<String> pageLoad() throws IOException {
            List<String> paths = new ArrayList<>(List.of("/"));
            Matcher loaded = LOADED.matcher(Files.readString(UI.resolve("jte/dashboard.jte")));
            while (loaded.find()) {
                paths.add(loaded.group(1));
            }
            assertTrue(Files.readString(UI.resolve("resources/static/chart.js")).contains("fetch('/api/chart/' + symbol"),
                    "chart.js fetches each card's chart");
            for (Instrument instrument : Instruments.all()) {
                paths.add("/api/chart/" + instrument.symbol());
            }
            return paths;
        }

        /** Path → seconds between polls, from every template. */
        static Map<String, Integer> polls() throws IOException {
            Map<String, Integer> polls = new LinkedHashMap<>();
            try (var templates = Files.list(UI.resolve("jte"))) {
                for (Path template : templates.sorted().toList()) {
                    Matcher polled = POLLED.matcher(Files.readString(template));
                    while (polled.find()) {
                        polls.put(polled.group(1), Integer.parseInt(polled.group(2)));
                    }
                }
            }
            return polls;
        }
    }
}
