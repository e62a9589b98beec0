package com.fks.copilot.gateway.analyze;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fks.copilot.engine.analytics.AssetParams;
import com.fks.copilot.engine.analytics.Bars;
import com.fks.copilot.engine.analytics.QualityResult;
import com.fks.copilot.engine.analytics.SignalQuality;
import com.fks.copilot.engine.analytics.Volatility;
import com.fks.copilot.engine.analytics.VolatilityResult;
import com.fks.copilot.engine.analytics.WaveAnalysis;
import com.fks.copilot.engine.analytics.WaveResult;

/**
 * The engine's wave, volatility and signal-quality analyses of a bar series at its newest bar,
 * exactly as {@link WaveAnalysis}, {@link Volatility} and {@link SignalQuality} give them (already
 * rounded as FKS-RULES states).
 *
 * @param bars       number of bars analysed
 * @param wave       wave analysis with the asset's parameters
 * @param volatility ATR(14) volatility
 * @param quality    signal quality from that wave and volatility
 */
public record LastBarAnalysis(int bars, WaveResult wave, VolatilityResult volatility, QualityResult quality) {
    /** Bars every analysis needs to report real figures instead of its too-few-bars defaults. */
    public static final int MIN_BARS = Math.max(WaveAnalysis.MIN_BARS, Math.max(Volatility.MIN_BARS, SignalQuality.MIN_BARS));

    /** The analyses of {@code bars} at their newest bar. */
    public static LastBarAnalysis of(Bars bars, AssetParams params) {
        WaveResult wave = WaveAnalysis.analyze(bars, params);
        VolatilityResult volatility = Volatility.analyze(bars);
        return new LastBarAnalysis(bars.count(), wave, volatility, SignalQuality.score(bars, wave, volatility));
    }

    /**
     * The JSON {@code analyze} prints, snake_case keys in this order: asset, bars, wave
     * (wave_ratio, wave_ratio_max, current_ratio, dominance, bias, bull_avg, bear_avg,
     * market_phase), volatility (cluster, raw_atr, adaptive_atr, percentile) and signal_quality
     * (score, market_context, rsi, ao). Enums are their upper-case names.
     */
    public ObjectNode toJson(String asset) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("asset", asset);
        root.put("bars", bars);
        root.putObject("wave")
                .put("wave_ratio", wave.waveRatio())
                .put("wave_ratio_max", wave.waveRatioMax())
                .put("current_ratio", wave.currentRatio())
                .put("dominance", wave.dominance())
                .put("bias", wave.bias().name())
                .put("bull_avg", wave.bullAvg())
                .put("bear_avg", wave.bearAvg())
                .put("market_phase", wave.marketPhase().name());
        root.putObject("volatility")
                .put("cluster", volatility.cluster().name())
                .put("raw_atr", volatility.rawAtr())
                .put("adaptive_atr", volatility.adaptiveAtr())
                .put("percentile", volatility.percentile());
        root.putObject("signal_quality")
                .put("score", quality.score())
                .put("market_context", quality.context().name())
                .put("rsi", quality.rsi())
                .put("ao", quality.ao());
        return root;
    }
}
