// FKS Co-Pilot — shared NinjaScript logic (plain C# 7.2, no NinjaTrader types).
// Port of the Java engine's wave analysis so the chart and the engine compute the same numbers:
//   core-engine/src/main/java/com/fks/copilot/engine/analytics/DynamicEma.java
//   core-engine/src/main/java/com/fks/copilot/engine/analytics/WaveAnalysis.java
//   core-engine/src/main/java/com/fks/copilot/engine/analytics/RecentWaves.java
//   core-engine/src/main/java/com/fks/copilot/engine/analytics/MovingAverages.java (hma5)
// Definitions: ninjatrader/FORMULAS.md, from ../shared/domain/FKS-RULES.md "Wave analysis".
// Every floating-point expression is written in the same order as the Java one, so both sides give
// bit-identical results on the same closes (checked by NinjaTraderContractTest on shared vectors).
using System;
using System.Collections.Generic;

namespace NinjaTrader.NinjaScript.AddOns.FksCopilot
{
    /// <summary>The wave analysis at the newest bar, rounded as FKS-RULES states (same fields as Java's WaveResult).</summary>
    public sealed class WaveStats
    {
        /// <summary>Mean bull wave / |mean bear wave|, 2 dp (1.0 with fewer than 30 bars).</summary>
        public double WaveRatio;
        /// <summary>Largest bull wave / |largest bear wave|, 2 dp.</summary>
        public double WaveRatioMax;
        /// <summary>Current trend speed over the mean wave of its side, 2 dp.</summary>
        public double CurrentRatio;
        /// <summary>(bullAvg − |bearAvg|) / (bullAvg + |bearAvg|), 3 dp.</summary>
        public double Dominance;
        /// <summary>HMA(5)-smoothed speed of the current wave, points, 4 dp.</summary>
        public double TrendSpeed;
        public double BullAvg;
        public double BearAvg;
        public double BullMax;
        public double BearMax;
        public int BullWaves;
        public int BearWaves;
        /// <summary>BULLISH, BEARISH or NEUTRAL, from the unrounded dominance (±0.05).</summary>
        public string Bias;
        /// <summary>Very Strong / Strong / Moderate / Weak / Very Weak, from the unrounded |currentRatio|.</summary>
        public string Strength;
        /// <summary>Bars analysed.</summary>
        public int Bars;

        public static WaveStats Insufficient(int bars)
        {
            return new WaveStats
            {
                WaveRatio = 1.0, WaveRatioMax = 1.0, CurrentRatio = 0.0, Dominance = 0.0, TrendSpeed = 0.0,
                BullAvg = 0.0, BearAvg = 0.0, BullMax = 0.0, BearMax = 0.0, BullWaves = 0, BearWaves = 0,
                Bias = "NEUTRAL", Strength = "Very Weak", Bars = bars
            };
        }
    }

    /// <summary>
    /// The most recent completed waves of one side, oldest first; older ones fall out at capacity.
    /// Mean is summed oldest first, as in Java's RecentWaves.
    /// </summary>
    public sealed class RecentWaves
    {
        private readonly double[] sizes;
        private int next;
        private int size;

        public RecentWaves(int capacity)
        {
            sizes = new double[capacity];
        }

        public int Size { get { return size; } }

        public void Add(double waveSize)
        {
            sizes[next] = waveSize;
            next = (next + 1) % sizes.Length;
            size = Math.Min(size + 1, sizes.Length);
        }

        public void Clear()
        {
            next = 0;
            size = 0;
        }

        public double Get(int k)
        {
            int oldest = size < sizes.Length ? 0 : next;
            return sizes[(oldest + k) % sizes.Length];
        }

        public double Mean()
        {
            double sum = 0.0;
            for (int k = 0; k < size; k++)
                sum += Get(k);
            return sum / size;
        }

        public double Max()
        {
            double max = double.NegativeInfinity;
            for (int k = 0; k < size; k++)
                max = Math.Max(max, Get(k));
            return max;
        }

        public double Min()
        {
            double min = double.PositiveInfinity;
            for (int k = 0; k < size; k++)
                min = Math.Min(min, Get(k));
            return min;
        }
    }

    /// <summary>
    /// Incremental wave analysis: feed closed bars' closes oldest first with Add; Stats() at any point equals
    /// Java's WaveAnalysis.analyze over the same closes (all of them, from the first one added).
    /// O(200) per bar (the dynamic EMA's window), nothing allocated per bar. Not thread-safe.
    /// </summary>
    public sealed class WaveTracker
    {
        /// <summary>Bars needed for an analysis; with fewer, ratio 1.0 / NEUTRAL.</summary>
        public const int MinBars = 30;
        /// <summary>Bars in the dynamic EMA's normalisation window.</summary>
        public const int Window = 200;
        /// <summary>Smoothing factor of the close EMA whose changes make up a wave's speed.</summary>
        public const double SpeedSmoothing = 0.1;
        /// <summary>Stand-in wave size when no wave of a side has completed, in points.</summary>
        public const double NoWave = 0.0001;
        private const double Floor = 1e-10;

