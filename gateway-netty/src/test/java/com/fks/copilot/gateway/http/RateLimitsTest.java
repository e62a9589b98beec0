package com.fks.copilot.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-client limits, request by request on a driven clock (no sleeping): the seed's numbers —
 * health 60, API reads 30, mutations 20, heavy actions 5 a minute — the bridge's 120, refill, 429
 * answers, who counts as a client, and the bounded client table.
 */
class RateLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "k-7f3a";
    private final DrivenClock clock = new DrivenClock();
    private final AnswerOk routes = new AnswerOk();
    private final List<ClientChannel> channels = new ArrayList<>();

    @AfterEach
    void close() {
        channels.forEach(ClientChannel::finishAndReleaseAll);
    }

    /** A connection from {@code address} to a server without an API key. */
    private ClientChannel client(RateLimits limits, String address) {
        return opened(new ClientChannel(address, limits, routes));
    }

    /** A connection from {@code address} to a server whose API key is {@link #KEY}. */
    private ClientChannel keyed(RateLimits limits, String address) {
        return opened(new ClientChannel(address, new ApiKeyCheck(KEY), limits, routes));
    }

    private ClientChannel opened(ClientChannel channel) {
        channels.add(channel);
        return channel;
    }

    private RateLimits limits() {
        return limits(RateLimitSettings.defaults());
    }

    private RateLimits limits(RateLimitSettings settings) {
        return new RateLimits(settings, clock, ClientBuckets.CAPACITY);
    }

    /** How many of {@code count} requests were let through. */
    private static int admitted(ClientChannel client, int count, HttpMethod method, String uri, String... headers) {
        int admitted = 0;
        for (int i = 0; i < count; i++) {
            int status = client.send(method, uri, headers);
            assertTrue(status == 200 || status == 429, "answered " + status);
            admitted += status == 200 ? 1 : 0;
        }
        return admitted;
    }

    @Test
    void twentyFirstMutationInAMinuteIsRefused() {
        ClientChannel trader = client(limits(), "192.0.2.10");
        assertEquals(20, admitted(trader, 20, HttpMethod.POST, "/trades"));
        assertEquals(429, trader.send(HttpMethod.POST, "/trades"));
        assertEquals(20, routes.reached(), "the refused request never reached a route");
    }

    @Test
    void thirtyFirstApiReadInAMinuteIsRefused() {
        ClientChannel script = client(limits(), "192.0.2.10");
        assertEquals(30, admitted(script, 31, HttpMethod.GET, "/risk/status"));
    }

    @Test
    void sixtyFirstHealthCheckInAMinuteIsRefused() {
        ClientChannel monitor = client(limits(), "192.0.2.10");
        assertEquals(60, admitted(monitor, 61, HttpMethod.GET, "/health"));
    }

    @Test
    void sixthHeavyActionInAMinuteIsRefused() {
        ClientChannel script = client(limits(), "192.0.2.10");
        assertEquals(5, admitted(script, 6, HttpMethod.POST, "/backfill/run"));
    }

    @Test
    void theBridgesHundredAndTwentyFirstPushInAMinuteIsRefused() {
        ClientChannel bridge = client(limits(), "192.0.2.10");
        assertEquals(120, admitted(bridge, 121, HttpMethod.POST, "/positions/update"));
    }

    @Test
    void aRefusalIsJsonWithRetryAfterInWholeSecondsRoundedUp() throws Exception {
        ClientChannel trader = client(limits(), "192.0.2.10");
        admitted(trader, 20, HttpMethod.POST, "/trades");
        assertRefusal(trader, "3", "20 a minute: the next comes back 3 s after the last was taken");
        clock.advance(Duration.ofMillis(500));
        assertRefusal(trader, "3", "2.5 s rounds up to 3");
        clock.advance(Duration.ofMillis(2_400));
        assertRefusal(trader, "1", "0.1 s is still at least 1");
    }

    private static void assertRefusal(ClientChannel trader, String retryAfter, String why) throws Exception {
        FullHttpResponse refused = trader.exchange(HttpMethod.POST, "/trades");
        try {
            assertEquals(429, refused.status().code());
            assertEquals("application/json", refused.headers().get(HttpHeaderNames.CONTENT_TYPE));
            assertEquals(retryAfter, refused.headers().get(HttpHeaderNames.RETRY_AFTER), why);
            JsonNode body = JSON.readTree(refused.content().toString(StandardCharsets.UTF_8));
            assertEquals(429, body.get("status").asInt());
            assertTrue(body.get("error").asText().contains("at most 20 mutations a minute"), body.toString());
            assertFalse(body.has("field"), "no field is to blame: " + body);
        } finally {
            refused.release();
        }
    }

    @Test
    void aMutationComesBackEveryThreeSecondsAfterTheTwentyAreSpent() {
        ClientChannel trader = client(limits(), "192.0.2.10");
        admitted(trader, 20, HttpMethod.POST, "/trades");
        clock.advance(Duration.ofMillis(2_999));
        assertEquals(429, trader.send(HttpMethod.POST, "/trades"));
        clock.advance(Duration.ofMillis(1));
        assertEquals(1, admitted(trader, 2, HttpMethod.POST, "/trades"), "one back after 3 s, not two");
    }

    @Test
    void aQuietMinuteGivesAllTwentyBack() {
        ClientChannel trader = client(limits(), "192.0.2.10");
        admitted(trader, 20, HttpMethod.POST, "/trades");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(20, admitted(trader, 21, HttpMethod.POST, "/trades"));
    }

    @Test
    void eachKindIsCountedApart() {
        ClientChannel trader = client(limits(), "192.0.2.10");
        admitted(trader, 30, HttpMethod.GET, "/risk/status");
        assertEquals(429, trader.send(HttpMethod.GET, "/trades"));
        assertEquals(200, trader.send(HttpMethod.GET, "/health"), "health checks have their own 60");
        assertEquals(200, trader.send(HttpMethod.GET, "/api/risk/html"), "the dashboard has its own");
        assertEquals(200, trader.send(HttpMethod.POST, "/trades"), "mutations have their own 20");
    }

    @Test
    void eachAddressIsItsOwnClient() {
        RateLimits limits = limits();
        ClientChannel first = client(limits, "192.0.2.10");
        admitted(first, 30, HttpMethod.GET, "/risk/status");
        assertEquals(429, first.send(HttpMethod.GET, "/risk/status"));
        assertEquals(30, admitted(client(limits, "192.0.2.11"), 30, HttpMethod.GET, "/risk/status"));
        assertEquals(429, client(limits, "192.0.2.10").send(HttpMethod.GET, "/risk/status"),
                "a new connection from the same address is the same client");
    }

    @Test
    void requestsCarryingTheApiKeyAreOneClientFromEveryAddress() {
        RateLimits limits = limits();
        assertEquals(15, admitted(keyed(limits, "192.0.2.10"), 15, HttpMethod.GET, "/risk/status", "X-API-Key", KEY));
        assertEquals(15, admitted(keyed(limits, "192.0.2.11"), 15, HttpMethod.GET, "/risk/status", "X-API-Key", KEY));
        ClientChannel third = keyed(limits, "192.0.2.12");
        assertEquals(429, third.send(HttpMethod.GET, "/risk/status", "X-API-Key", KEY), "the key's 30 are spent");
        assertEquals(200, third.send(HttpMethod.GET, "/risk/status"), "without the key, the address's own 30");
        assertEquals(200, third.send(HttpMethod.GET, "/risk/status", "X-API-Key", "not-the-key"),
                "a wrong key on a read is no key: the address counts");
    }

    @Test
    void forwardedForNamesTheClientOnlyOnConnectionsFromTheTrustedProxy() throws Exception {
        RateLimits limits = limits(RateLimitSettings.defaults().withTrustedProxies(Set.of(InetAddress.getByName("192.0.2.1"))));
        ClientChannel proxy = client(limits, "192.0.2.1");
        assertEquals(30, admitted(proxy, 31, HttpMethod.GET, "/risk/status", "X-Forwarded-For", "198.51.100.7"));
        assertEquals(30, admitted(proxy, 30, HttpMethod.GET, "/risk/status", "X-Forwarded-For", "198.51.100.8"),
                "another client behind the proxy has its own 30");
        assertEquals(429, proxy.send(HttpMethod.GET, "/risk/status", "X-Forwarded-For", "203.0.113.66, 198.51.100.7"),
                "the proxy's own entry is the last; what the client wrote before it does not count");

        ClientChannel untrusted = client(limits, "192.0.2.99");
        for (int i = 0; i < 30; i++) {
            assertEquals(200, untrusted.send(HttpMethod.GET, "/risk/status", "X-Forwarded-For", "198.51.100." + i));
        }
        assertEquals(429, untrusted.send(HttpMethod.GET, "/risk/status", "X-Forwarded-For", "198.51.100.200"),
                "from anywhere else X-Forwarded-For is ignored: all 31 came from 192.0.2.99");
    }

    @Test
    void onlyTheLastForwardedForEntryIsTheClient() {
        assertEquals("198.51.100.7", RateLimits.lastHop("203.0.113.66, 198.51.100.7"));
        assertEquals("198.51.100.7", RateLimits.lastHop(" 198.51.100.7 "));
        assertEquals(null, RateLimits.lastHop("198.51.100.7, "));
        assertEquals(null, RateLimits.lastHop(null));
    }

    /**
     * What {@code dashboard.jte} asks for on a load (the page, its icon, two style sheets, five
     * scripts, the stream, three panels, six charts on the stream's open) and polls after it
     * ({@code /feed/status} every 2 s, {@code /api/history/html} every 5 s): three tabs open for an
     * hour, each reloaded every five minutes, are never refused. (RateLimitsIT reads the same
     * requests from the templates themselves.)
     */
    @Test
    void threeDashboardTabsOpenForAnHourAreNeverRefused() {
        ClientChannel browser = client(limits(), "127.0.0.1");
        List<String> load = List.of("/", "/static/favicon.svg", "/webjars/uplot/1.6.30/dist/uPlot.min.css", "/static/app.css",
                "/webjars/htmx.org/2.0.10/dist/htmx.min.js", "/webjars/htmx-ext-sse/2.2.2/sse.js",
                "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", "/static/app.js", "/static/chart.js", "/sse/dashboard",
                "/api/history/html", "/feed/status", "/api/grok/html", "/api/chart/MGC", "/api/chart/MNQ", "/api/chart/MES",
                "/api/chart/MCL", "/api/chart/SIL", "/api/chart/MHG");
        int refused = 0;
        for (int second = 0; second < 3_600; second++) {
            for (int tab = 0; tab < 3; tab++) {
                if (second % 300 == tab) {
                    for (String path : load) {
                        refused += browser.send(HttpMethod.GET, path) == 429 ? 1 : 0;
                    }
                }
                if (second % 2 == 0) {
                    refused += browser.send(HttpMethod.GET, "/feed/status") == 429 ? 1 : 0;
                }
                if (second % 5 == 0) {
                    refused += browser.send(HttpMethod.GET, "/api/history/html") == 429 ? 1 : 0;
                }
            }
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(0, refused);
    }

    /**
     * The bridge on its fastest heartbeat (1 s; the default is 5 s) and a burst of 40 pushes a minute
     * (20 fills, each reported by the strategy's and the account's position events): never refused.
     */
    @Test
    void theBridgeOnAOneSecondHeartbeatWithFortyFillPushesAMinuteIsNeverRefused() {
        ClientChannel bridge = client(limits(), "127.0.0.1");
        int refused = 0;
        for (int second = 0; second < 3_600; second++) {
            int pushes = 1 + (second % 60 == 30 ? 40 : 0);
            for (int i = 0; i < pushes; i++) {
                refused += bridge.send(HttpMethod.POST, "/positions/update") == 429 ? 1 : 0;
            }
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(0, refused);
    }

    @Test
    void aScanFromThousandsOfAddressesCannotGrowTheTableOrGetEachAddressAFreshAllowance() {
        RateLimits limits = new RateLimits(RateLimitSettings.defaults(), clock, 16);
        ClientChannel trader = client(limits, "127.0.0.1");
        assertEquals(200, trader.send(HttpMethod.GET, "/risk/status"));
        int scannersAdmitted = 0;
        for (int i = 0; i < 2_000; i++) {
            ClientChannel scanner = new ClientChannel("10.9." + (i / 250) + "." + (i % 250), limits, routes);
            scannersAdmitted += scanner.send(HttpMethod.GET, "/risk/status") == 200 ? 1 : 0;
            scanner.finishAndReleaseAll();
        }
        assertEquals(16, limits.clients(), "the table holds at most its 16");
        assertEquals(15 + 30, scannersAdmitted, "15 got places of their own, the other 1,985 shared one set of 30");
        assertEquals(29, admitted(trader, 29, HttpMethod.GET, "/risk/status"), "the trader kept a place and its allowance");
    }

    @Test
    void aClientIsForgottenOnlyAfterAMinuteIdleWhenItsBucketsAreFullAgain() {
        RateLimits limits = new RateLimits(RateLimitSettings.defaults(), clock, 2);
        ClientChannel first = client(limits, "192.0.2.10");
        admitted(first, 30, HttpMethod.GET, "/risk/status");
        client(limits, "192.0.2.11").send(HttpMethod.GET, "/risk/status");
        clock.advance(Duration.ofSeconds(59));
        client(limits, "192.0.2.12").send(HttpMethod.GET, "/risk/status");
        assertEquals(2, limits.clients(), "59 s idle: still known, the newcomer shares the strangers' buckets");
        clock.advance(Duration.ofSeconds(1));
        client(limits, "192.0.2.12").send(HttpMethod.GET, "/risk/status");
        assertEquals(1, limits.clients(), "a minute idle: both forgotten, the newcomer has a place");
        assertEquals(30, admitted(first, 30, HttpMethod.GET, "/risk/status"), "forgotten with full buckets: nothing gained");
    }

    /**
     * A known client's check — classify, find the client, take a token — allocates nothing, whether
     * the client is its address, the API key or an address a trusted proxy forwarded. The best of five
     * windows of 20,000 checks each, after 60,000 to warm up (the JIT may still be settling in the first).
     */
    @Test
    void aKnownClientsCheckAllocatesNothing() throws Exception {
        RateLimitSettings roomy = new RateLimitSettings(true, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000,
                1_000_000, Set.of(InetAddress.getByName("192.0.2.1")));
        RateLimits limits = limits(roomy);
        ClientChannel byAddress = opened(new ClientChannel("192.0.2.10"));
        ClientChannel byKey = opened(new ClientChannel("192.0.2.11"));
        byKey.attr(ApiKeyCheck.HOLDS_KEY).set(true);
        ClientChannel byProxy = opened(new ClientChannel("192.0.2.1"));
        FullHttpRequest read = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/risk/status?x=1");
        FullHttpRequest push = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/positions/update");
        FullHttpRequest forwarded = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/risk/html");
        forwarded.headers().set("X-Forwarded-For", "198.51.100.7");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        double best = Double.MAX_VALUE;
        for (int window = -3; window < 5; window++) {
            long before = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < 20_000; i++) {
                assertTrue(limits.admits(byAddress, read) & limits.admits(byKey, push) & limits.admits(byProxy, forwarded));
            }
            double perCheck = (threads.getThreadAllocatedBytes(thread) - before) / 60_000.0;
            best = window >= 0 ? Math.min(best, perCheck) : best;
        }
        assertTrue(best < 1, "bytes allocated per check: " + best);
    }
}
