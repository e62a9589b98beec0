// FKS Co-Pilot — shared NinjaScript logic (plain C# 7.2, no NinjaTrader types).
// The JSON the bridges POST to /positions/update. Contract: README.md "NinjaTrader bridge contract" and
// ninjatrader/fixtures/positions-update.json; the Java side is
// gateway-netty/src/main/java/com/fks/copilot/gateway/bridge/PositionsUpdate.java.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NinjaTrader.NinjaScript.AddOns.FksCopilot
{
    /// <summary>One open position as NinjaTrader reports it (prices in points, P&amp;L in dollars).</summary>
    public sealed class BridgePosition
    {
        /// <summary>NinjaTrader's instrument name, e.g. "MGC 02-27", or a bare root.</summary>
        public string Instrument;
        /// <summary>LONG or SHORT (flat positions are not sent: a contract not listed is flat).</summary>
        public string Side;
        public int Quantity;
        /// <summary>Average entry price in points, as quoted (never scaled by the multiplier).</summary>
        public double AvgPrice;
        /// <summary>Unrealized P&amp;L in dollars, from NinjaTrader for the position's own instrument.</summary>
        public double UnrealizedPnl;

        public BridgePosition()
        {
        }

        public BridgePosition(string instrument, string side, int quantity, double avgPrice, double unrealizedPnl)
        {
            Instrument = instrument;
            Side = side;
            Quantity = quantity;
            AvgPrice = avgPrice;
            UnrealizedPnl = unrealizedPnl;
        }
    }

    /// <summary>
    /// Builds the positions snapshot JSON by hand (no Newtonsoft in NinjaScript needed): invariant-culture
    /// numbers, escaped strings, only contracts the server knows (MGC, MNQ, MES, MCL, SIL, MHG; HG = MHG),
    /// each root at most once. Anything left out is reported in skipped, so the chart can say so.
    /// </summary>
    public static class BridgePayload
    {
        /// <summary>The default and only URL of the bridge endpoint.</summary>
        public const string DefaultUrl = "http://127.0.0.1:8000/positions/update";
        /// <summary>Longest account name the server takes (printable ASCII).</summary>
        public const int AccountCapacity = 32;

        private static readonly string[] KnownRoots = { "MGC", "MNQ", "MES", "MCL", "SIL", "MHG" };

        /// <summary>The product root of a NinjaTrader instrument name ("MGC 02-27" → "MGC"; "HG" → "MHG"); null if unknown.</summary>
        public static string KnownRoot(string instrumentName)
        {
            if (string.IsNullOrWhiteSpace(instrumentName))
                return null;
            string root = instrumentName.Trim();
            int space = root.IndexOfAny(new[] { ' ', '\t' });
            if (space > 0)
                root = root.Substring(0, space);
            root = root.ToUpperInvariant();
            if (root == "HG")
                root = "MHG";
            return Array.IndexOf(KnownRoots, root) >= 0 ? root : null;
        }

        /// <summary>
        /// The request body for account's positions at utcTime. Flat positions are left out silently; those with
        /// an unknown contract, a bad side or quantity, a non-finite/non-positive price, or repeating a root
        /// already sent are left out and described in skipped (if not null).
        /// </summary>
        public static string Build(string account, DateTime utcTime, IList<BridgePosition> positions, IList<string> skipped)
        {
            return Build(account, utcTime, positions, skipped, null, double.NaN);
        }

        /// <summary>
        /// As above, with the account's new executions (the "executions" array, left out when there are none) and its
        /// session realized P&amp;L in dollars ("realized_pnl", rounded to the cent; left out when not finite).
        /// </summary>
        public static string Build(string account, DateTime utcTime, IList<BridgePosition> positions, IList<string> skipped,
                                   IList<BridgeExecution> executions, double realizedPnl)
        {
            StringBuilder json = new StringBuilder(256);
            json.Append("{\"account\":").Append(Quote(SafeAccount(account)));
            json.Append(",\"timestamp\":").Append(Quote(Timestamp(utcTime)));
            json.Append(",\"positions\":[");
            List<string> roots = new List<string>();
            bool first = true;
            if (positions != null)
            {
                foreach (BridgePosition p in positions)
                {
                    string reason = Reject(p, roots);
                    if (reason != null)
                    {
                        if (skipped != null && reason.Length > 0)
                            skipped.Add(reason);
                        continue;
                    }
                    roots.Add(KnownRoot(p.Instrument));
                    if (!first)
                        json.Append(',');
                    first = false;
                    json.Append("{\"instrument\":").Append(Quote(p.Instrument.Trim()));
                    json.Append(",\"side\":").Append(Quote(p.Side.ToUpperInvariant()));
                    json.Append(",\"quantity\":").Append(p.Quantity.ToString(CultureInfo.InvariantCulture));
                    json.Append(",\"avg_price\":").Append(Number(p.AvgPrice));
                    double pnl = IsFinite(p.UnrealizedPnl) ? Math.Round(p.UnrealizedPnl, 2, MidpointRounding.AwayFromZero) : 0.0;
                    json.Append(",\"unrealized_pnl\":").Append(Number(pnl));
                    json.Append('}');
                }
            }
            json.Append(']');
            ExecutionBuffer.AppendJson(json, executions);
            if (IsFinite(realizedPnl))
                json.Append(",\"realized_pnl\":").Append(Number(Math.Round(realizedPnl, 2, MidpointRounding.AwayFromZero)));
            json.Append('}');
            return json.ToString();
        }

        private static string Reject(BridgePosition p, List<string> rootsSent)
        {
            if (p == null)
                return "null position";
            string name = p.Instrument == null ? "(no instrument)" : p.Instrument.Trim();
            string side = p.Side == null ? "" : p.Side.Trim().ToUpperInvariant();
            if (side == "FLAT" || p.Quantity == 0)
                return ""; // flat: simply not listed (a contract not listed is flat)
            string root = KnownRoot(p.Instrument);
            if (root == null)
                return name + ": not a contract the co-pilot tracks";
            if (side != "LONG" && side != "SHORT")
                return name + ": side '" + p.Side + "' is not LONG or SHORT";
            if (p.Quantity < 0 || p.Quantity > 10000)
                return name + ": quantity " + p.Quantity + " out of range";
            if (!IsFinite(p.AvgPrice) || p.AvgPrice <= 0)
                return name + ": no average price";
            if (rootsSent.Contains(root))
                return name + ": a second " + root + " position (only the first is sent)";
            return null;
        }

        /// <summary>At most 32 printable ASCII characters (others become '?'); "unknown" if empty.</summary>
        public static string SafeAccount(string account)
        {
            if (string.IsNullOrWhiteSpace(account))
                return "unknown";
            StringBuilder safe = new StringBuilder(AccountCapacity);
            foreach (char c in account.Trim())
            {
                if (safe.Length == AccountCapacity)
                    break;
                safe.Append(c >= 0x20 && c < 0x7f ? c : '?');
            }
            return safe.ToString();
        }

        /// <summary>ISO-8601 UTC to the second, e.g. 2026-11-24T14:31:05Z.</summary>
        public static string Timestamp(DateTime utcTime)
        {
            DateTime utc = utcTime.Kind == DateTimeKind.Local ? utcTime.ToUniversalTime() : utcTime;
            return utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        /// <summary>A finite number in invariant culture, round-trippable ("R"); NaN/Infinity become 0.</summary>
        public static string Number(double value)
        {
            if (!IsFinite(value))
                return "0";
            return value.ToString("R", CultureInfo.InvariantCulture);
        }

        private static bool IsFinite(double value)
        {
            return !double.IsNaN(value) && !double.IsInfinity(value);
        }

        /// <summary>A JSON string literal.</summary>
        public static string Quote(string text)
        {
            StringBuilder quoted = new StringBuilder(text == null ? 2 : text.Length + 2);
            quoted.Append('"');
            if (text != null)
            {
                foreach (char c in text)
                {
                    switch (c)
                    {
                        case '"': quoted.Append("\\\""); break;
                        case '\\': quoted.Append("\\\\"); break;
                        case '\n': quoted.Append("\\n"); break;
                        case '\r': quoted.Append("\\r"); break;
                        case '\t': quoted.Append("\\t"); break;
                        case '\b': quoted.Append("\\b"); break;
                        case '\f': quoted.Append("\\f"); break;
                        default:
                            if (c < 0x20)
                                quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                            else
                                quoted.Append(c);
                            break;
                    }
                }
            }
            quoted.Append('"');
            return quoted.ToString();
        }
    }
}
