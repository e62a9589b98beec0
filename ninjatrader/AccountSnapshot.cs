// FKS Co-Pilot — the account snapshot both bridges send (NinjaScript, C# 7.2).
// Lives beside Shared/ in AddOns\FksCopilot\ but uses NinjaTrader types, so it is not run under Mono.
using System;
using System.Collections.Generic;
using NinjaTrader.Cbi;

namespace NinjaTrader.NinjaScript.AddOns.FksCopilot
{
    /// <summary>Reads an account's open positions, realized P&amp;L and executions for the bridge payload; safe on any thread (reads only the account).</summary>
    public static class AccountSnapshot
    {
        /// <summary>
        /// The account's open positions, each with NinjaTrader's own unrealized P&amp;L for its instrument (never the
        /// chart's Close[0]). Positions with no instrument are skipped; a P&amp;L NinjaTrader cannot give is 0.
        /// </summary>
        public static List<BridgePosition> Of(Account account)
        {
            List<BridgePosition> list = new List<BridgePosition>();
            if (account == null || account.Positions == null)
                return list;
            lock (account.Positions)
            {
                foreach (Position p in account.Positions)
                {
                    if (p == null || p.Instrument == null || p.MarketPosition == MarketPosition.Flat || p.Quantity <= 0)
                        continue;
                    double pnl = 0.0;
                    try
                    {
                        pnl = p.GetUnrealizedProfitLoss(PerformanceUnit.Currency);
                    }
                    catch (Exception)
                    {
                        pnl = 0.0; // no market data for that instrument yet
                    }
                    list.Add(new BridgePosition(p.Instrument.FullName, p.MarketPosition == MarketPosition.Long ? "LONG" : "SHORT",
                        p.Quantity, p.AveragePrice, pnl));
                }
            }
            return list;
        }

        /// <summary>
        /// Builds the account's push — positions, the oldest pending executions (at most 64) and the session realized
        /// P&amp;L — and hands it to the sender (fire-and-forget); the executions leave the buffer only when the server
        /// accepts this push. Positions left out are added to skipped. Safe on any thread (reads only the account).
        /// </summary>
        public static void Push(Account account, BridgeSender sender, ExecutionBuffer executions, List<string> skipped)
        {
            List<BridgeExecution> batch = executions.Take();
            string json = BridgePayload.Build(account.Name, DateTime.UtcNow, Of(account), skipped, batch, RealizedPnl(account));
            sender.Send(json, batch.Count == 0 ? (Action)null : () => executions.Acknowledge(batch));
        }

        /// <summary>
        /// Queues an execution of Account.ExecutionUpdate for the next push: null when queued or already seen, else why
        /// it is not sent (e.g. a contract the co-pilot does not track).
        /// </summary>
        public static string Record(ExecutionBuffer executions, ExecutionEventArgs e)
        {
            BridgeExecution execution = ExecutionOf(e == null ? null : e.Execution);
            if (execution == null)
                return "an execution without id or instrument";
            string reason = executions.Add(execution);
            return string.IsNullOrEmpty(reason) ? null : reason;
        }

        /// <summary>
        /// The account's realized P&amp;L for the session in dollars (<c>AccountItem.RealizedProfitLoss</c>), NaN when
        /// NinjaTrader cannot give it (then the push leaves realized_pnl out).
        /// </summary>
        public static double RealizedPnl(Account account)
        {
            if (account == null)
                return double.NaN;
            try
            {
                return account.Get(AccountItem.RealizedProfitLoss, Currency.UsDollar);
            }
            catch (Exception)
            {
                return double.NaN; // account not connected yet
            }
        }

        /// <summary>
        /// One execution for the bridge, or null without an id or instrument. The side is the order's action (Buy and
        /// BuyToCover are BUY), else the execution's MarketPosition (Long = BUY). NinjaTrader's execution time is in
        /// its configured time zone (by default the PC's): it is read as local time and sent as UTC.
        /// </summary>
        public static BridgeExecution ExecutionOf(Execution e)
        {
            if (e == null || e.Instrument == null || e.ExecutionId == null)
                return null;
            string side = e.Order != null ? BridgeExecution.SideOf(e.Order.OrderAction.ToString())
                : e.MarketPosition == MarketPosition.Long ? "BUY" : e.MarketPosition == MarketPosition.Short ? "SELL" : null;
            DateTime time = e.Time.Kind == DateTimeKind.Utc ? e.Time
                : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(e.Time, DateTimeKind.Unspecified), TimeZoneInfo.Local);
            string orderId = string.IsNullOrEmpty(e.OrderId) ? e.ExecutionId : e.OrderId;
            return new BridgeExecution(e.ExecutionId, orderId, e.Instrument.FullName, side, e.Quantity, e.Price, time, e.Commission);
        }
    }

    /// <summary>
    /// A bridge's subscription to its account's events (manual trades included; both arrive on account threads):
    /// position changes go to the bridge's handler, executions into its buffer, each triggering a push while live.
    /// </summary>
    public sealed class AccountEvents
    {
        private readonly ExecutionBuffer executions;
        private readonly EventHandler<PositionEventArgs> onPosition;
        private readonly Func<bool> live;
        private readonly Action push;
        private readonly Action<string, Exception> report;

        /// <param name="live">true in State.Realtime: only then does an execution trigger a push (it is buffered anyway)</param>
        /// <param name="push">builds and sends the account's push; safe on any thread</param>
        /// <param name="report">the bridge's throttled error report</param>
        public AccountEvents(ExecutionBuffer executions, EventHandler<PositionEventArgs> onPosition, Func<bool> live, Action push,
                             Action<string, Exception> report)
        {
            this.executions = executions;
            this.onPosition = onPosition;
            this.live = live;
            this.push = push;
            this.report = report;
        }

        public void Subscribe(Account account)
        {
            account.PositionUpdate += onPosition;
            account.ExecutionUpdate += OnExecution;
        }

        public void Unsubscribe(Account account)
        {
            account.PositionUpdate -= onPosition;
            account.ExecutionUpdate -= OnExecution;
        }

        /// <summary>
        /// Any thread: every execution of the account goes out with the next push, which it triggers (the sender keeps
        /// one request in flight, so a burst of fills is coalesced).
        /// </summary>
        private void OnExecution(object source, ExecutionEventArgs e)
        {
            try
            {
                string reason = AccountSnapshot.Record(executions, e);
                if (reason != null)
                    report("Account.ExecutionUpdate", new InvalidOperationException("execution not sent: " + reason));
                if (live())
                    push();
            }
            catch (Exception ex)
            {
                report("Account.ExecutionUpdate", ex);
            }
        }
    }
}
