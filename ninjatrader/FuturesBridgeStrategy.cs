// FuturesBridgeStrategy — posts the account's open positions to the FKS Co-Pilot (POST /positions/update)
// and shows the risk verdict it answers on the chart. Rewritten for the crash at the ~08:05 ET session break
// (TASK-102): no Close[0] anywhere (each position is priced by NinjaTrader for its own instrument), every
// Account / Positions / Instrument access null-guarded, every NinjaScript entry point in try/catch with
// errors throttled to one line per 15 s, order actions queued (Queue<Action>) and executed only on the
// NinjaScript thread in OnBarUpdate, position/order work only in State.Realtime, fire-and-forget HTTP
// (Shared/BridgeSender.cs: HttpClient.PostAsync + ContinueWith, 3 s timeout; the HttpClient is disposed in
// State.Terminated). C# 7.2 at most. Contract: README.md "NinjaTrader bridge contract".
#region Using declarations
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Windows.Media;
using System.Xml.Serialization;
using NinjaTrader.Cbi;
using NinjaTrader.Data;
using NinjaTrader.Gui;
using NinjaTrader.Gui.Chart;
using NinjaTrader.Gui.Tools;
using NinjaTrader.NinjaScript;
using NinjaTrader.NinjaScript.AddOns.FksCopilot;
using NinjaTrader.NinjaScript.DrawingTools;
#endregion

namespace NinjaTrader.NinjaScript.Strategies
{
    public class FuturesBridgeStrategy : Strategy
    {
        private const string RiskTag = "FKS_Risk";
        private const int MaxQueuedActions = 32;

        private readonly ErrorThrottle errors = new ErrorThrottle();
        private readonly ActionQueue pending = new ActionQueue(MaxQueuedActions);
        private readonly ExecutionBuffer executions = new ExecutionBuffer(); // not yet acknowledged; kept across a restart of the bridge
        private AccountEvents accountEvents;
        private BridgeSender sender;
        private string startError;               // why the bridge could not start (bad URL), shown on the chart
        private Account subscribedAccount;
        private long lastSnapshotTicks;          // DateTime.UtcNow.Ticks of the last snapshot sent (Interlocked)
        private volatile string skippedNote;     // positions left out of the last snapshot, for the chart
        private volatile bool blocked;           // the last verdict blocked trading
        private long shownVersion = -1;
        private DateTime lastDrawnUtc = DateTime.MinValue;
        private SimpleFont riskFont;

        protected override void OnStateChange()
        {
            try
            {
                if (State == State.SetDefaults)
                {
                    Description = "FKS Co-Pilot bridge: posts the account's positions to /positions/update and shows the risk verdict.";
                    Name = "FuturesBridgeStrategy";
                    Calculate = Calculate.OnPriceChange;
                    IsUnmanaged = true;                   // SubmitOrderUnmanaged is used for the optional flatten
                    IsExitOnSessionCloseStrategy = false; // a bridge must never close positions at the session break
                    BarsRequiredToTrade = 1;
                    TraceOrders = false;

                    ServerUrl = BridgePayload.DefaultUrl;
                    ApiKey = string.Empty;
                    HeartbeatSeconds = 5;
                    TimeoutSeconds = 3;
                    ShowRiskOnChart = true;
                    FlattenOnRiskBlock = false;
                }
                else if (State == State.DataLoaded)
                {
                    riskFont = new SimpleFont("Arial", 12) { Bold = true };
                }
                else if (State == State.Realtime)
                {
                    StartBridge();
                }
                else if (State == State.Terminated)
                {
                    // Also runs on instances that never got past SetDefaults (UI lists, reloads): null-check all.
                    StopBridge();
                }
            }
            catch (Exception e)
            {
                Report("OnStateChange(" + State + ")", e);
            }
        }

