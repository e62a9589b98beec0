// FKS Co-Pilot — shared NinjaScript logic (plain C# 7.2, no NinjaTrader types).
using System;

namespace NinjaTrader.NinjaScript.AddOns.FksCopilot
{
    /// <summary>
    /// Rounds a double to 0–4 decimals exactly as the Java engine's Decimals.round does (and the original
    /// Python round(x, n)): the exact binary value is rounded half-to-even, then read back as the nearest
    /// double. So 2.675 (stored as 2.67499…) gives 2.67, where Math.Round(2.675, 2) gives 2.68.
    /// No allocation; works on the IEEE bits.
    /// </summary>
    public static class ExactRound
    {
        private static readonly ulong[] Pow5 = { 1, 5, 25, 125, 625 };
        private static readonly double[] Pow10 = { 1, 10, 100, 1000, 10000 };

        public static double Round(double value, int places)
        {
            if (places < 0 || places > 4)
                throw new ArgumentOutOfRangeException("places", "0 to 4 decimals supported");
            if (double.IsNaN(value) || double.IsInfinity(value) || value == 0)
                return value;
            long bits = BitConverter.DoubleToInt64Bits(value);
            bool negative = bits < 0;
            int exponentBits = (int)((bits >> 52) & 0x7FF);
            ulong mantissa = (ulong)(bits & 0xFFFFFFFFFFFFFL);
            int exponent;
            if (exponentBits == 0)
            {
                exponent = -1074;
            }
            else
            {
                mantissa |= 1UL << 52;
                exponent = exponentBits - 1075;
            }
            // |value| = mantissa * 2^exponent, so |value| * 10^places = mantissa * 5^places * 2^(exponent + places).
            int shift = -(exponent + places);
            if (shift <= 0)
                return value; // already a whole number of 10^-places: nothing to round
            ulong scaled = mantissa * Pow5[places]; // < 2^53 * 625 < 2^63
            ulong quotient;
            if (shift >= 64)
            {
                quotient = 0; // scaled < 2^63 <= half of 2^shift
            }
            else
            {
                quotient = scaled >> shift;
                ulong remainder = scaled & ((1UL << shift) - 1);
                ulong half = 1UL << (shift - 1);
                if (remainder > half || (remainder == half && (quotient & 1UL) == 1UL))
                    quotient++;
            }
            if (quotient == 0)
                return 0.0;
            double result = quotient / Pow10[places];
            return negative ? -result : result;
        }
    }
}
