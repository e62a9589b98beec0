// Mono-run harness for the plain-C# part of the NinjaScript (ninjatrader/Shared): it checks the payload
// builder, the error throttle, the exact rounding, the JSON reader, the risk-verdict reader (also on the
// server's own answers, fixtures/positions-update.answer*.json, which BridgeIT holds the Java server to),
// the Queue<Action> hand-off, the chart rules (TASK-403 volume labels, arrows, cooldown, quality) and the
// HTTP sender (against an in-process HttpListener), and writes the shared test vectors the Java side consumes
// (gateway-netty NinjaTraderContractTest):
//   positions-update.cs.json   the bridge payload for a fixed set of positions (same as the contract fixture)
//   positions-empty.cs.json    a flat account's payload
//   positions-executions.cs.json  a push with executions and realized P&L (same as fixtures/positions-executions.json)
//   wave-bars.csv              a fixed deterministic bar series, Time,Open,High,Low,Close,Volume (epoch s)
//   wave-ratio.cs.txt          WaveMath's numbers over prefixes of those bars, per asset
// Run by `scripts/check-ninjatrader --emit` (arguments: OUT-DIR FIXTURES-DIR); exits 1 when a check fails. C# 7.2.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using NinjaTrader.NinjaScript.AddOns.FksCopilot;

namespace FksCopilot.Harness
{
    public static class ContractHarness
    {
        /// <summary>Bars in the shared series (the Java test analyses the same prefixes).</summary>
        public const int BarCount = 480;
        public static readonly int[] Prefixes = { 29, 30, 60, 120, 200, 201, 300, 480 };
        public static readonly string[] Assets = { "MGC", "MNQ", "MES", "MCL", "SIL", "MHG" };

        private static int failures;
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        public static int Main(string[] args)
        {
            string outDir = args.Length > 0 ? args[0] : Path.Combine("ninjatrader", "target", "contract");
            string fixtures = args.Length > 1 ? args[1] : Path.Combine("ninjatrader", "fixtures");
            Directory.CreateDirectory(outDir);
            try
            {
                CheckExactRound();
                CheckThrottle();
                CheckMiniJson();
                CheckVerdicts();
                CheckServerAnswers(fixtures);
                CheckActionQueue();
                CheckVolumeLabels();
                CheckArrowsAndQuality();
                WritePayloads(outDir);
                CheckExecutions(outDir, fixtures);
                WriteWaveVectors(outDir);
                CheckSender();
            }
            catch (Exception e)
            {
                Fail("unexpected " + e);
            }
            Console.WriteLine(failures == 0 ? "harness: all checks passed; vectors in " + outDir : "harness: " + failures + " check(s) FAILED");
            return failures == 0 ? 0 : 1;
        }

        private static void Check(bool ok, string what)
        {
            if (ok)
                Console.WriteLine("  ok   " + what);
            else
                Fail(what);
        }

        private static void Fail(string what)
        {
            failures++;
            Console.WriteLine("  FAIL " + what);
        }

        private static string R(double v)
        {
            return v.ToString("R", Inv);
        }

        // ---- exact rounding (Java's Decimals.round: exact binary value, half-even) ----
        private static void CheckExactRound()
        {
            Console.WriteLine("ExactRound");
            Check(ExactRound.Round(2.675, 2) == 2.67, "2.675 -> 2.67 (stored 2.67499..., as Java; Math.Round gives " + R(Math.Round(2.675, 2)) + ")");
            Check(ExactRound.Round(0.125, 2) == 0.12, "0.125 (exact half) -> 0.12, half to even");
            Check(ExactRound.Round(0.375, 2) == 0.38, "0.375 (exact half) -> 0.38, half to even");
            Check(ExactRound.Round(1.005, 2) == 1.0, "1.005 (stored 1.00499...) -> 1.0");
            Check(ExactRound.Round(-2.675, 2) == -2.67, "-2.675 -> -2.67");
            Check(ExactRound.Round(1.23456, 4) == 1.2346, "1.23456 -> 1.2346 (4 dp)");
            Check(ExactRound.Round(0.0004, 3) == 0.0, "0.0004 -> 0 (3 dp)");
            Check(ExactRound.Round(21450.25, 2) == 21450.25, "21450.25 unchanged");
            Check(ExactRound.Round(1e-300, 2) == 0.0, "1e-300 -> 0");
        }