        private readonly AssetParams parameters;
        private readonly double[] closes = new double[Window + 1]; // ring: close[k] at k % 201 for k in [i-200, i]
        private readonly double[] speeds = new double[6];          // ring: speedSeries[k] at k % 6
        private readonly RecentWaves bull;
        private readonly RecentWaves bear;
        private int count;
        private double ema;
        private double smoothed;
        private double speed;
        private double lowest;
        private double highest;
        private int position;

        public WaveTracker(AssetParams parameters)
        {
            if (parameters == null)
                throw new ArgumentNullException("parameters");
            this.parameters = parameters;
            bull = new RecentWaves(parameters.LookbackWaves);
            bear = new RecentWaves(parameters.LookbackWaves);
        }

        public AssetParams Parameters { get { return parameters; } }

        /// <summary>Closes added so far.</summary>
        public int Count { get { return count; } }

        /// <summary>Dynamic EMA at the newest close (NaN before the first).</summary>
        public double DynamicEma { get { return count == 0 ? double.NaN : ema; } }

        /// <summary>The running (unsmoothed) wave speed at the newest close.</summary>
        public double Speed { get { return speed; } }

        /// <summary>+1 in a bull wave, −1 in a bear wave, 0 before the first cross.</summary>
        public int Position { get { return position; } }

        public void Reset()
        {
            count = 0;
            ema = smoothed = speed = lowest = highest = 0.0;
            position = 0;
            bull.Clear();
            bear.Clear();
        }

        private double CloseAt(int k)
        {
            return closes[k % closes.Length];
        }

        /// <summary>Adds the close of the next (closed) bar.</summary>
        public void Add(double close)
        {
            int i = count;
            closes[i % closes.Length] = close;
            if (i == 0)
            {
                ema = close;
                smoothed = close;
                speed = 0.0;
                lowest = 0.0;
                highest = 0.0;
                position = 0;
                speeds[0] = 0.0;
                count = 1;
                return;
            }
            double previousClose = CloseAt(i - 1);
            double previousEma = ema;
            ema = NextEma(i, previousEma);

            double previousSmoothed = smoothed;
            smoothed = (1.0 - SpeedSmoothing) * smoothed + SpeedSmoothing * close;
            double change = smoothed - previousSmoothed;
            speed += change;
            lowest = Math.Min(lowest, speed);
            highest = Math.Max(highest, speed);

            bool crossesBelow = close < ema && previousClose >= previousEma;
            bool crossesAbove = close > ema && previousClose <= previousEma;
            if (crossesBelow)
            {
                if (position == 1)
                    bull.Add(highest);
                position = -1;
            }
            else if (crossesAbove)
            {
                if (position == -1)
                    bear.Add(lowest);
                position = 1;
            }
            if (crossesBelow || crossesAbove)
            {
                speed = change;
                lowest = change;
                highest = change;
            }
            speeds[i % speeds.Length] = speed;
            count = i + 1;
        }

        /// <summary>DynamicEma.next: the dynamic EMA at i >= 1 given its value at i − 1.</summary>
        private double NextEma(int i, double previous)
        {
            int windowStart = Math.Max(0, i - Window + 1);
            double maxAbs = 0.0;
            for (int k = windowStart; k <= i; k++)
                maxAbs = Math.Max(maxAbs, Math.Abs(CloseAt(k)));
            maxAbs = Math.Max(maxAbs, Floor);
            double maxChange = 0.0;
            for (int k = Math.Max(1, windowStart); k <= i; k++)
                maxChange = Math.Max(maxChange, Math.Abs(CloseAt(k) - CloseAt(k - 1)));
            maxChange = Math.Max(maxChange, Floor);

            double close = CloseAt(i);
            double norm = (close + maxAbs) / (2 * maxAbs);
            double dynLen = 5 + norm * (parameters.MaxLen - 5);
            double accel = Math.Abs(close - CloseAt(i - 1)) / maxChange;
            double alpha = Math.Min(0.9, 2.0 / (dynLen + 1.0) * (1.0 + accel * parameters.AccelMult * 0.8));
            return alpha * close + (1.0 - alpha) * previous;
        }

        private double SpeedAt(int k)
        {
            return speeds[k % speeds.Length];
        }

        private double Wma(int end, int length)
        {
            double weighted = 0.0;
            int first = end - length + 1;
            for (int k = 0; k < length; k++)
                weighted += SpeedAt(first + k) * (k + 1);
            return weighted / (length * (length + 1) / 2.0);
        }

