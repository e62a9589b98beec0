package com.fks.copilot.gateway.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.Socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Over real loopback HTTP: a path or query that does not decode, or a query value a route cannot
 * use, is a 400 JSON naming the parameter (or {@code path}) — never a dropped connection — and the
 * connection stays open for the next request, since the request itself was framed correctly.
 */
class RequestTargetTest {
    @RegisterExtension
    final LoopbackRoutes routes = new LoopbackRoutes();

    private RawHttp.Answer get(String target) throws Exception {
        return RawHttp.lastAnswer(routes.port(), "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
                + "Connection: close\r\n\r\n");
    }

    @Test
    void malformedPercentEncodingInQueryNamesTheParameter() throws Exception {
        RawHttp.Answer answer = get("/risk/history?limit=%zz");

        assertEquals(400, answer.status(), answer.body());
        assertEquals("limit", answer.field());
    }

    @Test
    void malformedPercentEncodingInPathNamesThePath() throws Exception {
        RawHttp.Answer answer = get("/api/focus/%G1");

        assertEquals(400, answer.status(), answer.body());
        assertEquals("path", answer.field());
    }

    @ParameterizedTest
    @CsvSource({
            "/risk/history?limit=%C3%28, limit",        // two escapes that are not UTF-8
            "/risk/history?limit=5%, limit",            // a lone % at the end
            "/audit/risk?symbol=M%4, symbol",           // half an escape
            "/risk/history?%zz=1, query",               // the parameter's own name does not decode
    })
    void escapesThatDoNotDecodeAreRefusedNamingWhereTheyAre(String target, String field) throws Exception {
        RawHttp.Answer answer = get(target);

        assertEquals(400, answer.status(), answer.body());
        assertEquals(field, answer.field());
    }

    @ParameterizedTest
    @CsvSource({
            "/risk/history?limit=abc, limit",
            "/risk/history?limit=0, limit",
            "/risk/history?limit=501, limit",
            "/backfill/gaps/MGC?days=-1, days",
            "/backfill/gaps/MGC?days=lots, days",
            "/audit/orb?breakout_only=maybe, breakout_only",
            "/audit/risk?limit=1001, limit",
    })
    void queryValuesARouteCannotUseAreRefusedNamingTheParameter(String target, String field) throws Exception {
        RawHttp.Answer answer = get(target);

        assertEquals(400, answer.status(), answer.body());
        assertEquals(field, answer.field());
    }

    @Test
    void enforceRiskOtherThanTrueOrFalseIsRefusedNamingIt() throws Exception {
        String trade = "{\"symbol\":\"MGC\",\"side\":\"LONG\",\"size\":1,\"entry\":5212.3}";
        RawHttp.Answer answer = RawHttp.lastAnswer(routes.port(), "POST /trades?enforce_risk=maybe HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " + trade.length() + "\r\n\r\n" + trade);

        assertEquals(400, answer.status(), answer.body());
        assertEquals("enforce_risk", answer.field());
    }

    @Test
    void aPercentEncodedPathIsDecodedBeforeItIsRouted() throws Exception {
        RawHttp.Answer answer = get("/api/focus/M%47C"); // %47 is G

        assertEquals(200, answer.status(), answer.body());
        assertEquals("MGC", answer.json().path("symbol").asText());
    }

    @Test
    void theConnectionStaysOpenAfterABadQueryForTheNextRequest() throws Exception {
        try (Socket socket = RawHttp.connect(routes.port())) {
            RawHttp.send(socket, "GET /risk/history?limit=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertEquals(400, RawHttp.read(socket).status());

            RawHttp.send(socket, "GET /risk/history?limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertEquals(200, RawHttp.read(socket).status());
        }
    }
}
