package com.fks.copilot.gateway.bridge;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON at the edge is read strictly: what is not understood is refused by name, never guessed at. */
class StrictJsonTest {

    private static BadRequest entryRefused(String json) {
        return assertThrows(BadRequest.class, () -> EntryRequest.parse(json.getBytes(StandardCharsets.UTF_8), false));
    }

    @Test
    void aMisspeltStopIsRefusedNotReadAsNoStop() {
        BadRequest refused = entryRefused("{\"symbol\":\"MGC\",\"side\":\"LONG\",\"size\":1,\"entry\":5212.3,\"stpo\":5202.3}");
        assertEquals("stpo", refused.field());
        assertTrue(refused.getMessage().contains("stop"), refused.getMessage());
    }

    @Test
    void aFieldGivenTwiceIsRefusedNotLastWins() {
        BadRequest refused = entryRefused("{\"symbol\":\"MGC\",\"side\":\"LONG\",\"size\":1,\"size\":9,\"entry\":5212.3}");
        assertEquals("size", refused.field());
    }

    @Test
    void contentAfterTheObjectIsRefused() {
        BadRequest refused = entryRefused("{\"symbol\":\"MGC\",\"side\":\"LONG\",\"size\":1,\"entry\":5212.3} {\"size\":9}");
        assertEquals("body", refused.field());
    }

    @Test
    void anUnknownFieldInsideAPositionIsNamedWithItsPath() {
        String update = "{\"account\":\"Sim101\",\"positions\":[{\"instrument\":\"MGC 02-27\",\"side\":\"LONG\",\"quantity\":1,"
                + "\"avg_price\":5212.3,\"stop\":5200.0}]}";
        BadRequest refused = assertThrows(BadRequest.class, () -> PositionsUpdate.parse(update.getBytes(StandardCharsets.UTF_8)));
        assertEquals("positions[0].stop", refused.field());
    }

    @Test
    void theDocumentedEntryIsStillRead() {
        EntryRequest entry = EntryRequest.parse(("{\"symbol\":\"MGC\",\"side\":\"LONG\",\"size\":2,\"entry\":5212.3,\"stop\":5202.3,"
                + "\"enforce_risk\":true}").getBytes(StandardCharsets.UTF_8), false);
        assertEquals(2, entry.size());
        assertTrue(entry.enforce());
    }
}
