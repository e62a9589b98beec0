package com.fks.copilot.gateway.analyze;

import com.fks.copilot.engine.analytics.Bars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading bar files: both layouts, their times, and each way a file can be bad. */
class BarCsvTest {

    @Test
    void shouldReadEveryLayoutToTheSameBars() throws Exception {
        ChartBars chart = ChartBars.fixture();
        Bars expected = chart.bars();

        assertSameBars(expected, read(chart.csvIso()));
        assertSameBars(expected, read(chart.csvEpoch()));
        assertSameBars(expected, read(chart.csvOffset()));
        assertSameBars(expected, read(chart.ninjaTrader()));
    }

    @Test
    void shouldKeepTheCommittedFixturesAsTheGeneratorWritesThem() throws Exception {
        ChartBars chart = ChartBars.fixture();

        assertEquals(chart.csvIso(), resource("analyze/mgc-1m.csv"));
        assertEquals(chart.ninjaTrader(), resource("analyze/mgc-1m-ninjatrader.txt"));
    }

    @Test
    void shouldReadNinjaTraderTimesAsNewYorkTime() throws Exception {
        Bars bars = read("""
                20260701 093000;5190.0;5191.0;5189.0;5190.5;10
                20261124 093000;5190.0;5191.0;5189.0;5190.5;10
                """);

        assertEquals(nanos("2026-07-01T13:30:00Z"), bars.startEpochNanos(0), "EDT is UTC-4");
        assertEquals(nanos("2026-11-24T14:30:00Z"), bars.startEpochNanos(1), "EST is UTC-5");
    }

    @Test
    void shouldReadTheRepeatedHourOfTheAutumnClockChangeInOrder() throws Exception {
        Bars bars = read("""
                20261101 013000;5190.0;5191.0;5189.0;5190.5;10
                20261101 010000;5190.0;5191.0;5189.0;5190.5;10
                """);

        assertEquals(nanos("2026-11-01T05:30:00Z"), bars.startEpochNanos(0), "01:30 EDT");
        assertEquals(nanos("2026-11-01T06:00:00Z"), bars.startEpochNanos(1), "01:00 EST, the second 01:00");
    }

    @Test
    void shouldAcceptByteOrderMarkCrlfBlankLinesAndSpacesAroundColumns() throws Exception {
        Bars bars = read("\uFEFF TIME , Open,HIGH,low,Close,volume\r\n\r\n"
                + "2026-11-24T14:30:00Z, 5190.0 ,5191.0,5189.0,5190.5,10\r\n"
                + "   \r\n"
                + "2026-11-24T14:31:00.5Z,5190.5,5192.0,5190.0,5191.5,0\r\n");

        assertEquals(2, bars.count());
        assertEquals(5190.0, bars.open(0));
        assertEquals(nanos("2026-11-24T14:31:00.5Z"), bars.startEpochNanos(1));
        assertEquals(0.0, bars.volume(1));
    }

