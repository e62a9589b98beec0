package com.fks.copilot.gateway.bridge;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code POST /executions} as the edge reads it (issue 20): the documented body, and refusals by field. */
class ExecutionsReportTest {
    private static final String FILL = "{\"execution_id\":\"a1\",\"order_id\":\"o1\",\"instrument\":\"MGC 02-27\",\"side\":\"SELL\","
            + "\"quantity\":2,\"price\":5212.3,\"time\":\"2026-12-04T14:31:05Z\",\"commission\":1.24}";

    private static ExecutionsReport parse(String... fills) {
        String body = "{\"account\":\"Sim101\",\"executions\":[" + String.join(",", fills) + "]}";
        return ExecutionsReport.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDocumentedExecutionFillsOneEventWithEveryField() {
        ExecutionsReport report = parse(FILL, FILL.replace("\"a1\"", "\"a2\""));
        EngineEvent event = new EngineEvent();
        report.fill(0, event);

        assertEquals(EventType.EXECUTION, event.type);
        assertEquals("Sim101", event.accountName());
        assertEquals(Instruments.MGC, event.instrument);
        assertEquals(EngineEvent.SIDE_SHORT, event.side);
        assertEquals(2, event.quantity);
        assertEquals(Prices.toFixed(5212.3), event.price);
        assertEquals(124, event.amount, "commission $1.24 in cents");
        assertEquals(java.time.Instant.parse("2026-12-04T14:31:05Z").getEpochSecond() * 1_000_000_000L, event.eventTimeNanos);
        EngineEvent other = new EngineEvent();
        report.fill(1, other);
        assertNotEquals(event.requestKeyHigh, other.requestKeyHigh, "each execution id hashes to its own key");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"side\":\"SELL\"|\"side\":\"SHORT\"|executions[0].side",
            "\"price\":5212.3|\"price\":5212.35|executions[0].price",
            "\"commission\":1.24|\"commission\":-1.24|executions[0].commission",
            "\"quantity\":2|\"quantity\":0|executions[0].quantity",
            "\"time\":\"2026-12-04T14:31:05Z\"|\"time\":\"yesterday\"|executions[0].time",
            "\"execution_id\":\"a1\"|\"execution_id\":\"\"|executions[0].execution_id",
            "\"instrument\":\"MGC 02-27\"|\"instrument\":\"GC\"|executions[0].instrument"})
    void aBadValueIsRefusedByItsPath(String from, String to, String field) {
        BadRequest refused = assertThrows(BadRequest.class, () -> parse(FILL.replace(from, to)));
        assertEquals(field, refused.field());
    }

    @Test
    void anExecutionListedTwiceInOneRequestIsRefused() {
        BadRequest refused = assertThrows(BadRequest.class, () -> parse(FILL, FILL));
        assertEquals("executions[1].execution_id", refused.field());
    }

    @Test
    void anEmptyListIsRefused() {
        BadRequest refused = assertThrows(BadRequest.class, () -> parse());
        assertEquals("executions", refused.field());
    }

    @Test
    void aPositionsPushMayCarryExecutionsOrNone() {
        String push = "{\"account\":\"Sim101\",\"positions\":[],\"executions\":[" + FILL + "]}";
        assertEquals(1, PositionsUpdate.parse(push.getBytes(StandardCharsets.UTF_8)).executions().executions().size());
        String none = "{\"account\":\"Sim101\",\"positions\":[],\"executions\":[]}";
        assertEquals(0, PositionsUpdate.parse(none.getBytes(StandardCharsets.UTF_8)).executions().executions().size());
        String bad = "{\"account\":\"Sim101\",\"positions\":[],\"executions\":[" + FILL.replace("SELL", "SHORT") + "]}";
        BadRequest refused = assertThrows(BadRequest.class, () -> PositionsUpdate.parse(bad.getBytes(StandardCharsets.UTF_8)));
        assertEquals("executions[0].side", refused.field());
    }
}
