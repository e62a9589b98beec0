// FKS Co-Pilot — shared NinjaScript logic (plain C# 7.2, no NinjaTrader types).
// The account's executions the bridges report with the next positions push (the "executions" array of
// POST /positions/update; README.md "NinjaTrader bridge contract", Java: bridge/ExecutionsReport.java).
using System;
using System.Collections.Generic;
using System.Text;

namespace NinjaTrader.NinjaScript.AddOns.FksCopilot
{
    /// <summary>One execution (fill) of the account as NinjaTrader reports it.</summary>
    public sealed class BridgeExecution
    {
        /// <summary>NinjaTrader's execution id (1–64 visible ASCII characters).</summary>
        public string ExecutionId;
        public string OrderId;
        /// <summary>NinjaTrader's full instrument name, e.g. "MGC 02-27".</summary>
        public string Instrument;
        /// <summary>BUY or SELL.</summary>
        public string Side;
        public int Quantity;
        /// <summary>Fill price in points, as quoted.</summary>
        public double Price;
        public DateTime TimeUtc;
        /// <summary>Commission in dollars for the whole execution (0 when NinjaTrader has none).</summary>
        public double Commission;

        public BridgeExecution()
        {
        }

        public BridgeExecution(string executionId, string orderId, string instrument, string side, int quantity, double price,
                               DateTime timeUtc, double commission)
        {
            ExecutionId = executionId;
            OrderId = orderId;
            Instrument = instrument;
            Side = side;
            Quantity = quantity;
            Price = price;
            TimeUtc = timeUtc;
            Commission = commission;
        }

        /// <summary>BUY for NinjaTrader's Buy and BuyToCover, SELL for Sell and SellShort (the order action's name).</summary>
        public static string SideOf(string orderAction)
        {
            if (orderAction == null)
                return null;
            string action = orderAction.Trim().ToUpperInvariant();
            if (action == "BUY" || action == "BUYTOCOVER")
                return "BUY";
            if (action == "SELL" || action == "SELLSHORT")
                return "SELL";
            return null;
        }
    }

    /// <summary>
    /// The executions not yet acknowledged by the server, oldest first. NinjaTrader's execution event adds to it
    /// (any thread); each positions push takes up to <see cref="MaxPerRequest"/> of them, and only an accepted answer
    /// removes those: a failed or replaced push leaves them for the next one. The server is idempotent by execution
    /// id, so sending one twice (after a reconnect, or a lost answer) changes nothing. Ids seen lately are
    /// remembered, so NinjaTrader's own re-delivery is dropped here. Thread-safe.
    /// </summary>
    public sealed class ExecutionBuffer
    {
        /// <summary>The server takes at most 64 executions a request.</summary>
        public const int MaxPerRequest = 64;
        /// <summary>Pending executions kept while the server is away; beyond it the oldest are dropped (and counted).</summary>
        public const int Capacity = 1024;
        private const int RememberedIds = 4096;

        private readonly object gate = new object();
        private readonly List<BridgeExecution> pending = new List<BridgeExecution>();
        private readonly HashSet<string> seen = new HashSet<string>(StringComparer.Ordinal);
        private readonly Queue<string> seenOrder = new Queue<string>();
        private long dropped;

        /// <summary>Executions dropped because the buffer was full (the server was away for a long time).</summary>
        public long Dropped { get { lock (gate) { return dropped; } } }

        public int Count { get { lock (gate) { return pending.Count; } } }

        /// <summary>
        /// Queues an execution; returns null when queued, "" for an id already seen, else why it is not sent (a contract
        /// the co-pilot does not track, a bad side, quantity, price or id: the server would refuse the whole request).
        /// </summary>
        public string Add(BridgeExecution e)
        {
            string reason = Reject(e);
            if (reason != null)
                return reason;
            lock (gate)
            {
                if (seen.Contains(e.ExecutionId))
                    return "";
                seen.Add(e.ExecutionId);
                seenOrder.Enqueue(e.ExecutionId);
                if (seenOrder.Count > RememberedIds)
                    seen.Remove(seenOrder.Dequeue());
                if (pending.Count == Capacity)
                {
                    pending.RemoveAt(0);
                    dropped++;
                }
                pending.Add(e);
                return null;
            }
        }

        /// <summary>The oldest pending executions, at most <see cref="MaxPerRequest"/>, for the next push (still pending).</summary>
        public List<BridgeExecution> Take()
        {
            lock (gate)
            {
                return pending.GetRange(0, Math.Min(MaxPerRequest, pending.Count));
            }
        }

        /// <summary>The server accepted a push carrying <paramref name="sent"/>: they are no longer pending.</summary>
        public void Acknowledge(IList<BridgeExecution> sent)
        {
            if (sent == null || sent.Count == 0)
                return;
            lock (gate)
            {
                foreach (BridgeExecution e in sent)
                    pending.Remove(e);
            }
        }

        private static string Reject(BridgeExecution e)
        {
            if (e == null)
                return "null execution";
            string name = e.Instrument == null ? "(no instrument)" : e.Instrument.Trim();
            if (!IsId(e.ExecutionId) || !IsId(e.OrderId))
                return name + ": execution or order id is not 1-64 visible ASCII characters";
            if (BridgePayload.KnownRoot(e.Instrument) == null)
                return name + ": not a contract the co-pilot tracks";
            if (e.Side != "BUY" && e.Side != "SELL")
                return name + ": side '" + e.Side + "' is not BUY or SELL";
            if (e.Quantity < 1 || e.Quantity > 10000)
                return name + ": quantity " + e.Quantity + " out of range";
            if (double.IsNaN(e.Price) || double.IsInfinity(e.Price) || e.Price <= 0)
                return name + ": no fill price";
            return null;
        }

        /// <summary>1–64 visible ASCII characters, as the server takes ids.</summary>
        public static bool IsId(string id)
        {
            if (string.IsNullOrEmpty(id) || id.Length > 64)
                return false;
            foreach (char c in id)
            {
                if (c <= 0x20 || c >= 0x7f)
                    return false;
            }
            return true;
        }

        /// <summary>Appends ,"executions":[…] to a payload being built (nothing when there are none).</summary>
        public static void AppendJson(StringBuilder json, IList<BridgeExecution> executions)
        {
            if (executions == null || executions.Count == 0)
                return;
            json.Append(",\"executions\":[");
            for (int i = 0; i < executions.Count; i++)
            {
                BridgeExecution e = executions[i];
                if (i > 0)
                    json.Append(',');
                json.Append("{\"execution_id\":").Append(BridgePayload.Quote(e.ExecutionId));
                json.Append(",\"order_id\":").Append(BridgePayload.Quote(e.OrderId));
                json.Append(",\"instrument\":").Append(BridgePayload.Quote(e.Instrument.Trim()));
                json.Append(",\"side\":").Append(BridgePayload.Quote(e.Side));
                json.Append(",\"quantity\":").Append(e.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
                json.Append(",\"price\":").Append(BridgePayload.Number(e.Price));
                json.Append(",\"time\":").Append(BridgePayload.Quote(BridgePayload.Timestamp(e.TimeUtc)));
                double commission = e.Commission > 0 ? Math.Round(e.Commission, 2, MidpointRounding.AwayFromZero) : 0.0;
                json.Append(",\"commission\":").Append(BridgePayload.Number(commission));
                json.Append('}');
            }
            json.Append(']');
        }
    }
}