        // ---- error throttle: at most one line per 15 s ----
        private static void CheckThrottle()
        {
            Console.WriteLine("ErrorThrottle");
            ErrorThrottle throttle = new ErrorThrottle();
            DateTime t0 = new DateTime(2026, 11, 24, 13, 5, 0, DateTimeKind.Utc); // 08:05 ET, the session break
            Exception boom = new NullReferenceException("Close[0] at the session break");
            int lines = 0;
            for (int tick = 0; tick < 60 * 10; tick++) // an error every 100 ms for 60 s
            {
                if (throttle.Format(t0.AddMilliseconds(tick * 100), "OnBarUpdate", boom) != null)
                    lines++;
            }
            Check(lines == 4, "600 errors over 60 s -> 4 lines (one per 15 s), got " + lines);
            ErrorThrottle second = new ErrorThrottle();
            string first = second.Format(t0, "x", boom);
            string held = second.Format(t0.AddSeconds(14.9), "x", boom);
            string next = second.Format(t0.AddSeconds(15), "x", boom);
            Check(first != null && held == null && next != null && next.Contains("(+1 similar errors held back)"),
                "line at 0 s, none at 14.9 s, next at 15 s says +1 held back: " + next);
        }

        // ---- JSON reader ----
        private static void CheckMiniJson()
        {
            Console.WriteLine("MiniJson");
            object parsed = MiniJson.Parse("{\"a\":[1,2.5,-3e2],\"b\":{\"c\":null,\"d\":\"x\\\"y\\u00e9\"},\"e\":true}");
            IDictionary<string, object> o = parsed as IDictionary<string, object>;
            IList<object> a = MiniJson.Array(o, "a");
            Check(a != null && a.Count == 3 && (double)a[2] == -300.0, "arrays and numbers");
            Check(MiniJson.Text(MiniJson.Object(o, "b"), "d") == "x\"y\u00e9", "escapes");
            Check(MiniJson.Flag(o, "e", false), "booleans");
            bool threw = false;
            try { MiniJson.Parse("{\"a\":1,}"); } catch (FormatException) { threw = true; }
            Check(threw, "trailing comma refused");
        }

        // ---- risk verdicts from the server's answers ----
        private static void CheckVerdicts()
        {
            Console.WriteLine("RiskVerdict");
            DateTime now = DateTime.UtcNow;
            RiskVerdict ok = RiskVerdict.FromResponse(200,
                "{\"accepted\":true,\"journal_index\":41,\"risk\":{\"can_trade\":true,\"block_reason\":null,\"warnings\":[]},\"open_positions\":2}", now);
            Check(ok.Accepted && ok.CanTrade && ok.OpenPositions == 2 && ok.JournalIndex == 41 && ok.ChartText() == "RISK OK - 2 open",
                "accepted, can trade: '" + ok.ChartText() + "'");
            RiskVerdict block = RiskVerdict.FromResponse(200,
                "{\"accepted\":true,\"journal_index\":42,\"risk\":{\"can_trade\":false,\"block_reason\":\"max daily loss\",\"warnings\":[\"Overnight risk: 1 position open\"]},\"open_positions\":1}", now);
            Check(block.IsBlocked && block.ChartText().StartsWith("RISK BLOCK: max daily loss") && block.ChartText().Contains("RISK WARN: Overnight risk"),
                "blocked: '" + block.ChartText().Replace(Environment.NewLine, " | ") + "'");
            RiskVerdict denied = RiskVerdict.FromResponse(401, "{\"error\":\"missing or wrong X-API-Key\",\"status\":401,\"field\":\"X-API-Key\"}", now);
            Check(!denied.Accepted && denied.ChartText() == "BRIDGE ERROR (HTTP 401): missing or wrong X-API-Key", "401: '" + denied.ChartText() + "'");
            RiskVerdict garbage = RiskVerdict.FromResponse(502, "<html>bad gateway</html>", now);
            Check(!garbage.Accepted && garbage.ChartText().StartsWith("BRIDGE ERROR (HTTP 502): answer is not JSON"), "non-JSON: '" + garbage.ChartText() + "'");
        }

        // ---- the Java server's real answers (BridgeIT checks the server still gives exactly these) ----
        private static void CheckServerAnswers(string fixtures)
        {
            Console.WriteLine("RiskVerdict on the server's answers (" + fixtures + ")");
            DateTime now = DateTime.UtcNow;
            RiskVerdict blocked = RiskVerdict.FromResponse(200, File.ReadAllText(Path.Combine(fixtures, "positions-update.answer.json")), now);
            Check(blocked.Accepted && blocked.IsBlocked && blocked.OpenPositions == 2 && blocked.JournalIndex >= 0
                  && blocked.ChartText() == "RISK BLOCK: Max open trades reached" + Environment.NewLine
                     + "RISK WARN: Open position without a known stop: its risk is not counted",
                "the answer to the contract fixture: '" + blocked.ChartText() + "'");
            RiskVerdict refused = RiskVerdict.FromResponse(401, File.ReadAllText(Path.Combine(fixtures, "positions-update.answer-401.json")), now);
            Check(!refused.Accepted && refused.ChartText() == "BRIDGE ERROR (HTTP 401): missing or wrong X-API-Key",
                "the answer without the API key: '" + refused.ChartText() + "'");
        }

