package com.fks.copilot.engine.analytics;

import java.util.Locale;

/**
 * Per-asset tuning of the wave analysis (FKS-RULES "Wave analysis").
 *
 * @param maxLen        longest dynamic-EMA length, in bars (the shortest is 5)
 * @param accelMult     how strongly a large bar-to-bar move speeds the EMA up (dimensionless)
 * @param lookbackWaves how many of the most recent bull and bear waves the statistics use
 */
public record AssetParams(int maxLen, double accelMult, int lookbackWaves) {
    public static final AssetParams METALS = new AssetParams(20, 0.015, 200);
    public static final AssetParams CRUDE = new AssetParams(20, 0.02, 150);
    public static final AssetParams MICRO_CRUDE = new AssetParams(20, 0.022, 150);
    public static final AssetParams EQUITY_INDEX = new AssetParams(18, 0.010, 150);
    public static final AssetParams NASDAQ = new AssetParams(15, 0.01, 150);
    public static final AssetParams DEFAULT = new AssetParams(20, 0.02, 200);

    public AssetParams {
        if (maxLen < 5 || lookbackWaves < 1) {
            throw new IllegalArgumentException("maxLen >= 5 and lookbackWaves >= 1 required: " + maxLen + ", " + lookbackWaves);
        }
    }

    /**
     * Parameters for a product root (MGC, MNQ, MES, MCL, SIL, MHG; HG is copper too) or an asset
     * name (Gold, Nasdaq, S&amp;P, Crude or "Crude Oil", Silver, Copper), case-insensitive;
     * {@link #DEFAULT} for anything else. The original keyed Crude as "Crude Oil" and the
     * roots MNQ and MCL by prefix, which is why MNQ (18/0.010) differs from Nasdaq (15/0.01) and
     * MCL (20/0.022) from Crude (20/0.02).
     */
    public static AssetParams forAsset(String asset) {
        if (asset == null) {
            return DEFAULT;
        }
        return switch (asset.trim().toUpperCase(Locale.ROOT)) {
            case "GOLD", "MGC", "SILVER", "SIL", "COPPER", "MHG", "HG" -> METALS;
            case "CRUDE", "CRUDE OIL" -> CRUDE;
            case "MCL" -> MICRO_CRUDE;
            case "S&P", "MES", "MNQ" -> EQUITY_INDEX;
            case "NASDAQ" -> NASDAQ;
            default -> DEFAULT;
        };
    }
}