        private void StartBridge()
        {
            if (sender != null)
                return;
            string key = string.IsNullOrWhiteSpace(ApiKey) ? Environment.GetEnvironmentVariable("COPILOT_API_KEY") : ApiKey;
            try
            {
                sender = new BridgeSender(ServerUrl, key, TimeSpan.FromSeconds(Math.Max(1, TimeoutSeconds)), errors,
                    line => Print(line), OnVerdict);
            }
            catch (ArgumentException e)
            {
                startError = "BRIDGE ERROR: " + e.Message;
                Print("[FKS] " + startError);
                return;
            }
            Account account = Account;
            if (account != null)
            {
                Events().Subscribe(account); // manual trades: OnPositionUpdate sees only this strategy's
                subscribedAccount = account;
            }
            Print("[FKS] bridge posting " + (account != null ? account.Name : "(no account)") + " positions to " + sender.Url);
            SendSnapshot();
        }

        private void StopBridge()
        {
            Account account = subscribedAccount;
            subscribedAccount = null;
            if (account != null)
                Events().Unsubscribe(account);
            BridgeSender s = sender;
            sender = null;
            if (s != null)
                s.Dispose(); // disposes the HttpClient
            pending.Clear();
        }

        protected override void OnBarUpdate()
        {
            try
            {
                if (State != State.Realtime || CurrentBar < BarsRequiredToTrade)
                    return;
                if (sender == null)
                {
                    if (startError != null && ShowStartError())
                        startError = null; // drawn once; it stays on the chart
                    return;
                }
                pending.Drain(Report);
                long last = System.Threading.Interlocked.Read(ref lastSnapshotTicks);
                if (DateTime.UtcNow.Ticks - last >= TimeSpan.FromSeconds(Math.Max(1, HeartbeatSeconds)).Ticks)
                    SendSnapshot();
                ShowVerdict();
            }
            catch (Exception e)
            {
                Report("OnBarUpdate", e);
            }
        }

        protected override void OnPositionUpdate(Position position, double averagePrice, int quantity, MarketPosition marketPosition)
        {
            try
            {
                if (State != State.Realtime)
                    return;
                SendSnapshot();
            }
            catch (Exception e)
            {
                Report("OnPositionUpdate", e);
            }
        }

        protected override void OnOrderUpdate(Order order, double limitPrice, double stopPrice, int quantity, int filled,
            double averageFillPrice, OrderState orderState, DateTime time, ErrorCode error, string comment)
        {
            try
            {
                if (order != null && orderState == OrderState.Rejected)
                    Report("order", new InvalidOperationException(order.Name + " rejected: " + error + " " + comment));
            }
            catch (Exception e)
            {
                Report("OnOrderUpdate", e);
            }
        }

        /// <summary>Account event (any thread): send a fresh snapshot. Never touches bars or drawings.</summary>
        private void OnAccountPositionUpdate(object source, PositionEventArgs e)
        {
            try
            {
                if (State != State.Realtime || e == null)
                    return;
                SendSnapshot();
            }
            catch (Exception ex)
            {
                Report("Account.PositionUpdate", ex);
            }
        }

        /// <summary>Builds and posts the account snapshot; safe on any thread (reads only the account).</summary>
        private void SendSnapshot()
        {
            BridgeSender s = sender;
            Account account = Account;
            if (s == null || account == null)
                return;
            List<string> skipped = new List<string>();
            System.Threading.Interlocked.Exchange(ref lastSnapshotTicks, DateTime.UtcNow.Ticks);
            AccountSnapshot.Push(account, s, executions, skipped);
            skippedNote = skipped.Count == 0 ? null : "not sent: " + string.Join("; ", skipped);
        }

        /// <summary>The account's position and execution events, subscribed while the bridge runs.</summary>
        private AccountEvents Events()
        {
            return accountEvents ?? (accountEvents = new AccountEvents(executions, OnAccountPositionUpdate,
                () => State == State.Realtime, SendSnapshot, Report));
        }


        /// <summary>New verdict, on a thread-pool thread: only queue work for the NinjaScript thread.</summary>
        private void OnVerdict(RiskVerdict verdict)
        {
            bool nowBlocked = verdict != null && verdict.IsBlocked;
            bool wasBlocked = blocked;
            blocked = nowBlocked;
            if (nowBlocked && !wasBlocked && FlattenOnRiskBlock)
            {
                string reason = verdict.BlockReason;
                pending.Enqueue(delegate { FlattenOwnPosition(reason); });
            }
        }



