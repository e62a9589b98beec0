package com.fks.copilot.gateway.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.analytics.AssetParams;
import com.fks.copilot.engine.analytics.Bars;
import com.fks.copilot.engine.analytics.QualityResult;
import com.fks.copilot.engine.analytics.SignalQuality;
import com.fks.copilot.engine.analytics.Volatility;
import com.fks.copilot.engine.analytics.VolatilityResult;
import com.fks.copilot.engine.analytics.WaveAnalysis;
import com.fks.copilot.engine.analytics.WaveResult;
import com.fks.copilot.gateway.app.CopilotCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code copilot analyze} end to end through picocli: the JSON it prints and how it refuses bad input. */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldPrintOneJsonObjectWithEveryKeyInOrder() throws Exception {
        Run run = analyze(write("gold.csv", ChartBars.fixture().csvIso()), "--asset", "Gold");

        assertEquals(0, run.status, run.err);
        assertEquals("", run.err);
        assertEquals(1, run.out.lines().count(), "one line: " + run.out);
        JsonNode json = JSON.readTree(run.out);
        assertEquals(List.of("asset", "bars", "wave", "volatility", "signal_quality"), keys(json));
        assertEquals(List.of("wave_ratio", "wave_ratio_max", "current_ratio", "dominance", "bias", "bull_avg", "bear_avg",
                "market_phase"), keys(json.get("wave")));
        assertEquals(List.of("cluster", "raw_atr", "adaptive_atr", "percentile"), keys(json.get("volatility")));
        assertEquals(List.of("score", "market_context", "rsi", "ao"), keys(json.get("signal_quality")));
        assertEquals("Gold", json.get("asset").asText());
        assertEquals(ChartBars.FIXTURE_BARS, json.get("bars").asInt());
    }

    @Test
    void shouldPrintTheEngineNumbersForTheLastBar() throws Exception {
        ChartBars chart = ChartBars.fixture();
        Bars bars = chart.bars();
        WaveResult wave = WaveAnalysis.analyze(bars, AssetParams.METALS);
        VolatilityResult volatility = Volatility.analyze(bars);
        QualityResult quality = SignalQuality.score(bars, wave, volatility);
        assertTrue(wave.bullWaves() > 0 && wave.bearWaves() > 0, "the chart completes waves of both sides");

        JsonNode json = JSON.readTree(analyze(write("gold.csv", chart.csvIso()), "--asset", "MGC").out);

        JsonNode w = json.get("wave");
        assertEquals(wave.waveRatio(), w.get("wave_ratio").doubleValue());
        assertEquals(wave.waveRatioMax(), w.get("wave_ratio_max").doubleValue());
        assertEquals(wave.currentRatio(), w.get("current_ratio").doubleValue());
        assertEquals(wave.dominance(), w.get("dominance").doubleValue());
        assertEquals(wave.bias().name(), w.get("bias").textValue());
        assertEquals(wave.bullAvg(), w.get("bull_avg").doubleValue());
        assertEquals(wave.bearAvg(), w.get("bear_avg").doubleValue());
        assertEquals(wave.marketPhase().name(), w.get("market_phase").textValue());
        JsonNode v = json.get("volatility");
        assertEquals(volatility.cluster().name(), v.get("cluster").textValue());
        assertEquals(volatility.rawAtr(), v.get("raw_atr").doubleValue());
        assertEquals(volatility.adaptiveAtr(), v.get("adaptive_atr").doubleValue());
        assertEquals(volatility.percentile(), v.get("percentile").doubleValue());
        JsonNode q = json.get("signal_quality");
        assertEquals(quality.score(), q.get("score").doubleValue());
        assertEquals(quality.context().name(), q.get("market_context").textValue());
        assertEquals(quality.rsi(), q.get("rsi").doubleValue());
        assertEquals(quality.ao(), q.get("ao").doubleValue());
    }

    @Test
    void shouldPrintTheSameAnalysisForEveryLayoutOfTheSameBars() throws Exception {
        ChartBars chart = ChartBars.fixture();
        String iso = analyze(write("iso.csv", chart.csvIso()), "--asset", "Gold").out;

        assertEquals(iso, analyze(write("epoch.csv", chart.csvEpoch()), "--asset", "Gold").out);
        assertEquals(iso, analyze(write("offset.csv", chart.csvOffset()), "--asset", "Gold").out);
        assertEquals(iso, analyze(write("mgc.txt", chart.ninjaTrader()), "--asset", "Gold").out);
    }

    @Test
    void shouldUseTheParametersOfTheNamedAssetOrRoot() throws Exception {
        Path file = write("chart.csv", ChartBars.fixture().csvIso());
        Bars bars = ChartBars.fixture().bars();

        for (String asset : List.of("Gold", "gold", "MGC", "Nasdaq", "MNQ", "S&P", "mes", "Crude", "MCL", "Silver", "SIL",
                "Copper", "MHG")) {
            Run run = analyze(file, "--asset", asset);
            assertEquals(0, run.status, asset + ": " + run.err);
            double expected = WaveAnalysis.analyze(bars, AssetParams.forAsset(asset)).currentRatio();
            assertEquals(expected, JSON.readTree(run.out).get("wave").get("current_ratio").doubleValue(), asset);
        }
        assertNotEquals(AssetParams.forAsset("Nasdaq"), AssetParams.forAsset("MNQ"), "the original keyed them apart");
    }

    static Stream<Arguments> badFiles() {
        String gold = ChartBars.gold(7, 40).csvIso();
        return Stream.of(
                Arguments.of(BarCsvTest.withLine(gold, 17, "2026-11-24T14:45:00Z,5192.0,5190.0,5195.0,5191.0,100"),
                        "line 17: high 5190.0 is below low 5195.0"),
                Arguments.of(BarCsvTest.withLine(gold, 3, "2026-11-24T14:31:00Z,5192.0,5193.0,5191.0,5192.0"),
                        "line 3: expected 6 columns, found 5"),
                Arguments.of(BarCsvTest.withLine(gold, 5, "2026-11-24T14:33:00Z,5192.0,5193.0,abc,5192.0,10"),
                        "line 5: low 'abc' is not a number"),
                Arguments.of(BarCsvTest.withLine(gold, 6, "2026-11-24T14:34:00Z,5192.0,5193.0,5191.0,NaN,10"),
                        "line 6: close is NaN"),
                Arguments.of(BarCsvTest.withLine(gold, 8, "2026-11-24T14:36:00Z,5192.0,5193.0,5191.0,5192.0,-5"),
                        "line 8: volume -5 is negative"),
                Arguments.of(BarCsvTest.withLine(gold, 12, "2026-11-24T14:29:00Z,5192.0,5193.0,5191.0,5192.0,10"),
                        "line 12: time 2026-11-24T14:29:00Z is not after the previous bar's 2026-11-24T14:39:00Z"),
                Arguments.of(BarCsvTest.withLine(ChartBars.gold(7, 40).ninjaTrader(), 20,
                        "20261124 094900;5192.0;5190.0;5195.0;5191.0;100"), "line 20: high 5190.0 is below low 5195.0"),
                Arguments.of("", "line 1: the file is empty"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badFiles")
    void shouldRefuseABadFileWithItsLineAndReasonAndStatus2(String text, String message) throws Exception {
        Path file = write("bad.csv", text);

        Run run = analyze(file, "--asset", "Gold");

        assertEquals(2, run.status);
        assertEquals("", run.out);
        assertTrue(run.err.startsWith("analyze: " + file + " " + message), run.err);
        assertEquals(1, run.err.lines().count(), run.err);
    }

    @Test
    void shouldRefuseAnUnknownAssetWithStatus2() throws Exception {
        Run run = analyze(write("gold.csv", ChartBars.fixture().csvIso()), "--asset", "Bitcoin");

        assertEquals(2, run.status);
        assertEquals("", run.out);
        assertEquals("analyze: unknown --asset 'Bitcoin'; expected Gold, Nasdaq, S&P, Crude, Silver, Copper"
                + " or a root MGC, MNQ, MES, MCL, SIL, MHG", run.err.strip());
    }

    @Test
    void shouldRefuseTooFewBarsWithStatus2() throws Exception {
        Path file = write("short.csv", ChartBars.gold(7, 29).csvIso());

        Run run = analyze(file, "--asset", "Gold");

        assertEquals(2, run.status);
        assertEquals("", run.out);
        assertEquals("analyze: " + file + " has 29 bars; the analyses need at least " + LastBarAnalysis.MIN_BARS, run.err.strip());
    }

    @Test
    void shouldRefuseAMissingFileWithStatus2() {
        Path file = dir.resolve("nowhere.csv");

        Run run = analyze(file, "--asset", "Gold");

        assertEquals(2, run.status);
        assertEquals("", run.out);
        assertEquals("analyze: " + file + ": no such file", run.err.strip());
    }

    @Test
    void shouldRequireTheAsset() throws Exception {
        Run run = analyze(write("gold.csv", ChartBars.fixture().csvIso()));

        assertEquals(2, run.status);
        assertEquals("", run.out);
        assertTrue(run.err.contains("Missing required option: '--asset=NAME'"), run.err);
    }

    @Test
    void shouldExplainBothLayoutsTheNinjaTraderTimeZoneAndTheMinimumInItsHelp() {
        Run run = run("analyze", "--help");

        assertEquals(0, run.status);
        assertTrue(run.out.contains("Time,Open,High,Low,Close,Volume"), run.out);
        assertTrue(run.out.contains("yyyyMMdd HHmmss;open;high;low;close;volume"), run.out);
        assertTrue(run.out.contains("America/New_York"), run.out);
        assertTrue(run.out.contains("at least " + LastBarAnalysis.MIN_BARS + " bars"), run.out);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Run analyze(Path file, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "analyze";
        args[1] = file.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        return run(args);
    }

    /** Runs the launcher's command line with System.out and System.err captured. */
    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int status = new CommandLine(new CopilotCommand()).execute(args);
            System.out.flush();
            System.err.flush();
            return new Run(status, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private record Run(int status, String out, String err) {
    }
}
