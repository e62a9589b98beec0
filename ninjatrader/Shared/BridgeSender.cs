// FKS Co-Pilot — shared NinjaScript logic (plain C# 7.2 + System.Net.Http, no NinjaTrader types).
// The one send path of both bridges (FuturesBridgeStrategy, LivePositionBridgeIndicator).
using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace NinjaTrader.NinjaScript.AddOns.FksCopilot
{
    /// <summary>
    /// Posts position snapshots fire-and-forget (HttpClient.PostAsync + ContinueWith; nothing is awaited, so
    /// OnBarUpdate / account events never block) with a short timeout, one request in flight at a time: a
    /// snapshot sent while one is in flight replaces any waiting one and goes out when the first completes, so
    /// the server always ends with the latest. The answer becomes LastVerdict (read it from the NinjaScript
    /// thread to draw it). Every failure is caught and reported through the 15-second ErrorThrottle.
    /// Thread-safe. Dispose it in State.Terminated (it disposes the HttpClient).
    /// </summary>
    public sealed class BridgeSender : IDisposable
    {
        /// <summary>Default request timeout: short, so a hung server never piles requests up.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(3);

        private readonly HttpClient client;
        private readonly Uri url;
        private readonly ErrorThrottle errors;
        private readonly Action<string> log;
        private readonly Action<RiskVerdict> onVerdict;
        private readonly object gate = new object();
        private bool inFlight;
        private string waiting;
        private Action waitingAccepted;
        private volatile bool disposed;
        private volatile RiskVerdict lastVerdict;
        private long verdictVersion;
        private long sent;

        /// <param name="url">absolute http(s) URL of POST /positions/update</param>
        /// <param name="apiKey">sent as X-API-Key when not blank</param>
        /// <param name="timeout">whole-request timeout</param>
        /// <param name="errors">throttle shared with the script (one line per 15 s)</param>
        /// <param name="log">where throttled lines go (NinjaScript Print); may be called from any thread</param>
        /// <param name="onVerdict">called with each new verdict on a thread-pool thread (may be null); it must
        /// only queue work for the NinjaScript thread, never touch bars, orders or drawings itself</param>
        public BridgeSender(string url, string apiKey, TimeSpan timeout, ErrorThrottle errors, Action<string> log,
                            Action<RiskVerdict> onVerdict)
        {
            Uri parsed;
            if (!Uri.TryCreate((url ?? "").Trim(), UriKind.Absolute, out parsed)
                || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
                throw new ArgumentException("bridge URL must be an absolute http(s) URL, e.g. " + BridgePayload.DefaultUrl + ": '" + url + "'");
            this.url = parsed;
            this.errors = errors ?? new ErrorThrottle();
            this.log = log;
            this.onVerdict = onVerdict;
            HttpClientHandler handler = new HttpClientHandler();
            if (parsed.IsLoopback)
                handler.UseProxy = false; // a system proxy must not intercept 127.0.0.1
            client = new HttpClient(handler, true);
            client.Timeout = timeout > TimeSpan.Zero ? timeout : DefaultTimeout;
            if (!string.IsNullOrWhiteSpace(apiKey))
                client.DefaultRequestHeaders.TryAddWithoutValidation("X-API-Key", apiKey.Trim());
        }

        public Uri Url { get { return url; } }

        /// <summary>The verdict of the latest answer (or failure), null before the first.</summary>
        public RiskVerdict LastVerdict { get { return lastVerdict; } }

        /// <summary>Increases with every new verdict, so a chart redraws only when something changed.</summary>
        public long VerdictVersion { get { return Interlocked.Read(ref verdictVersion); } }

        /// <summary>Requests started so far.</summary>
        public long Sent { get { return Interlocked.Read(ref sent); } }

        /// <summary>
        /// Queues json for sending and returns at once. Returns false only when disposed. Never throws.
        /// </summary>
        public bool Send(string json)
        {
            return Send(json, null);
        }

        /// <summary>
        /// As <see cref="Send(string)"/>; <paramref name="onAccepted"/> runs (on a thread-pool thread) only if the server
        /// accepts this very snapshot, not when it fails or a later one replaces it before it went out (the executions a
        /// push carries stay pending until then).
        /// </summary>
        public bool Send(string json, Action onAccepted)
        {
            if (disposed || json == null)
                return false;
            lock (gate)
            {
                if (inFlight)
                {
                    waiting = json; // the latest snapshot wins
                    waitingAccepted = onAccepted;
                    return true;
                }
                inFlight = true;
            }
            Start(json, onAccepted);
            return true;
        }

        /// <summary>What a request's continuation needs: its content to dispose and what to run when it is accepted.</summary>
        private sealed class Request
        {
            public StringContent Content;
            public Action OnAccepted;
        }

        private void Start(string json, Action onAccepted)
        {
            try
            {
                Interlocked.Increment(ref sent);
                StringContent content = new StringContent(json, Encoding.UTF8, "application/json");
                Task<HttpResponseMessage> post = client.PostAsync(url, content);
                post.ContinueWith(Completed, new Request { Content = content, OnAccepted = onAccepted }, CancellationToken.None,
                    TaskContinuationOptions.None, TaskScheduler.Default);
            }
            catch (Exception e)
            {
                // PostAsync can throw synchronously (disposed client, bad header); treat as a failed request.
                Fail("send", e);
                Next();
            }
        }

        private void Completed(Task<HttpResponseMessage> post, object state)
        {
            try
            {
                Request request = state as Request;
                if (request != null && request.Content != null)
                    request.Content.Dispose();
                if (disposed)
                {
                    Observe(post);
                    return;
                }
                if (post.IsCanceled)
                {
                    Publish(RiskVerdict.Unreachable("no answer within " + client.Timeout.TotalSeconds + " s", DateTime.UtcNow));
                    Report("send", new TimeoutException("POST " + url + " timed out after " + client.Timeout.TotalSeconds + " s"));
                }
                else if (post.IsFaulted)
                {
                    Exception e = post.Exception == null ? null : post.Exception.GetBaseException();
                    Publish(RiskVerdict.Unreachable(e == null ? "request failed" : e.Message, DateTime.UtcNow));
                    Report("send", e);
                }
                else
                {
                    using (HttpResponseMessage response = post.Result)
                    {
                        // The content is already buffered (PostAsync reads the whole answer), so this returns at once.
                        string body = response.Content == null ? "" : response.Content.ReadAsStringAsync().Result;
                        RiskVerdict verdict = RiskVerdict.FromResponse((int)response.StatusCode, body, DateTime.UtcNow);
                        Publish(verdict);
                        if (verdict.Accepted && request != null && request.OnAccepted != null)
                            request.OnAccepted();
                        if (!verdict.Accepted)
                            Report("answer", new InvalidOperationException("HTTP " + (int)response.StatusCode + ": " + verdict.Error));
                    }
                }
            }
            catch (Exception e)
            {
                Fail("answer", e);
            }
            finally
            {
                Next();
            }
        }

        /// <summary>Sends the snapshot that waited, if any; otherwise marks nothing in flight.</summary>
        private void Next()
        {
            string json;
            Action onAccepted;
            lock (gate)
            {
                json = waiting;
                onAccepted = waitingAccepted;
                waiting = null;
                waitingAccepted = null;
                if (json == null || disposed)
                {
                    inFlight = false;
                    return;
                }
            }
            Start(json, onAccepted);
        }

        private void Fail(string where, Exception e)
        {
            if (disposed)
                return;
            Publish(RiskVerdict.Unreachable(e == null ? "failed" : e.Message, DateTime.UtcNow));
            Report(where, e);
        }

        private void Publish(RiskVerdict verdict)
        {
            lastVerdict = verdict;
            Interlocked.Increment(ref verdictVersion);
            if (onVerdict == null || disposed)
                return;
            try
            {
                onVerdict(verdict);
            }
            catch (Exception e)
            {
                Report("verdict callback", e);
            }
        }

        private void Report(string where, Exception e)
        {
            try
            {
                string line = errors.Format(DateTime.UtcNow, "bridge " + where, e);
                if (line != null && log != null)
                    log(line);
            }
            catch
            {
                // logging must never take the bridge down
            }
        }

        private static void Observe(Task task)
        {
            if (task.IsFaulted)
                GC.KeepAlive(task.Exception); // reading it marks it observed: no UnobservedTaskException later
        }

        /// <summary>Stops sending and disposes the HttpClient (cancelling a request in flight). Idempotent.</summary>
        public void Dispose()
        {
            if (disposed)
                return;
            disposed = true;
            lock (gate)
            {
                waiting = null;
                waitingAccepted = null;
            }
            try
            {
                client.CancelPendingRequests();
                client.Dispose();
            }
            catch
            {
                // already gone
            }
        }
    }
}
