// FKS Co-Pilot — shared NinjaScript logic (plain C# 7.2, no NinjaTrader types).
// Reads the server's answer to POST /positions/update:
//   200 {"accepted":true,"journal_index":N,"risk":{"can_trade":bool,"block_reason":str|null,"warnings":[...]},"open_positions":n}
//   4xx/5xx {"error":"...","status":401,"field":"X-API-Key"}
using System;
using System.Collections.Generic;

namespace NinjaTrader.NinjaScript.AddOns.FksCopilot
{
    /// <summary>The risk verdict the server returned for the last snapshot (immutable; safe to hand across threads).</summary>
    public sealed class RiskVerdict
    {
        /// <summary>True when the server answered 200 with accepted = true.</summary>
        public bool Accepted { get; private set; }
        public bool CanTrade { get; private set; }
        /// <summary>The server's block reason when CanTrade is false ("; "-joined), else null.</summary>
        public string BlockReason { get; private set; }
        public IList<string> Warnings { get; private set; }
        public int OpenPositions { get; private set; }
        public long JournalIndex { get; private set; }
        /// <summary>HTTP status, or 0 when the server was not reached.</summary>
        public int HttpStatus { get; private set; }
        /// <summary>What went wrong when not accepted (the server's "error", or the transport failure).</summary>
        public string Error { get; private set; }
        public DateTime ReceivedUtc { get; private set; }

        private RiskVerdict()
        {
            Warnings = new List<string>().AsReadOnly();
        }

        /// <summary>True when the server blocks trading (accepted, can_trade false).</summary>
        public bool IsBlocked { get { return Accepted && !CanTrade; } }

        /// <summary>The verdict for an HTTP answer; never throws (a malformed body gives a failure verdict).</summary>
        public static RiskVerdict FromResponse(int httpStatus, string body, DateTime receivedUtc)
        {
            IDictionary<string, object> json = null;
            string parseError = null;
            try
            {
                json = MiniJson.Parse(body) as IDictionary<string, object>;
                if (json == null)
                    parseError = "answer is not a JSON object";
            }
            catch (FormatException e)
            {
                parseError = "answer is not JSON (" + e.Message + ")";
            }
            if (httpStatus < 200 || httpStatus > 299 || json == null)
            {
                string error = MiniJson.Text(json, "error") ?? parseError ?? "no error text";
                return new RiskVerdict { HttpStatus = httpStatus, Error = error, ReceivedUtc = receivedUtc };
            }
            IDictionary<string, object> risk = MiniJson.Object(json, "risk");
            List<string> warnings = new List<string>();
            IList<object> list = MiniJson.Array(risk, "warnings");
            if (list != null)
            {
                foreach (object w in list)
                {
                    if (w != null)
                        warnings.Add(Convert.ToString(w, System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            bool accepted = MiniJson.Flag(json, "accepted", false);
            return new RiskVerdict
            {
                Accepted = accepted,
                CanTrade = MiniJson.Flag(risk, "can_trade", true),
                BlockReason = MiniJson.Text(risk, "block_reason"),
                Warnings = warnings.AsReadOnly(),
                OpenPositions = (int)MiniJson.Number(json, "open_positions", 0),
                JournalIndex = (long)MiniJson.Number(json, "journal_index", -1),
                HttpStatus = httpStatus,
                Error = accepted ? null : "server did not accept the snapshot",
                ReceivedUtc = receivedUtc
            };
        }

        /// <summary>The verdict when the server could not be reached (timeout, refused, DNS…).</summary>
        public static RiskVerdict Unreachable(string what, DateTime whenUtc)
        {
            return new RiskVerdict { HttpStatus = 0, Error = what ?? "server unreachable", ReceivedUtc = whenUtc };
        }

        /// <summary>
        /// What the chart shows: "RISK OK - 1 open", "RISK BLOCK: max daily loss", each warning on its own
        /// line ("RISK WARN: …"), or "BRIDGE ERROR (HTTP 401): missing or wrong X-API-Key".
        /// </summary>
        public string ChartText()
        {
            if (!Accepted)
            {
                string status = HttpStatus == 0 ? "not reached" : "HTTP " + HttpStatus;
                return "BRIDGE ERROR (" + status + "): " + (Error ?? "unknown");
            }
            string head = CanTrade
                ? "RISK OK - " + OpenPositions + " open"
                : "RISK BLOCK: " + (string.IsNullOrEmpty(BlockReason) ? "blocked" : BlockReason);
            foreach (string w in Warnings)
                head += Environment.NewLine + "RISK WARN: " + w;
            return head;
        }
    }
}
