package com.fks.copilot.gateway.grok;

import java.util.List;

/**
 * Everything a co-pilot summary may say, read from engine state (focus, risk, ORB, no-trade) at
 * the event time the schedule asked for it. Nothing else goes into a prompt.
 *
 * @param timeNanos   the event time the facts speak for, epoch nanos
 * @param marketTime  the same, as the trader reads it ("09:45:00 ET")
 * @param session     the session mode label ("ACTIVE")
 * @param focus       the day's focus assets, best first; empty before the plan exists
 * @param noTrade     the no-trade verdict's reasons, primary first; empty when clear
 * @param orbLines    one line per contract with an opening range, e.g. "GOLD range 5190.0–5210.0, …"
 */
public record EngineFacts(long timeNanos, String marketTime, String session, List<AssetFacts> focus, RiskFacts risk,
                          List<String> noTrade, List<String> orbLines) {
}
