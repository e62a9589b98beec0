// FKS Co-Pilot — shared NinjaScript logic (plain C# 7.2, no NinjaTrader types).
using System;

namespace NinjaTrader.NinjaScript.AddOns.FksCopilot
{
    /// <summary>
    /// Lets at most one error line through per interval (15 s for the bridges) and counts what it held
    /// back, so a fault that repeats on every tick (e.g. at the ~08:05 ET session break) cannot flood the
    /// NinjaScript output or the log. Thread-safe: account events and HTTP completions arrive on other threads.
    /// </summary>
    public sealed class ErrorThrottle
    {
        public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(15);

        private readonly object gate = new object();
        private readonly TimeSpan interval;
        private DateTime lastLoggedUtc = DateTime.MinValue;
        private bool loggedOnce;
        private int suppressed;

        public ErrorThrottle() : this(DefaultInterval)
        {
        }

        public ErrorThrottle(TimeSpan interval)
        {
            this.interval = interval;
        }

        /// <summary>Errors held back since the last line let through.</summary>
        public int Suppressed
        {
            get { lock (gate) { return suppressed; } }
        }

        /// <summary>
        /// True when a line may be logged at utcNow; then suppressedSince is how many were held back since
        /// the previous line (to append "(+N more)"). False (and counted) otherwise.
        /// </summary>
        public bool TryEnter(DateTime utcNow, out int suppressedSince)
        {
            lock (gate)
            {
                if (!loggedOnce || utcNow - lastLoggedUtc >= interval || utcNow < lastLoggedUtc)
                {
                    suppressedSince = suppressed;
                    suppressed = 0;
                    lastLoggedUtc = utcNow;
                    loggedOnce = true;
                    return true;
                }
                suppressed++;
                suppressedSince = 0;
                return false;
            }
        }

        /// <summary>The line to log for an error at utcNow, or null when it is throttled.</summary>
        public string Format(DateTime utcNow, string source, Exception error)
        {
            int held;
            if (!TryEnter(utcNow, out held))
                return null;
            string message = error == null ? "(no exception)" : error.GetType().Name + ": " + error.Message;
            Exception inner = error == null ? null : error.InnerException;
            if (inner != null)
                message += " <- " + inner.GetType().Name + ": " + inner.Message;
            return "[FKS] " + source + " failed: " + message + (held > 0 ? " (+" + held + " similar errors held back)" : "");
        }
    }
}