        // ---- Queue<Action>: other threads hand work to the NinjaScript thread ----
        private static void CheckActionQueue()
        {
            Console.WriteLine("ActionQueue");
            ActionQueue queue = new ActionQueue(3);
            List<int> ran = new List<int>();
            for (int i = 1; i <= 5; i++)
            {
                int n = i;
                queue.Enqueue(delegate { ran.Add(n); });
            }
            List<string> reported = new List<string>();
            queue.Drain((where, e) => reported.Add(where));
            Check(string.Join(",", ran) == "1,2,3", "runs in order, at most its capacity (3 of 5 kept): " + string.Join(",", ran));
            ran.Clear();
            queue.Drain((where, e) => reported.Add(where));
            Check(ran.Count == 0, "a drained queue runs nothing again");

            queue.Enqueue(delegate { ran.Add(1); });
            queue.Enqueue(delegate { throw new InvalidOperationException("order rejected"); });
            queue.Enqueue(delegate { ran.Add(3); });
            queue.Drain((where, e) => reported.Add(where + ": " + e.Message));
            Check(string.Join(",", ran) == "1,3" && reported.Count == 1 && reported[0] == "queued action: order rejected",
                "a failing action is reported and the others still run");

            ActionQueue shared = new ActionQueue(1000);
            int executed = 0;
            Thread[] producers = new Thread[4];
            for (int t = 0; t < producers.Length; t++)
            {
                producers[t] = new Thread(() =>
                {
                    for (int i = 0; i < 100; i++)
                        shared.Enqueue(delegate { executed++; }); // runs on the draining thread only
                });
                producers[t].Start();
            }
            foreach (Thread producer in producers)
                producer.Join();
            shared.Drain((where, e) => reported.Add(where));
            Check(executed == 400, "400 actions queued from 4 threads all run on the draining thread: " + executed);

            queue.Enqueue(delegate { ran.Add(9); });
            queue.Clear();
            ran.Clear();
            queue.Drain((where, e) => reported.Add(where));
            Check(ran.Count == 0, "Clear (State.Terminated) drops what was queued");
        }

        // ---- TASK-403 volume labels at their thresholds (20-bar average volume 100) ----
        private static VolumeLabel Label(double volume, int dryRun, double high, double low, double close, double ao)
        {
            // upper band 5210, lower band 5190, dynamic EMA 5200
            return ChartSignals.Classify(volume, 100.0, dryRun, high, low, close, 5210.0, 5190.0, 5200.0, ao);
        }

        private static void CheckVolumeLabels()
        {
            Console.WriteLine("ChartSignals: volume labels (TASK-403)");
            Check(Label(180.0, 0, 5210.0, 5205.0, 5208.0, 1.0) == VolumeLabel.None, "volume exactly 1.8x average at the upper band: no label");
            Check(Label(180.1, 0, 5210.0, 5205.0, 5208.0, 1.0) == VolumeLabel.TakeProfitOrBreakeven, "volume above 1.8x at the upper band: TP/BE");
            Check(Label(180.1, 0, 5195.0, 5190.0, 5192.0, -1.0) == VolumeLabel.TakeProfitOrBreakeven, "volume above 1.8x at the lower band: TP/BE");
            Check(Label(180.1, 0, 5206.0, 5201.0, 5205.0, 1.0) == VolumeLabel.Add, "spike above the dynamic EMA with AO > 0, inside the bands: ADD");
            Check(Label(180.1, 0, 5199.0, 5194.0, 5195.0, -1.0) == VolumeLabel.Add, "spike below the dynamic EMA with AO < 0: ADD");
            Check(Label(180.1, 0, 5206.0, 5201.0, 5205.0, -1.0) == VolumeLabel.None, "spike above the EMA but AO < 0 is not a trend: no label");
            Check(!ChartSignals.IsDry(50.0, 100.0) && ChartSignals.IsDry(49.9, 100.0), "dry means below 0.5x average (0.5x exactly is not)");
            Check(Label(40.0, 2, 5202.0, 5200.0, 5201.0, 0.0) == VolumeLabel.None, "2 dry bars: no label yet");
            Check(Label(40.0, 3, 5202.0, 5200.0, 5201.0, 0.0) == VolumeLabel.LowVolume, "3rd dry bar in a row: LOW VOL");
            Check(Label(40.0, 4, 5202.0, 5200.0, 5201.0, 0.0) == VolumeLabel.None, "4th dry bar: LOW VOL is not repeated");
            Check(ChartSignals.Classify(500.0, 0.0, 3, 5210.0, 5190.0, 5200.0, 5210.0, 5190.0, 5200.0, 1.0) == VolumeLabel.None,
                "no average volume yet: no label");
            Check(ChartSignals.Text(VolumeLabel.TakeProfitOrBreakeven) == "TP/BE" && ChartSignals.Text(VolumeLabel.Add) == "ADD"
                  && ChartSignals.Text(VolumeLabel.LowVolume) == "LOW VOL" && ChartSignals.Text(VolumeLabel.None) == null,
                "label texts TP/BE, ADD, LOW VOL");
        }

