// FKS Co-Pilot — shared NinjaScript logic (plain C# 7.2, no NinjaTrader types).
// The FKS_Core chart rules that are not the engine's (TASK-401 items 7-9, TASK-403), kept here so the
// harness can exercise them. Stated in ninjatrader/FORMULAS.md.
using System;

namespace NinjaTrader.NinjaScript.AddOns.FksCopilot
{
    /// <summary>Volume analysis label of one bar (TASK-403).</summary>
    public enum VolumeLabel
    {
        None,
        /// <summary>Volume spike at a Bollinger band: take profit / move the stop to breakeven.</summary>
        TakeProfitOrBreakeven,
        /// <summary>Volume spike with the trend: add to the position.</summary>
        Add,
        /// <summary>Volume dried up for 3+ bars.</summary>
        LowVolume
    }

    public static class ChartSignals
    {
        /// <summary>Volume above this multiple of its 20-bar average is a spike.</summary>
        public const double SpikeMultiple = 1.8;
        /// <summary>Volume below this multiple of its average is dry.</summary>
        public const double DryMultiple = 0.5;
        /// <summary>Dry bars in a row before "LOW VOL".</summary>
        public const int DryBars = 3;
        /// <summary>Minimum time between two arrows of the same direction.</summary>
        public static readonly TimeSpan ArrowCooldown = TimeSpan.FromMinutes(5);

        /// <summary>
        /// Chart signal quality 0–100 (TASK-401 item 7: wave ratio + AO + price vs S/R midpoint) for the side
        /// the waves favour: long when waveRatio ≥ 1 (ratio used as is), short otherwise (1/waveRatio).
        ///   wave  = 40 · min(1, sideRatio / minWaveRatio)
        ///   ao    = 30 if AO is on the side and moving its way (long: AO > 0 and AO ≥ AO[1]), 15 if only on the side, else 0
        ///   price = 30 if the close is on the side's half of the S/R range (long: close ≥ mid), else 10
        /// Rounded to a whole percent.
        /// </summary>
        public static int Quality(double waveRatio, double minWaveRatio, double ao, double previousAo, double close, double srMid)
        {
            if (double.IsNaN(waveRatio) || waveRatio <= 0 || minWaveRatio <= 0)
                return 0;
            bool longSide = waveRatio >= 1.0;
            double sideRatio = longSide ? waveRatio : 1.0 / waveRatio;
            double wave = 40.0 * Math.Min(1.0, sideRatio / minWaveRatio);
            double aoPart;
            if (longSide)
                aoPart = ao > 0 ? (ao >= previousAo ? 30.0 : 15.0) : 0.0;
            else
                aoPart = ao < 0 ? (ao <= previousAo ? 30.0 : 15.0) : 0.0;
            double pricePart = (longSide ? close >= srMid : close <= srMid) ? 30.0 : 10.0;
            return (int)Math.Round(wave + aoPart + pricePart, MidpointRounding.AwayFromZero);
        }

        /// <summary>
        /// Buy arrow rule (TASK-401 item 8): the low reaches the previous bar's support (within tolerance),
        /// AO bullish (rising), and the wave ratio above 0.7 × MinWaveRatio.
        /// </summary>
        public static bool IsBuy(double low, double previousSupport, double tolerance, double ao, double previousAo,
                                 double waveRatio, double minWaveRatio)
        {
            return low <= previousSupport + tolerance && ao > previousAo && AboveArrowThreshold(waveRatio, minWaveRatio);
        }

        /// <summary>
        /// Sell arrow rule (item 9): the high reaches the previous bar's resistance, AO bearish (falling), and the
        /// bear ratio 1/waveRatio above 0.7 × MinWaveRatio.
        /// </summary>
        public static bool IsSell(double high, double previousResistance, double tolerance, double ao, double previousAo,
                                  double waveRatio, double minWaveRatio)
        {
            return high >= previousResistance - tolerance && ao < previousAo && waveRatio > 0
                   && AboveArrowThreshold(1.0 / waveRatio, minWaveRatio);
        }

        /// <summary>
        /// ratio &gt; 0.7 × minWaveRatio, compared as ratio·10 &gt; minWaveRatio·7: 1.5 × 0.7 is 1.0499999999999998 in
        /// doubles, which would let a wave ratio of exactly 1.05 (ratios are rounded to 2 dp) through.
        /// </summary>
        private static bool AboveArrowThreshold(double ratio, double minWaveRatio)
        {
            return ratio * 10.0 > minWaveRatio * 7.0;
        }

        /// <summary>True when an arrow at barTime is allowed given the last one of that direction.</summary>
        public static bool CooledDown(DateTime lastArrow, DateTime barTime)
        {
            return lastArrow == DateTime.MinValue || barTime - lastArrow >= ArrowCooldown;
        }

        /// <summary>
        /// TASK-403 volume analysis of one bar. volume/averageVolume (20-bar SMA); dryRun = bars in a row,
        /// this one included, with volume below 0.5× average. Priority: TP/BE, then ADD, then LOW VOL (shown
        /// once, on the 3rd dry bar, so the label does not repeat on every quiet bar).
        ///   TP/BE  : spike and the high at/above the upper band (or the low at/below the lower band)
        ///   ADD    : spike and trending: close above the dynamic EMA with AO > 0 (or below with AO &lt; 0)
        ///   LOW VOL: dryRun == 3
        /// </summary>
        public static VolumeLabel Classify(double volume, double averageVolume, int dryRun, double high, double low,
                                           double close, double upperBand, double lowerBand, double dynamicEma, double ao)
        {
            if (averageVolume <= 0 || double.IsNaN(averageVolume))
                return VolumeLabel.None;
            bool spike = volume > SpikeMultiple * averageVolume;
            if (spike && (high >= upperBand || low <= lowerBand))
                return VolumeLabel.TakeProfitOrBreakeven;
            if (spike && ((close > dynamicEma && ao > 0) || (close < dynamicEma && ao < 0)))
                return VolumeLabel.Add;
            if (dryRun == DryBars)
                return VolumeLabel.LowVolume;
            return VolumeLabel.None;
        }

        /// <summary>True when this bar's volume is dry (below 0.5× average).</summary>
        public static bool IsDry(double volume, double averageVolume)
        {
            return averageVolume > 0 && volume < DryMultiple * averageVolume;
        }

        /// <summary>The label text on the chart.</summary>
        public static string Text(VolumeLabel label)
        {
            switch (label)
            {
                case VolumeLabel.TakeProfitOrBreakeven: return "TP/BE";
                case VolumeLabel.Add: return "ADD";
                case VolumeLabel.LowVolume: return "LOW VOL";
                default: return null;
            }
        }
    }
}
