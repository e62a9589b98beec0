// FKS Co-Pilot — the account snapshot both bridges send (NinjaScript, C# 7.2).
// Lives beside Shared/ in AddOns\FksCopilot\ but uses NinjaTrader types, so it is not run under Mono.
using System;
using System.Collections.Generic;
using NinjaTrader.Cbi;

namespace NinjaTrader.NinjaScript.AddOns.FksCopilot
{
    /// <summary>Reads an account's open positions for the bridge payload; safe on any thread (reads only the account).</summary>
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
    }
}
