package com.fks.copilot.gateway.bridge;

import com.fks.copilot.engine.event.EngineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    private static String entry(String symbol, String side) {
        return "{\"symbol\":\"" + symbol + "\",\"side\":\"" + side + "\",\"size\":1,\"entry\":5212.5}";
    }

    private static BadRequest updateRefused(String instrument, String side, String timestamp) {
        String update = "{\"account\":\"Sim101\",\"timestamp\":" + timestamp + ",\"positions\":[{\"instrument\":\"" + instrument
                + "\",\"side\":\"" + side + "\",\"quantity\":1,\"avg_price\":5212.3}]}";
        return assertThrows(BadRequest.class, () -> PositionsUpdate.parse(update.getBytes(StandardCharsets.UTF_8)));
    }

    private static PositionsUpdate update(String instrument, String timestamp) {
        return PositionsUpdate.parse(("{\"account\":\"Sim101\",\"timestamp\":" + timestamp + ",\"positions\":[{\"instrument\":\""
                + instrument + "\",\"side\":\"LONG\",\"quantity\":1,\"avg_price\":5212.3}]}").getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUY", "SELL", "long", "Long", "short", " LONG", "LONG ", "L"})
    void aSideOtherThanLongOrShortInCapitalsIsRefusedNamingSide(String side) {
        assertEquals("side", entryRefused(entry("MGC", side)).field());
    }

    @Test
    void aPositionSideSpeltOtherwiseIsRefusedWithItsPath() {
        assertEquals("positions[0].side", updateRefused("MGC 02-27", "Short", "\"2026-11-24T14:31:05Z\"").field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MGC 13-99", "MGC 00-27", "MGC 2-27", "MGC  02-27", "MGC-02-27", "MGC\\u0000", "mgc", "Mgc",
            " MGC", "MGC ", "MGCZ6", "GC", "ES 12-26", "MGC 02-27 "})
    void aSymbolThatIsNotExactlyARootOrNinjaTradersMonthIsRefusedNamingSymbol(String symbol) {
        assertEquals("symbol", entryRefused(entry(symbol, "LONG")).field());
    }

    @ParameterizedTest
    @CsvSource({"MGC, MGC", "MNQ 12-26, MNQ", "MHG 03-27, MHG", "SIL 01-00, SIL", "HG 03-27, MHG"})
    void aRootOrNinjaTradersMonthIsReadAsItsContract(String symbol, String contract) {
        EntryRequest entry = EntryRequest.parse(entry(symbol, "SHORT").getBytes(StandardCharsets.UTF_8), false);

        assertEquals(contract, entry.instrument().symbol());
        assertEquals(EngineEvent.SIDE_SHORT, entry.side());
    }

    @Test
    void aPositionsInstrumentThatIsNotExactlyAContractIsRefusedWithItsPath() {
        assertEquals("positions[0].instrument", updateRefused("MGC 13-99", "LONG", "\"2026-11-24T14:31:05Z\"").field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yesterday\"", "\"2026-13-01T00:00:00Z\"", "\"2026-11-24 14:31:05\"", "\"\"", "1.732458665E12",
            "-1", "946684799999", "4102444800000", "\"+10000-01-01T00:00:00Z\"", "99999999999999999999", "true"})
    void aTimestampThatDoesNotParseOrLiesOutside2000To2099IsRefusedNamingIt(String timestamp) {
        assertEquals("timestamp", updateRefused("MGC", "LONG", timestamp).field());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"2026-11-24T14:31:05Z\" | 1795530665000", "1795530665000 | 1795530665000",
            "946684800000 | 946684800000"})
    void aTimestampAsTheBridgeSendsItOrInEpochMillisIsRead(String timestamp, long epochMillis) {
        assertEquals(epochMillis * 1_000_000L, update("MGC 02-27", timestamp).timeNanos());
    }
}