        /// <summary>Closes this strategy's own position at market (FlattenOnRiskBlock); NinjaScript thread only.</summary>
        private void FlattenOwnPosition(string reason)
        {
            if (State != State.Realtime)
                return;
            Position own = Position;
            if (own == null || own.MarketPosition == MarketPosition.Flat || own.Quantity <= 0)
                return;
            OrderAction action = own.MarketPosition == MarketPosition.Long ? OrderAction.Sell : OrderAction.BuyToCover;
            Print("[FKS] RISK BLOCK (" + reason + "): flattening this strategy's " + own.Quantity + " "
                + (Instrument != null ? Instrument.FullName : "") + " at market");
            SubmitOrderUnmanaged(0, action, OrderType.Market, own.Quantity, 0, 0, string.Empty, "FKS risk flatten");
        }

        private bool ShowStartError()
        {
            Draw.TextFixed(this, RiskTag, startError, TextPosition.BottomLeft, Brushes.Orange, riskFont, Brushes.DimGray, Brushes.Black, 70);
            return true;
        }

        /// <summary>Draws the verdict when it changed (or every 5 s to age it); NinjaScript thread only.</summary>
        private void ShowVerdict()
        {
            BridgeSender s = sender;
            if (!ShowRiskOnChart || s == null)
                return;
            long version = s.VerdictVersion;
            DateTime now = DateTime.UtcNow;
            if (version == shownVersion && now - lastDrawnUtc < TimeSpan.FromSeconds(5))
                return;
            shownVersion = version;
            lastDrawnUtc = now;
            RiskVerdict verdict = s.LastVerdict;
            string text = verdict == null ? "FKS bridge: waiting for " + s.Url : verdict.ChartText();
            if (verdict != null && now - verdict.ReceivedUtc > TimeSpan.FromSeconds(30))
                text += Environment.NewLine + "(last answer " + (int)(now - verdict.ReceivedUtc).TotalSeconds + " s ago)";
            string note = skippedNote;
            if (note != null)
                text += Environment.NewLine + note;
            Brush brush = verdict == null ? Brushes.Gray
                : !verdict.Accepted ? Brushes.Orange
                : verdict.CanTrade ? Brushes.LimeGreen : Brushes.Red;
            Draw.TextFixed(this, RiskTag, text, TextPosition.BottomLeft, brush, riskFont, Brushes.DimGray, Brushes.Black, 70);
        }

        private void Report(string where, Exception e)
        {
            try
            {
                string line = errors.Format(DateTime.UtcNow, "FuturesBridgeStrategy." + where, e);
                if (line != null)
                    Print(line);
            }
            catch
            {
                // never let logging take the strategy down
            }
        }

        #region Properties
        [NinjaScriptProperty]
        [Display(Name = "Server URL", Description = "POST /positions/update of the FKS Co-Pilot", Order = 1, GroupName = "FKS Co-Pilot")]
        public string ServerUrl { get; set; }

        [PasswordPropertyText(true)]
        [Display(Name = "API key", Description = "Sent as X-API-Key; blank = environment variable COPILOT_API_KEY (or none)", Order = 2, GroupName = "FKS Co-Pilot")]
        public string ApiKey { get; set; }

        [Range(1, 300)]
        [Display(Name = "Heartbeat (s)", Description = "Re-send the snapshot at least this often while prices move", Order = 3, GroupName = "FKS Co-Pilot")]
        public int HeartbeatSeconds { get; set; }

        [Range(1, 30)]
        [Display(Name = "HTTP timeout (s)", Order = 4, GroupName = "FKS Co-Pilot")]
        public int TimeoutSeconds { get; set; }

        [Display(Name = "Show risk verdict on chart", Order = 5, GroupName = "FKS Co-Pilot")]
        public bool ShowRiskOnChart { get; set; }

        [Display(Name = "Flatten own position on RISK BLOCK", Description = "When the verdict turns to a block, close this strategy's own position at market (manual positions are never touched)", Order = 6, GroupName = "FKS Co-Pilot")]
        public bool FlattenOnRiskBlock { get; set; }

        [Browsable(false)]
        [XmlIgnore]
        public RiskVerdict LastVerdict { get { return sender != null ? sender.LastVerdict : null; } }
        #endregion
    }
}
