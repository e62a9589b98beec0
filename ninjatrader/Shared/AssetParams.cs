// FKS Co-Pilot — shared NinjaScript logic (plain C# 7.2, no NinjaTrader types).
// Port of core-engine/src/main/java/com/fks/copilot/engine/analytics/AssetParams.java;
// the definitions are in ninjatrader/FORMULAS.md and ../shared/domain/FKS-RULES.md "Wave analysis".
using System;

namespace NinjaTrader.NinjaScript.AddOns.FksCopilot
{
    /// <summary>
    /// Per-asset tuning of the wave analysis: longest dynamic-EMA length (bars, the shortest is 5),
    /// acceleration multiplier, and how many recent bull/bear waves the statistics keep.
    /// </summary>
    public sealed class AssetParams
    {
        public static readonly AssetParams Metals = new AssetParams(20, 0.015, 200);
        public static readonly AssetParams Crude = new AssetParams(20, 0.02, 150);
        public static readonly AssetParams MicroCrude = new AssetParams(20, 0.022, 150);
        public static readonly AssetParams EquityIndex = new AssetParams(18, 0.010, 150);
        public static readonly AssetParams Nasdaq = new AssetParams(15, 0.01, 150);
        public static readonly AssetParams Default = new AssetParams(20, 0.02, 200);

        public int MaxLen { get; private set; }
        public double AccelMult { get; private set; }
        public int LookbackWaves { get; private set; }

        public AssetParams(int maxLen, double accelMult, int lookbackWaves)
        {
            if (maxLen < 5 || lookbackWaves < 1)
                throw new ArgumentException("maxLen >= 5 and lookbackWaves >= 1 required: " + maxLen + ", " + lookbackWaves);
            MaxLen = maxLen;
            AccelMult = accelMult;
            LookbackWaves = lookbackWaves;
        }

        /// <summary>The same parameters with another number of waves kept (WaveLookback on the chart).</summary>
        public AssetParams WithLookbackWaves(int lookbackWaves)
        {
            return new AssetParams(MaxLen, AccelMult, lookbackWaves);
        }

        /// <summary>
        /// Parameters for a product root (MGC, MNQ, MES, MCL, SIL, MHG; HG is copper too) or an asset name
        /// (Gold, Nasdaq, S&amp;P, Crude or "Crude Oil", Silver, Copper), case-insensitive; Default otherwise.
        /// A NinjaTrader instrument name such as "MGC 02-27" is reduced to its root first.
        /// </summary>
        public static AssetParams ForAsset(string asset)
        {
            if (asset == null)
                return Default;
            string key = asset.Trim().ToUpperInvariant();
            // "MGC 02-27" -> "MGC"; but keep "CRUDE OIL" whole.
            if (key != "CRUDE OIL")
            {
                int space = key.IndexOf(' ');
                if (space > 0)
                    key = key.Substring(0, space);
            }
            switch (key)
            {
                case "GOLD": case "MGC": case "SILVER": case "SIL": case "COPPER": case "MHG": case "HG":
                    return Metals;
                case "CRUDE": case "CRUDE OIL":
                    return Crude;
                case "MCL":
                    return MicroCrude;
                case "S&P": case "MES": case "MNQ":
                    return EquityIndex;
                case "NASDAQ":
                    return Nasdaq;
                default:
                    return Default;
            }
        }

        public override string ToString()
        {
            return MaxLen + "/" + AccelMult.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "/" + LookbackWaves;
        }
    }
}
