package com.fks.copilot.gateway.http;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Over real loopback HTTP, a value spelt other than documented — a side, a contract, a timestamp —
 * is a 400 JSON naming its field, answered before anything would reach the ring.
 */
class StrictValuesTest {
    @RegisterExtension
    final LoopbackRoutes routes = new LoopbackRoutes();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/risk/check | {\"symbol\":\"MGC\",\"side\":\"BUY\",\"size\":1,\"entry\":5212.3} | side",
            "/trades | {\"symbol\":\"MGC 13-99\",\"side\":\"LONG\",\"size\":1,\"entry\":5212.3} | symbol",
            "/trades | {\"symbol\":\"MGC\\u0000\",\"side\":\"LONG\",\"size\":1,\"entry\":5212.3} | symbol",
            "/positions/update | {\"account\":\"Sim101\",\"positions\":[{\"instrument\":\"mgc\",\"side\":\"LONG\",\"quantity\":1,"
                    + "\"avg_price\":5212.3}]} | positions[0].instrument",
            "/positions/update | {\"account\":\"Sim101\",\"timestamp\":\"24/11/2026\",\"positions\":[]} | timestamp",
    })
    void aValueSpeltOtherThanDocumentedIs400NamingItsField(String path, String body, String field) throws Exception {
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        RawHttp.Answer answer = RawHttp.lastAnswer(routes.port(), "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " + length + "\r\n\r\n" + body);

        assertEquals(400, answer.status(), answer.body());
        assertEquals(field, answer.field());
    }
}