        // ---- TASK-401 arrows (MinWaveRatio 1.5: arrows need more than 1.05), cooldown and quality ----
        private static void CheckArrowsAndQuality()
        {
            Console.WriteLine("ChartSignals: arrows, cooldown, quality (TASK-401)");
            Check(!ChartSignals.IsBuy(5190.2, 5190.0, 0.2, 1.0, 0.5, 1.05, 1.5) && ChartSignals.IsBuy(5190.2, 5190.0, 0.2, 1.0, 0.5, 1.06, 1.5),
                "buy needs wave ratio above 0.7 x MinWaveRatio (1.05 no, 1.06 yes)");
            Check(!ChartSignals.IsBuy(5190.3, 5190.0, 0.2, 1.0, 0.5, 2.0, 1.5), "buy needs the low within 2 ticks of support");
            Check(!ChartSignals.IsBuy(5190.0, 5190.0, 0.2, 1.0, 1.0, 2.0, 1.5), "buy needs AO rising");
            Check(ChartSignals.IsSell(5209.8, 5210.0, 0.2, -1.0, -0.5, 0.9, 1.5) && !ChartSignals.IsSell(5209.8, 5210.0, 0.2, -1.0, -0.5, 1.0, 1.5),
                "sell needs the bear ratio 1/waveRatio above 1.05 (0.9 -> 1.11 yes, 1.0 no)");
            DateTime last = new DateTime(2026, 11, 24, 14, 40, 0, DateTimeKind.Utc);
            Check(ChartSignals.CooledDown(DateTime.MinValue, last), "the first arrow is always allowed");
            Check(!ChartSignals.CooledDown(last, last.AddSeconds(299)) && ChartSignals.CooledDown(last, last.AddMinutes(5)),
                "next arrow of that direction not before 5 minutes (4:59 no, 5:00 yes)");
            Check(ChartSignals.Quality(1.5, 1.5, 1.0, 0.5, 5201.0, 5200.0) == 100, "full quality: ratio at MinWaveRatio, AO up and rising, close above mid");
            Check(ChartSignals.Quality(1.125, 1.5, 1.0, 1.5, 5199.0, 5200.0) == 55, "30 (ratio 0.75 of the minimum) + 15 (AO up, falling) + 10 (close below mid)");
            Check(ChartSignals.Quality(1.0 / 3.0, 1.5, -1.0, -0.5, 5199.0, 5200.0) == 100, "bear side: ratio 1/3 is a bear ratio of 3");
            Check(ChartSignals.Quality(double.NaN, 1.5, 1.0, 0.5, 5201.0, 5200.0) == 0, "no wave ratio yet: 0%");
        }

        // ---- (a) the payload ----
        public static readonly DateTime PayloadTime = new DateTime(2026, 11, 24, 14, 31, 5, DateTimeKind.Utc);

        public static List<BridgePosition> FixedPositions()
        {
            return new List<BridgePosition>
            {
                new BridgePosition("MGC 02-27", "LONG", 2, 5212.3, 46.0),
                new BridgePosition("MNQ 12-26", "SHORT", 1, 21450.25, -12.5),
                new BridgePosition("ES 12-26", "LONG", 1, 6064.5, 125.0),      // not a co-pilot contract: left out
                new BridgePosition("MES 12-26", "FLAT", 0, 0.0, 0.0),           // flat: not listed
                new BridgePosition("MGC 04-27", "SHORT", 1, 5230.1, -3.0)       // second MGC (rollover): left out
            };
        }

        private static void WritePayloads(string outDir)
        {
            Console.WriteLine("BridgePayload");
            List<string> skipped = new List<string>();
            string json = BridgePayload.Build("Sim101", PayloadTime, FixedPositions(), skipped);
            File.WriteAllText(Path.Combine(outDir, "positions-update.cs.json"), json + "\n", new UTF8Encoding(false));
            Console.WriteLine("  " + json);
            string expected = "{\"account\":\"Sim101\",\"timestamp\":\"2026-11-24T14:31:05Z\",\"positions\":["
                + "{\"instrument\":\"MGC 02-27\",\"side\":\"LONG\",\"quantity\":2,\"avg_price\":5212.3,\"unrealized_pnl\":46},"
                + "{\"instrument\":\"MNQ 12-26\",\"side\":\"SHORT\",\"quantity\":1,\"avg_price\":21450.25,\"unrealized_pnl\":-12.5}]}";
            Check(json == expected, "payload is the contract fixture's content");
            Check(skipped.Count == 2 && skipped[0].StartsWith("ES 12-26") && skipped[1].StartsWith("MGC 04-27"),
                "ES and the second MGC reported as not sent: " + string.Join(" | ", skipped));
            IDictionary<string, object> back = MiniJson.Parse(json) as IDictionary<string, object>;
            Check(back != null && MiniJson.Array(back, "positions").Count == 2, "payload parses back as JSON");

            string empty = BridgePayload.Build("Sim101", PayloadTime, new List<BridgePosition>(), null);
            File.WriteAllText(Path.Combine(outDir, "positions-empty.cs.json"), empty + "\n", new UTF8Encoding(false));
            Check(empty == "{\"account\":\"Sim101\",\"timestamp\":\"2026-11-24T14:31:05Z\",\"positions\":[]}", "flat account: " + empty);

            string odd = BridgePayload.Build("Sim \"1\"\u00e9 with a name far longer than thirty-two chars", PayloadTime, null, null);
            Check(odd.StartsWith("{\"account\":\"Sim \\\"1\\\"? with a name far longer \","), "account escaped, ASCII-only, cut to 32 chars: " + odd);
            Thread.CurrentThread.CurrentCulture = new CultureInfo("de-DE");
            string german = BridgePayload.Build("Sim101", PayloadTime, FixedPositions(), null);
            Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
            Check(german == expected, "same payload under a de-DE culture (decimal comma machines)");
        }

