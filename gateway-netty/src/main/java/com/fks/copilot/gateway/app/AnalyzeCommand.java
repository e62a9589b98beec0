package com.fks.copilot.gateway.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fks.copilot.engine.analytics.AssetParams;
import com.fks.copilot.engine.analytics.Bars;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.gateway.analyze.BarCsv;
import com.fks.copilot.gateway.analyze.BarFileError;
import com.fks.copilot.gateway.analyze.LastBarAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code copilot analyze FILE --asset NAME}: the engine's wave, volatility and signal-quality
 * numbers for the last bar of an exported chart, as one JSON object on stdout. A bad file, an
 * unknown asset or too few bars print one line on stderr and exit with status 2.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Waves, volatility and signal quality of a chart's last bar, as JSON.",
                "Prints one JSON object: wave (wave_ratio, wave_ratio_max, current_ratio,",
                "dominance, bias, bull_avg, bear_avg, market_phase), volatility (cluster,",
                "raw_atr, adaptive_atr, percentile), signal_quality (score, market_context,",
                "rsi, ao), as the engine computes them.",
                "FILE holds one bar a line, oldest first, at least 30 bars, in either layout:",
                "  CSV with the header Time,Open,High,Low,Close,Volume; Time in epoch seconds",
                "    or ISO-8601 with a zone: 2026-11-24T14:30:00Z, 2026-11-24T09:30:00-05:00.",
                "  NinjaTrader's export, no header: yyyyMMdd HHmmss;open;high;low;close;volume.",
                "    NinjaTrader writes the exchange's local time; it is read as New York time",
                "    (America/New_York).",
                "A bad file is reported on stderr with its line number and reason, and nothing",
                "is printed on stdout."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the JSON was printed", "2:bad file, unknown --asset or bad options (message on stderr)"})
public final class AnalyzeCommand implements Callable<Integer> {
    private static final int BAD_INPUT = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASSET_NAMES = "Gold, Nasdaq, S&P, Crude, Silver, Copper";

    @Parameters(index = "0", paramLabel = "FILE", description = "The bar file: CSV with header, or a NinjaTrader export.")
    Path file;

    @Option(names = "--asset", required = true, paramLabel = "NAME",
            description = "Whose wave parameters to use: " + ASSET_NAMES
                    + ", or a root MGC, MNQ, MES, MCL, SIL, MHG (case-insensitive).")
    String asset;

    @Override
    public Integer call() throws IOException {
        AssetParams params = AssetParams.forAsset(asset);
        if (params == AssetParams.DEFAULT) { // forAsset's answer for a name it does not know
            return refuse("unknown --asset '" + asset + "'; expected " + ASSET_NAMES + " or a root "
                    + Instruments.all().stream().map(Instrument::symbol).collect(Collectors.joining(", ")));
        }
        Bars bars;
        try {
            bars = BarCsv.read(file);
        } catch (BarFileError e) {
            return refuse(file + " " + e.getMessage());
        } catch (NoSuchFileException e) {
            return refuse(file + ": no such file");
        } catch (IOException e) {
            return refuse("cannot read " + file + ": " + e.getMessage());
        }
        if (bars.count() < LastBarAnalysis.MIN_BARS) {
            return refuse(file + " has " + bars.count() + " bars; the analyses need at least " + LastBarAnalysis.MIN_BARS);
        }
        System.out.println(JSON.writeValueAsString(LastBarAnalysis.of(bars, params).toJson(asset.trim())));
        System.out.flush();
        return 0;
    }

    private static int refuse(String message) {
        System.err.println("analyze: " + message);
        return BAD_INPUT;
    }
}
