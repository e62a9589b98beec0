package com.fks.copilot.engine.analytics;

import com.fks.copilot.engine.risk.RiskRules;

import com.fks.copilot.engine.market.Instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The daily trading plan (FKS-RULES "Daily focus"): for each asset a bias, entry zone, stop,
 * targets and size from its 5-minute bars; assets ordered best first; and whether to stay out
 * today. Pure: the same bars give the same plan.
 */
public final class DailyFocusPlan {
    /** 5-minute bars an asset needs to be planned. */
    public static final int MIN_BARS = 30;
    /** Quality below which an asset is NEUTRAL and skipped today. */
    public static final double MIN_QUALITY = 0.55;
    /** Volatility percentile above which the day is too dangerous to trade. */
    public static final double EXTREME_VOL = 0.88;
    /** Default risk budget per trade, the risk rules' own: 0.75% of $50,000 = $375. */
    public static final double DEFAULT_MAX_RISK_DOLLARS = RiskRules.defaults().maxRiskPerTradeCents() / 100.0;
    /** Dominance beyond which the waves alone, without AO or trend confirmation, give a side. */
    public static final double STRONG_DOMINANCE = 0.15;

    private static final Comparator<FocusAsset> BEST_FIRST = Comparator.comparingDouble(FocusAsset::quality)
            .thenComparingDouble(FocusAsset::waveRatio)
            .reversed();

    private DailyFocusPlan() {
    }

    /**
     * Plans one asset from its 5-minute bars with the wave parameters of its product root;
     * empty with fewer than 30 bars or a last price that is not positive.
     *
     * @param maxRiskDollars risk budget per trade, dollars
     */
    public static Optional<FocusAsset> planAsset(Instrument instrument, Bars fiveMinuteBars, double maxRiskDollars) {
        if (fiveMinuteBars.count() < MIN_BARS) {
            return Optional.empty();
        }
        double lastPrice = fiveMinuteBars.close(fiveMinuteBars.last());
        if (!(lastPrice > 0)) {
            return Optional.empty();
        }
        WaveResult wave = WaveAnalysis.analyze(fiveMinuteBars, AssetParams.forAsset(instrument.symbol()));
        VolatilityResult volatility = Volatility.analyze(fiveMinuteBars);
        QualityResult quality = SignalQuality.score(fiveMinuteBars, wave, volatility);
        return Optional.of(plan(instrument, lastPrice, wave, volatility, quality, maxRiskDollars));
    }

    /**
     * Plans one asset from its analyses.
     *
     * @param lastPrice      last close, points
     * @param maxRiskDollars risk budget per trade, dollars
     */
    public static FocusAsset plan(Instrument instrument, double lastPrice, WaveResult wave, VolatilityResult volatility,
                                  QualityResult quality, double maxRiskDollars) {
        TradeBias bias = bias(quality.score(), wave.bias(), wave.dominance(), quality.ao(), quality.context());
        EntryPlan plan = EntryPlan.of(lastPrice, bias, volatility.rawAtr(), wave.waveRatio());
        PositionSize size = PositionSize.of(lastPrice, plan.stop(), instrument, maxRiskDollars);
        boolean skip = quality.score() < MIN_QUALITY;
        return new FocusAsset(instrument.symbol(), bias, Decimals.round(lastPrice, 4), plan, size,
                wave.waveRatio(), quality.score(), quality.qualityPct(), volatility.percentile(),
                volatility.rawAtr(), skip, note(quality.qualityPct(), skip, volatility.percentile()));
    }

    /**
     * The plan's side for an asset. Quality below 0.55 → NEUTRAL. BULLISH waves with dominance
     * &gt; 0.05 → LONG when AO &gt; 0 or the context is an UPTREND, or without that confirmation when
     * dominance &gt; 0.15; SHORT mirrors; anything else NEUTRAL. All bounds are exclusive.
     *
     * @param quality   signal-quality score 0..1 (3 dp)
     * @param dominance wave dominance −1..1 (3 dp)
     * @param ao        Awesome Oscillator, points (4 dp)
     */
    public static TradeBias bias(double quality, WaveBias waveBias, double dominance, double ao, MarketContext context) {
        if (quality < MIN_QUALITY) {
            return TradeBias.NEUTRAL;
        }
        if (waveBias == WaveBias.BULLISH && dominance > WaveBias.THRESHOLD) {
            if (ao > 0 || context == MarketContext.UPTREND || dominance > STRONG_DOMINANCE) {
                return TradeBias.LONG;
            }
        } else if (waveBias == WaveBias.BEARISH && dominance < -WaveBias.THRESHOLD) {
            if (ao < 0 || context == MarketContext.DOWNTREND || dominance < -STRONG_DOMINANCE) {
                return TradeBias.SHORT;
            }
        }
        return TradeBias.NEUTRAL;
    }

    /** A new list, best first: quality descending, then wave ratio descending; ties keep their order. */
    public static List<FocusAsset> bestFirst(List<FocusAsset> assets) {
        List<FocusAsset> sorted = new ArrayList<>(assets);
        sorted.sort(BEST_FIRST);
        return sorted;
    }

    /** True when the plan says to stay out today; see {@link #noTradeCause}. */
    public static boolean shouldNotTrade(List<FocusAsset> assets) {
        return noTradeCause(assets).isPresent();
    }

    /**
     * Why not to trade today, checked in this order: no asset planned; every asset's quality
     * below 0.55; any asset's volatility percentile above 0.88. Empty when the day is tradeable.
     */
    public static Optional<NoTradeCause> noTradeCause(List<FocusAsset> assets) {
        if (assets.isEmpty()) {
            return Optional.of(NoTradeCause.NO_MARKET_DATA);
        }
        boolean allBelowMinQuality = true;
        boolean extremeVolatility = false;
        for (FocusAsset asset : assets) {
            allBelowMinQuality &= asset.quality() < MIN_QUALITY;
            extremeVolatility |= asset.volPercentile() > EXTREME_VOL;
        }
        if (allBelowMinQuality) {
            return Optional.of(NoTradeCause.ALL_BELOW_MIN_QUALITY);
        }
        return extremeVolatility ? Optional.of(NoTradeCause.EXTREME_VOLATILITY) : Optional.empty();
    }

    private static String note(double qualityPct, boolean skip, double volPercentile) {
        StringBuilder note = new StringBuilder();
        if (skip) {
            note.append("Quality too low (").append(wholePercent(qualityPct)).append("%) — skip today");
        }
        if (volPercentile > EXTREME_VOL) {
            if (note.length() > 0) {
                note.append("; ");
            }
            note.append("Extreme volatility (").append(wholePercent(volPercentile * 100)).append("%) — dangerous");
        }
        return note.toString();
    }

    private static long wholePercent(double percent) {
        return (long) Decimals.round(percent, 0);
    }
}
