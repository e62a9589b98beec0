// LivePositionBridgeIndicator — the indicator form of the FKS Co-Pilot bridge (TASK-402): add it to any chart
// to post a named account's open positions (manual or ATM trades included) to POST /positions/update and show
// the risk verdict. Same hardening as FuturesBridgeStrategy (TASK-102): no Close[0] (each position is priced by
// NinjaTrader for its own instrument), null guards on the account, its Positions and each Instrument, try/catch
// around every entry point with errors throttled to one line per 15 s, work queued (Queue<Action>) for the
// NinjaScript thread and run in OnBarUpdate, account work only in State.Realtime, fire-and-forget HTTP with a
// 3 s timeout through Shared/BridgeSender.cs, HttpClient disposed in State.Terminated. The indicator places no
// orders. Posts to the same single URL as the strategy. C# 7.2 at most.
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

namespace NinjaTrader.NinjaScript.Indicators
{
    public class LivePositionBridgeIndicator : Indicator
    {
        private const string RiskTag = "FKS_BridgeRisk";
        private const int MaxQueuedActions = 32;

        private readonly ErrorThrottle errors = new ErrorThrottle();
        private readonly ActionQueue pending = new ActionQueue(MaxQueuedActions);
        private readonly ExecutionBuffer executions = new ExecutionBuffer(); // not yet acknowledged; kept across a restart of the bridge
        private AccountEvents accountEvents;
        private BridgeSender sender;
        private string startError;               // why the bridge could not start (bad URL), shown on the chart
        private volatile Account account;
        private long lastSnapshotTicks;
        private volatile string skippedNote;
        private long shownVersion = -1;
        private DateTime lastDrawnUtc = DateTime.MinValue;
        private SimpleFont riskFont;

        protected override void OnStateChange()
        {
            try
            {
                if (State == State.SetDefaults)
                {
                    Description = "FKS Co-Pilot bridge (indicator): posts an account's positions to /positions/update and shows the risk verdict.";
                    Name = "LivePositionBridgeIndicator";
                    Calculate = Calculate.OnPriceChange;
                    IsOverlay = true;
                    DisplayInDataBox = false;
                    DrawOnPricePanel = true;
                    PaintPriceMarkers = false;
                    IsSuspendedWhileInactive = false; // keep posting when the chart tab is hidden

                    AccountName = "Sim101";
                    ServerUrl = BridgePayload.DefaultUrl;
                    ApiKey = string.Empty;
                    HeartbeatSeconds = 5;
                    TimeoutSeconds = 3;
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
                    StopBridge(); // null-safe: also runs on UI-only instances
                }
            }
            catch (Exception e)
            {
                Report("OnStateChange(" + State + ")", e);
            }
        }

        private static Account FindAccount(string name)
        {
            if (string.IsNullOrWhiteSpace(name) || Account.All == null)
                return null;
            lock (Account.All)
            {
                foreach (Account a in Account.All)
                {
                    if (a != null && string.Equals(a.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
                        return a;
                }
            }
            return null;
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
            account = FindAccount(AccountName);
            if (account == null)
            {
                Report("StartBridge", new InvalidOperationException("account '" + AccountName + "' not found (is its connection up?)"));
                return;
            }
            Events().Subscribe(account);
            Print("[FKS] bridge posting " + account.Name + " positions to " + sender.Url);
            SendSnapshot();
        }

        private void StopBridge()
        {
            Account a = account;
            account = null;
            if (a != null)
                Events().Unsubscribe(a);
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
                if (State != State.Realtime || CurrentBar < 0)
                    return;
                if (sender == null)
                {
                    if (startError != null && ShowStartError())
                        startError = null; // drawn once; it stays on the chart
                    return;
                }
                if (account == null)
                {
                    // The account connects after the chart (e.g. after a reconnect at the session break): look again.
                    account = FindAccount(AccountName);
                    if (account != null)
                        Events().Subscribe(account);
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

        /// <summary>Builds and posts the snapshot; safe on any thread (reads only the account).</summary>
        private void SendSnapshot()
        {
            BridgeSender s = sender;
            Account a = account;
            if (s == null || a == null)
                return;
            List<string> skipped = new List<string>();
            System.Threading.Interlocked.Exchange(ref lastSnapshotTicks, DateTime.UtcNow.Ticks);
            AccountSnapshot.Push(a, s, executions, skipped);
            skippedNote = skipped.Count == 0 ? null : "not sent: " + string.Join("; ", skipped);
        }

        /// <summary>The account's position and execution events, subscribed while the bridge runs.</summary>
        private AccountEvents Events()
        {
            return accountEvents ?? (accountEvents = new AccountEvents(executions, OnAccountPositionUpdate,
                () => State == State.Realtime, SendSnapshot, Report));
        }


        /// <summary>New verdict, on a thread-pool thread: queue the redraw for the NinjaScript thread.</summary>
        private void OnVerdict(RiskVerdict verdict)
        {
            pending.Enqueue(delegate { shownVersion = -1; });
        }



        private bool ShowStartError()
        {
            Draw.TextFixed(this, RiskTag, startError, TextPosition.BottomLeft, Brushes.Orange, riskFont, Brushes.DimGray, Brushes.Black, 70);
            return true;
        }

        private void ShowVerdict()
        {
            BridgeSender s = sender;
            if (s == null)
                return;
            long version = s.VerdictVersion;
            DateTime now = DateTime.UtcNow;
            if (version == shownVersion && now - lastDrawnUtc < TimeSpan.FromSeconds(5))
                return;
            shownVersion = version;
            lastDrawnUtc = now;
            RiskVerdict verdict = s.LastVerdict;
            string text = account == null ? "FKS bridge: account '" + AccountName + "' not found"
                : verdict == null ? "FKS bridge: waiting for " + s.Url
                : verdict.ChartText();
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
                string line = errors.Format(DateTime.UtcNow, "LivePositionBridgeIndicator." + where, e);
                if (line != null)
                    Print(line);
            }
            catch
            {
                // never let logging take the indicator down
            }
        }

        #region Properties
        [NinjaScriptProperty]
        [Display(Name = "Account", Description = "Account whose positions are posted, e.g. Sim101", Order = 1, GroupName = "FKS Co-Pilot")]
        public string AccountName { get; set; }

        [NinjaScriptProperty]
        [Display(Name = "Server URL", Description = "POST /positions/update of the FKS Co-Pilot", Order = 2, GroupName = "FKS Co-Pilot")]
        public string ServerUrl { get; set; }

        [PasswordPropertyText(true)]
        [Display(Name = "API key", Description = "Sent as X-API-Key; blank = environment variable COPILOT_API_KEY (or none)", Order = 3, GroupName = "FKS Co-Pilot")]
        public string ApiKey { get; set; }

        [Range(1, 300)]
        [Display(Name = "Heartbeat (s)", Order = 4, GroupName = "FKS Co-Pilot")]
        public int HeartbeatSeconds { get; set; }

        [Range(1, 30)]
        [Display(Name = "HTTP timeout (s)", Order = 5, GroupName = "FKS Co-Pilot")]
        public int TimeoutSeconds { get; set; }

        [Browsable(false)]
        [XmlIgnore]
        public RiskVerdict LastVerdict { get { return sender != null ? sender.LastVerdict : null; } }
        #endregion
    }
}
