// FKS Co-Pilot — shared NinjaScript logic (plain C# 7.2, no NinjaTrader types).
using System;
using System.Collections.Generic;

namespace NinjaTrader.NinjaScript.AddOns.FksCopilot
{
    /// <summary>
    /// Work that other threads (account events, HTTP answers) hand to the NinjaScript thread: a bounded
    /// Queue&lt;Action&gt; filled from any thread and drained only in OnBarUpdate. When full, new work is dropped.
    /// </summary>
    public sealed class ActionQueue
    {
        private readonly Queue<Action> pending = new Queue<Action>();
        private readonly object gate = new object();
        private readonly int capacity;

        public ActionQueue(int capacity)
        {
            this.capacity = capacity;
        }

        /// <summary>Any thread.</summary>
        public void Enqueue(Action action)
        {
            lock (gate)
            {
                if (pending.Count < capacity)
                    pending.Enqueue(action);
            }
        }

        /// <summary>NinjaScript thread only: runs everything queued; a failing action is reported, the rest still run.</summary>
        public void Drain(Action<string, Exception> report)
        {
            Action[] actions;
            lock (gate)
            {
                if (pending.Count == 0)
                    return;
                actions = pending.ToArray();
                pending.Clear();
            }
            foreach (Action action in actions)
            {
                try
                {
                    action();
                }
                catch (Exception e)
                {
                    report("queued action", e);
                }
            }
        }

        public void Clear()
        {
            lock (gate)
            {
                pending.Clear();
            }
        }
    }
}