    static Stream<Arguments> badFiles() {
        String gold = ChartBars.gold(7, 40).csvIso();
        return Stream.of(
                Arguments.of("high below low", withLine(gold, 17, "2026-11-24T14:45:00Z,5192.0,5190.0,5195.0,5191.0,100"),
                        "line 17: high 5190.0 is below low 5195.0"),
                Arguments.of("missing column", withLine(gold, 3, "2026-11-24T14:31:00Z,5192.0,5193.0,5191.0,5192.0"),
                        "line 3: expected 6 columns, found 5"),
                Arguments.of("extra column", withLine(gold, 4, "2026-11-24T14:32:00Z,5192.0,5193.0,5191.0,5192.0,10,x"),
                        "line 4: expected 6 columns, found 7"),
                Arguments.of("not a number", withLine(gold, 5, "2026-11-24T14:33:00Z,5192.0,5193.0,abc,5192.0,10"),
                        "line 5: low 'abc' is not a number"),
                Arguments.of("float suffix", withLine(gold, 5, "2026-11-24T14:33:00Z,5192.0,5193.0,5191d,5192.0,10"),
                        "line 5: low '5191d' is not a number"),
                Arguments.of("empty value", withLine(gold, 5, "2026-11-24T14:33:00Z,,5193.0,5191.0,5192.0,10"),
                        "line 5: open is empty"),
                Arguments.of("NaN", withLine(gold, 6, "2026-11-24T14:34:00Z,5192.0,5193.0,5191.0,NaN,10"),
                        "line 6: close is NaN"),
                Arguments.of("infinity", withLine(gold, 6, "2026-11-24T14:34:00Z,5192.0,1e999,5191.0,5192.0,10"),
                        "line 6: high 1e999 is too large"),
                Arguments.of("negative volume", withLine(gold, 8, "2026-11-24T14:36:00Z,5192.0,5193.0,5191.0,5192.0,-5"),
                        "line 8: volume -5 is negative"),
                Arguments.of("close above high", withLine(gold, 9, "2026-11-24T14:37:00Z,5192.0,5193.0,5191.0,5194.5,10"),
                        "line 9: close 5194.5 is above high 5193.0"),
                Arguments.of("open below low", withLine(gold, 9, "2026-11-24T14:37:00Z,5190.5,5193.0,5191.0,5192.0,10"),
                        "line 9: open 5190.5 is below low 5191.0"),
                Arguments.of("time backwards", withLine(gold, 12, "2026-11-24T14:29:00Z,5192.0,5193.0,5191.0,5192.0,10"),
                        "line 12: time 2026-11-24T14:29:00Z is not after the previous bar's 2026-11-24T14:39:00Z"),
                Arguments.of("time repeated", withLine(gold, 12, "2026-11-24T14:39:00Z,5192.0,5193.0,5191.0,5192.0,10"),
                        "line 12: time 2026-11-24T14:39:00Z is not after the previous bar's 2026-11-24T14:39:00Z"),
                Arguments.of("time without zone", withLine(gold, 2, "2026-11-24T09:30:00,5192.0,5193.0,5191.0,5192.0,10"),
                        "line 2: time '2026-11-24T09:30:00' has no zone; add Z (UTC) or an offset such as -05:00"),
                Arguments.of("time unreadable", withLine(gold, 2, "11/24/2026 09:30,5192.0,5193.0,5191.0,5192.0,10"),
                        "line 2: time '11/24/2026 09:30' is neither epoch seconds nor ISO-8601 such as 2026-11-24T14:30:00Z"),
                Arguments.of("epoch millis", "Time,Open,High,Low,Close,Volume\n1795530600000,5192.0,5193.0,5191.0,5192.0,10\n",
                        "line 2: time 1795530600000 looks like epoch milliseconds; expected epoch seconds"),
                Arguments.of("empty file", "", "line 1: the file is empty; expected the header Time,Open,High,Low,Close,Volume"
                        + " or NinjaTrader lines yyyyMMdd HHmmss;open;high;low;close;volume"),
                Arguments.of("header only", "Time,Open,High,Low,Close,Volume\n", "line 2: no bars after the header"),
                Arguments.of("unknown header", "Date,Open,High,Low,Close,Volume\n", "line 1: expected the header"
                        + " Time,Open,High,Low,Close,Volume or a NinjaTrader line yyyyMMdd HHmmss;open;high;low;close;volume,"
                        + " found 'Date,Open,High,Low,Close,Volume'"),
                Arguments.of("NinjaTrader bad time", "20261124 093000;5190.0;5191.0;5189.0;5190.5;10\n"
                        + "20261131 093100;5190.0;5191.0;5189.0;5190.5;10\n",
                        "line 2: time '20261131 093100' is not NinjaTrader's yyyyMMdd HHmmss"),
                Arguments.of("NinjaTrader missing column", "20261124 093000;5190.0;5191.0;5189.0;5190.5;10\n"
                        + "20261124 093100;5190.0;5191.0;5190.5;10\n", "line 2: expected 6 columns, found 5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void shouldRejectABadFileNamingTheLineAndReason(String name, String text, String message) {
        BarFileError error = assertThrows(BarFileError.class, () -> read(text));

        assertEquals(message, error.getMessage());
    }

    /** {@code text} with its 1-based line {@code number} replaced. */
    static String withLine(String text, int number, String line) {
        String[] lines = text.split("\n", -1);
        lines[number - 1] = line;
        return String.join("\n", lines);
    }

    private static Bars read(String text) throws IOException, BarFileError {
        return BarCsv.read(new BufferedReader(new StringReader(text)));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BarCsvTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long nanos(String instant) {
        Instant at = Instant.parse(instant);
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    static void assertSameBars(Bars expected, Bars actual) {
        assertEquals(expected.count(), actual.count(), "bars");
        for (int i = 0; i < expected.count(); i++) {
            assertEquals(expected.startEpochNanos(i), actual.startEpochNanos(i), "time of bar " + i);
            assertEquals(expected.open(i), actual.open(i), "open of bar " + i);
            assertEquals(expected.high(i), actual.high(i), "high of bar " + i);
            assertEquals(expected.low(i), actual.low(i), "low of bar " + i);
            assertEquals(expected.close(i), actual.close(i), "close of bar " + i);
            assertEquals(expected.volume(i), actual.volume(i), "volume of bar " + i);
        }
    }
}