        /// <summary>The JSON text without the whitespace outside strings (the fixture is written for people).</summary>
        private static string Compact(string json)
        {
            StringBuilder compact = new StringBuilder(json.Length);
            bool inString = false;
            for (int i = 0; i < json.Length; i++)
            {
                char c = json[i];
                if (inString)
                {
                    compact.Append(c);
                    if (c == '\\' && i + 1 < json.Length)
                        compact.Append(json[++i]);
                    else if (c == '"')
                        inString = false;
                }
                else if (c == '"')
                {
                    inString = true;
                    compact.Append(c);
                }
                else if (!char.IsWhiteSpace(c))
                {
                    compact.Append(c);
                }
            }
            return compact.ToString();
        }

        private static readonly DateTime ExecutionPushTime = new DateTime(2026, 12, 4, 14, 38, 41, DateTimeKind.Utc);

        private static BridgeExecution Fill(string id, string order, string instrument, string side, int quantity, double price,
                                            int hour, int minute, int second, double commission)
        {
            return new BridgeExecution(id, order, instrument, side, quantity, price,
                new DateTime(2026, 12, 4, hour, minute, second, DateTimeKind.Utc), commission);
        }

        /// <summary>The execution buffer and the push that carries executions and realized P&amp;L (issue 20, item 1).</summary>
        private static void CheckExecutions(string outDir, string fixtures)
        {
            Console.WriteLine("Executions");
            Check(BridgeExecution.SideOf("Buy") == "BUY" && BridgeExecution.SideOf("BuyToCover") == "BUY"
                  && BridgeExecution.SideOf("Sell") == "SELL" && BridgeExecution.SideOf("SellShort") == "SELL"
                  && BridgeExecution.SideOf("Hold") == null, "order actions map to BUY/SELL");
            ExecutionBuffer buffer = new ExecutionBuffer();
            Check(buffer.Add(Fill("8b0c2e51a7f3", "3f2a9d0b", "MGC 02-27", "BUY", 2, 5212.3, 14, 31, 5, 1.24)) == null, "first fill queued");
            Check(buffer.Add(Fill("8b0c2e51a7f3", "3f2a9d0b", "MGC 02-27", "BUY", 2, 5212.3, 14, 31, 5, 1.24)) == "",
                "NinjaTrader's re-delivery of the same execution id is dropped");
            string es = buffer.Add(Fill("es-1", "o-1", "ES 12-26", "BUY", 1, 6064.5, 14, 32, 0, 1.0));
            Check(es != null && es.StartsWith("ES 12-26"), "a contract the co-pilot does not track is not sent: " + es);
            Check(buffer.Add(Fill("bad id", "o-2", "MGC 02-27", "BUY", 1, 5212.3, 14, 33, 0, 0)) != null, "an id with a space is not sent");
            Check(buffer.Add(Fill("bad-side", "o-3", "MGC 02-27", "LONG", 1, 5212.3, 14, 33, 0, 0)) != null, "side LONG is not sent");
            Check(buffer.Add(Fill("bad-price", "o-4", "MGC 02-27", "SELL", 1, double.NaN, 14, 33, 0, 0)) != null, "a NaN price is not sent");
            Check(buffer.Add(Fill("8b0c2e51a7f4", "3f2a9d0c", "MGC 02-27", "SELL", 1, 5215.8, 14, 38, 40, 0.62)) == null, "second fill queued");

            List<BridgeExecution> batch = buffer.Take();
            List<BridgePosition> positions = new List<BridgePosition> { new BridgePosition("MGC 02-27", "LONG", 1, 5212.3, 3.5) };
            string json = BridgePayload.Build("Sim101", ExecutionPushTime, positions, null, batch, 33.76);
            File.WriteAllText(Path.Combine(outDir, "positions-executions.cs.json"), json + "\n", new UTF8Encoding(false));
            Console.WriteLine("  " + json);
            string fixture = Compact(File.ReadAllText(Path.Combine(fixtures, "positions-executions.json")));
            Check(json == fixture, "push with executions and realized_pnl is the contract fixture's content");
            Thread.CurrentThread.CurrentCulture = new CultureInfo("de-DE");
            string german = BridgePayload.Build("Sim101", ExecutionPushTime, positions, null, batch, 33.76);
            Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
            Check(german == fixture, "same push under a de-DE culture");
            Check(buffer.Count == 2, "taken executions stay pending until the server accepts the push");
            buffer.Acknowledge(batch);
            Check(buffer.Count == 0 && buffer.Take().Count == 0, "acknowledged executions leave the buffer");
            string nothingNew = BridgePayload.Build("Sim101", ExecutionPushTime, positions, null, buffer.Take(), double.NaN);
            Check(!nothingNew.Contains("executions") && !nothingNew.Contains("\"realized_pnl\""),
                "no executions and no realized P&L: both left out: " + nothingNew);
            Check(BridgePayload.Build("Sim101", ExecutionPushTime, positions, null, null, -12.345).EndsWith(",\"realized_pnl\":-12.35}"),
                "realized P&L rounded to the cent");

            ExecutionBuffer many = new ExecutionBuffer();
            for (int i = 0; i < 70; i++)
                many.Add(Fill("x-" + i, "o", "MES 12-26", i % 2 == 0 ? "BUY" : "SELL", 1, 6000.25, 15, 0, i % 60, 0.62));
            List<BridgeExecution> first = many.Take();
            Check(first.Count == ExecutionBuffer.MaxPerRequest && first[0].ExecutionId == "x-0", "at most 64 a push, oldest first");
            many.Acknowledge(first);
            Check(many.Count == 6 && many.Take()[0].ExecutionId == "x-64", "the rest go with the next push");
        }