        /// <summary>MovingAverages.hma5 of the speed series at end (NaN before end 5).</summary>
        private double Hma5(int end)
        {
            if (end < 5)
                return double.NaN;
            double previousHull = 2.0 * Wma(end - 1, 2) - Wma(end - 1, 5);
            double hull = 2.0 * Wma(end, 2) - Wma(end, 5);
            return (previousHull * 1 + hull * 2) / 3.0;
        }

        /// <summary>The analysis at the newest close (WaveAnalysis.analyze).</summary>
        public WaveStats Stats()
        {
            int n = count;
            if (n < MinBars)
                return WaveStats.Insufficient(n);
            int bullCount = bull.Size;
            int bearCount = bear.Size;
            double bullAvg = bullCount == 0 ? NoWave : bull.Mean();
            double bearAvg = bearCount == 0 ? -NoWave : bear.Mean();
            double bullMax = bullCount == 0 ? NoWave : bull.Max();
            double bearMax = bearCount == 0 ? -NoWave : bear.Min();
            if (bullCount == 0) bullCount = 1; // Java adds the stand-in wave to the ring
            if (bearCount == 0) bearCount = 1;
            if (bullAvg == 0)
                bullAvg = NoWave;
            if (bearAvg == 0)
                bearAvg = -NoWave;
            double waveRatio = SafeDivide(bullAvg, Math.Abs(bearAvg), 1.0);
            double waveRatioMax = SafeDivide(bullMax, Math.Abs(bearMax), 1.0);
            double dominance = SafeDivide(bullAvg - Math.Abs(bearAvg), bullAvg + Math.Abs(bearAvg), 0.0);

            double trendSpeed = Hma5(n - 1);
            if (double.IsNaN(trendSpeed))
                trendSpeed = 0.0;
            double currentRatio = trendSpeed > 0
                ? SafeDivide(trendSpeed, bullAvg, 1.0)
                : SafeDivide(trendSpeed, Math.Abs(bearAvg), -1.0);

            return new WaveStats
            {
                WaveRatio = ExactRound.Round(waveRatio, 2),
                WaveRatioMax = ExactRound.Round(waveRatioMax, 2),
                CurrentRatio = ExactRound.Round(currentRatio, 2),
                Dominance = ExactRound.Round(dominance, 3),
                TrendSpeed = ExactRound.Round(trendSpeed, 4),
                Bias = BiasOf(dominance),
                Strength = StrengthOf(Math.Abs(currentRatio)),
                BullAvg = ExactRound.Round(bullAvg, 4),
                BearAvg = ExactRound.Round(bearAvg, 4),
                BullMax = ExactRound.Round(bullMax, 4),
                BearMax = ExactRound.Round(bearMax, 4),
                BullWaves = bullCount,
                BearWaves = bearCount,
                Bars = n
            };
        }

        /// <summary>WaveBias.fromDominance: BULLISH above +0.05, BEARISH below −0.05, else NEUTRAL.</summary>
        public static string BiasOf(double dominance)
        {
            if (dominance > 0.05)
                return "BULLISH";
            return dominance < -0.05 ? "BEARISH" : "NEUTRAL";
        }

        /// <summary>TrendStrength.fromRatio.</summary>
        public static string StrengthOf(double absRatio)
        {
            if (absRatio > 2.0) return "Very Strong";
            if (absRatio > 1.5) return "Strong";
            if (absRatio > 1.0) return "Moderate";
            return absRatio > 0.5 ? "Weak" : "Very Weak";
        }

        private static double SafeDivide(double numerator, double denominator, double otherwise)
        {
            if (denominator == 0 || double.IsNaN(denominator))
                return otherwise;
            return numerator / denominator;
        }
    }

    /// <summary>Whole-series entry points over the incremental tracker.</summary>
    public static class WaveMath
    {
        /// <summary>The analysis of all the closes (oldest first) with the given parameters.</summary>
        public static WaveStats Analyze(IList<double> closes, AssetParams parameters)
        {
            WaveTracker tracker = new WaveTracker(parameters);
            for (int i = 0; i < closes.Count; i++)
                tracker.Add(closes[i]);
            return tracker.Stats();
        }

        /// <summary>Awesome Oscillator at bar i of median prices hl2: SMA(fast) − SMA(slow); 0 before bar slow − 1.</summary>
        public static double AwesomeOscillator(IList<double> high, IList<double> low, int i, int fast, int slow)
        {
            if (i < slow - 1)
                return 0.0;
            return MedianAverage(high, low, i, fast) - MedianAverage(high, low, i, slow);
        }

        private static double MedianAverage(IList<double> high, IList<double> low, int end, int length)
        {
            double sum = 0.0;
            for (int i = end - length + 1; i <= end; i++)
                sum += (high[i] + low[i]) / 2.0;
            return sum / length;
        }
    }
}