        // ---- (b) the shared wave vectors ----
        private sealed class Lcg
        {
            private ulong state;
            public Lcg(ulong seed) { state = seed; }
            /// <summary>Uniform in [0, 1).</summary>
            public double Next()
            {
                state = unchecked(state * 6364136223846793005UL + 1442695040888963407UL);
                return (state >> 11) * (1.0 / 9007199254740992.0);
            }
        }

        private static double Tick(double price)
        {
            return Math.Round(price * 10.0, MidpointRounding.AwayFromZero) / 10.0; // MGC tick 0.1
        }

        /// <summary>A gold-like 1-minute series: two cycles (47 and 13 bars), a slow drift, noise, volume spikes.</summary>
        private static List<string> GenerateBars()
        {
            Lcg random = new Lcg(20261124UL);
            long start = (long)(new DateTime(2026, 11, 24, 14, 30, 0, DateTimeKind.Utc) - new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds;
            List<string> lines = new List<string> { "Time,Open,High,Low,Close,Volume" };
            double previousClose = 5200.0;
            for (int i = 0; i < BarCount; i++)
            {
                double drift = 2.2 * Math.Sin(2 * Math.PI * i / 47.0) + 1.1 * Math.Sin(2 * Math.PI * i / 13.0) + 0.08;
                double open = previousClose;
                double close = Tick(open + drift + (random.Next() - 0.5) * 4.0);
                double high = Tick(Math.Max(open, close) + random.Next() * 1.5);
                double low = Tick(Math.Min(open, close) - random.Next() * 1.5);
                int volume = 80 + (int)(random.Next() * 320) + (i % 37 == 0 ? 900 : 0);
                lines.Add((start + 60L * i).ToString(Inv) + "," + open.ToString("0.0", Inv) + "," + high.ToString("0.0", Inv) + ","
                    + low.ToString("0.0", Inv) + "," + close.ToString("0.0", Inv) + "," + volume.ToString(Inv));
                previousClose = close;
            }
            return lines;
        }

        private static void WriteWaveVectors(string outDir)
        {
            Console.WriteLine("WaveMath");
            string csv = Path.Combine(outDir, "wave-bars.csv");
            File.WriteAllLines(csv, GenerateBars().ToArray(), new UTF8Encoding(false));

            // Analyse what the file says (as the Java side will), not the in-memory doubles.
            List<double> closes = new List<double>();
            List<double> highs = new List<double>();
            List<double> lows = new List<double>();
            string[] lines = File.ReadAllLines(csv);
            for (int i = 1; i < lines.Length; i++)
            {
                string[] c = lines[i].Split(',');
                highs.Add(double.Parse(c[2], NumberStyles.Float, Inv));
                lows.Add(double.Parse(c[3], NumberStyles.Float, Inv));
                closes.Add(double.Parse(c[4], NumberStyles.Float, Inv));
            }
            Check(closes.Count == BarCount, BarCount + " bars written to " + csv);

            StringBuilder output = new StringBuilder();
            output.Append("# WaveMath (ninjatrader/Shared/WaveMath.cs) over the first `bars` rows of wave-bars.csv with the asset's FKS parameters\n");
            output.Append("# asset bars wave_ratio wave_ratio_max dominance current_ratio trend_speed bull_waves bear_waves bias\n");
            foreach (string asset in Assets)
            {
                AssetParams parameters = AssetParams.ForAsset(asset);
                WaveTracker tracker = new WaveTracker(parameters);
                int fed = 0;
                foreach (int prefix in Prefixes)
                {
                    while (fed < prefix)
                        tracker.Add(closes[fed++]);
                    WaveStats s = tracker.Stats();
                    WaveStats whole = WaveMath.Analyze(closes.GetRange(0, prefix), parameters);
                    if (s.WaveRatio != whole.WaveRatio || s.Dominance != whole.Dominance || s.TrendSpeed != whole.TrendSpeed)
                        Fail("incremental and whole-series analysis differ for " + asset + " at " + prefix);
                    output.Append(asset).Append(' ').Append(prefix.ToString(Inv)).Append(' ')
                        .Append(R(s.WaveRatio)).Append(' ').Append(R(s.WaveRatioMax)).Append(' ')
                        .Append(R(s.Dominance)).Append(' ').Append(R(s.CurrentRatio)).Append(' ')
                        .Append(R(s.TrendSpeed)).Append(' ')
                        .Append(s.BullWaves.ToString(Inv)).Append(' ').Append(s.BearWaves.ToString(Inv)).Append(' ')
                        .Append(s.Bias).Append('\n');
                }
            }
            File.WriteAllText(Path.Combine(outDir, "wave-ratio.cs.txt"), output.ToString(), new UTF8Encoding(false));
            Console.Write(output.ToString().Replace("\n", "\n  ").Insert(0, "  "));
            Console.WriteLine();

            WaveStats mgc = WaveMath.Analyze(closes, AssetParams.ForAsset("MGC"));
            Check(mgc.BullWaves >= 5 && mgc.BearWaves >= 5, "the series has real waves (MGC: " + mgc.BullWaves + " bull, " + mgc.BearWaves + " bear)");
            Check(WaveMath.Analyze(closes.GetRange(0, 29), AssetParams.Metals).WaveRatio == 1.0, "fewer than 30 bars -> ratio 1.0");
            double ao = WaveMath.AwesomeOscillator(highs, lows, BarCount - 1, 5, 34);
            Check(!double.IsNaN(ao) && WaveMath.AwesomeOscillator(highs, lows, 32, 5, 34) == 0.0, "AO on hl2 defined from bar 33 (last " + R(Math.Round(ao, 4)) + ")");
        }

        // ---- the send path against a real HTTP server ----
        private static int FreePort()
        {
            TcpListener probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        private static bool WaitFor(Func<bool> condition, int millis)
        {
            DateTime until = DateTime.UtcNow.AddMilliseconds(millis);
            while (DateTime.UtcNow < until)
            {
                if (condition())
                    return true;
                Thread.Sleep(10);
            }
            return condition();
        }

        private static void CheckSender()
        {
            Console.WriteLine("BridgeSender (in-process HttpListener)");
            int port = FreePort();
            string url = "http://127.0.0.1:" + port + "/positions/update";
            HttpListener server = new HttpListener();
            server.Prefixes.Add("http://127.0.0.1:" + port + "/");
            server.Start();
            string receivedKey = null, receivedBody = null, receivedType = null, receivedPath = null;
            int requests = 0;
            bool stall = false;
            Thread serve = new Thread(() =>
            {
                while (server.IsListening)
                {
                    HttpListenerContext ctx;
                    try { ctx = server.GetContext(); } catch (Exception) { return; }
                    Interlocked.Increment(ref requests);
                    using (StreamReader reader = new StreamReader(ctx.Request.InputStream, Encoding.UTF8))
                        receivedBody = reader.ReadToEnd();
                    receivedKey = ctx.Request.Headers["X-API-Key"];
                    receivedType = ctx.Request.ContentType;
                    receivedPath = ctx.Request.Url.AbsolutePath;
                    if (stall)
                    {
                        Thread.Sleep(2500);
                        try { ctx.Response.Abort(); } catch (Exception) { }
                        continue;
                    }
                    bool authorised = receivedKey == "s3cret";
                    string answer = authorised
                        ? "{\"accepted\":true,\"journal_index\":7,\"risk\":{\"can_trade\":false,\"block_reason\":\"max daily loss\",\"warnings\":[]},\"open_positions\":2}"
                        : "{\"error\":\"missing or wrong X-API-Key\",\"status\":401,\"field\":\"X-API-Key\"}";
                    byte[] bytes = Encoding.UTF8.GetBytes(answer);
                    ctx.Response.StatusCode = authorised ? 200 : 401;
                    ctx.Response.ContentType = "application/json";
                    ctx.Response.ContentLength64 = bytes.Length;
                    ctx.Response.OutputStream.Write(bytes, 0, bytes.Length);
                    ctx.Response.Close();
                }
            });
            serve.IsBackground = true;
            serve.Start();

            List<string> logged = new List<string>();
            Action<string> log = line => { lock (logged) logged.Add(line); };
            string payload = BridgePayload.Build("Sim101", PayloadTime, FixedPositions(), null);
            int callbacks = 0;

            using (BridgeSender sender = new BridgeSender(url, "s3cret", TimeSpan.FromSeconds(1), new ErrorThrottle(), log,
                v => Interlocked.Increment(ref callbacks)))
            {
                DateTime before = DateTime.UtcNow;
                sender.Send(payload);
                Check((DateTime.UtcNow - before).TotalMilliseconds < 500, "Send returns at once (fire-and-forget)");
                Check(WaitFor(() => sender.LastVerdict != null, 5000), "an answer arrives");
                RiskVerdict v = sender.LastVerdict;
                Check(receivedKey == "s3cret" && receivedPath == "/positions/update" && receivedType != null && receivedType.StartsWith("application/json"),
                    "POST /positions/update with X-API-Key and application/json (" + receivedType + ")");
                Check(receivedBody == payload, "body is the payload");
                Check(v != null && v.IsBlocked && v.ChartText() == "RISK BLOCK: max daily loss", "verdict read back: '" + (v == null ? "null" : v.ChartText()) + "'");
                Check(WaitFor(() => Volatile.Read(ref callbacks) == 1, 2000), "verdict callback ran once");
                int acknowledged = 0;
                sender.Send(payload, () => Interlocked.Increment(ref acknowledged));
                Check(WaitFor(() => Volatile.Read(ref acknowledged) == 1, 5000), "an accepted push runs its acknowledgement once");

                // Many snapshots while one is in flight: at most one waits, the latest is the last one sent.
                int before2 = Volatile.Read(ref requests);
                for (int i = 0; i < 20; i++)
                    sender.Send(BridgePayload.Build("Sim101", PayloadTime.AddSeconds(i), FixedPositions(), null));
                Check(WaitFor(() => receivedBody != null && receivedBody.Contains("14:31:24Z"), 5000), "the latest snapshot is delivered last");
                int sentBurst = Volatile.Read(ref requests) - before2;
                Check(sentBurst >= 1 && sentBurst <= 20, "burst of 20 coalesced into " + sentBurst + " request(s)");
            }

            using (BridgeSender wrongKey = new BridgeSender(url, "", TimeSpan.FromSeconds(1), new ErrorThrottle(), log, null))
            {
                int refusedAcks = 0;
                wrongKey.Send(payload, () => Interlocked.Increment(ref refusedAcks));
                Check(WaitFor(() => wrongKey.LastVerdict != null, 5000) && !wrongKey.LastVerdict.Accepted
                      && wrongKey.LastVerdict.ChartText() == "BRIDGE ERROR (HTTP 401): missing or wrong X-API-Key",
                    "no key -> '" + (wrongKey.LastVerdict == null ? "null" : wrongKey.LastVerdict.ChartText()) + "'");
                Check(Volatile.Read(ref refusedAcks) == 0, "a refused push acknowledges nothing (its executions stay pending)");
            }

            stall = true;
            using (BridgeSender slow = new BridgeSender(url, "s3cret", TimeSpan.FromSeconds(1), new ErrorThrottle(), log, null))
            {
                DateTime sentAt = DateTime.UtcNow;
                slow.Send(payload);
                Check(WaitFor(() => slow.LastVerdict != null, 4000) && !slow.LastVerdict.Accepted && slow.LastVerdict.HttpStatus == 0,
                    "a hung server times out after 1 s: '" + (slow.LastVerdict == null ? "null" : slow.LastVerdict.ChartText()) + "' after "
                    + (int)(DateTime.UtcNow - sentAt).TotalMilliseconds + " ms");
            }
            stall = false;
            server.Stop();
            server.Close();

            int closedPort = FreePort();
            using (BridgeSender down = new BridgeSender("http://127.0.0.1:" + closedPort + "/positions/update", "", TimeSpan.FromSeconds(1),
                new ErrorThrottle(), log, null))
            {
                down.Send(payload);
                down.Send(payload);
                Check(WaitFor(() => down.LastVerdict != null, 4000) && !down.LastVerdict.Accepted && down.LastVerdict.HttpStatus == 0,
                    "server down -> '" + (down.LastVerdict == null ? "null" : down.LastVerdict.ChartText()) + "'");
                down.Dispose();
                Check(!down.Send(payload), "nothing is sent after Dispose (State.Terminated)");
            }
            lock (logged)
            {
                Check(logged.Count >= 2 && logged.TrueForAll(l => l.StartsWith("[FKS] bridge")), logged.Count + " throttled error line(s) logged, e.g. " + (logged.Count > 0 ? logged[0] : "-"));
            }
            bool threw = false;
            try { new BridgeSender("127.0.0.1:8000/positions/update", "", TimeSpan.FromSeconds(1), null, null, null); }
            catch (ArgumentException) { threw = true; }
            Check(threw, "a URL without http:// is refused with a clear message");
        }
    }
}
