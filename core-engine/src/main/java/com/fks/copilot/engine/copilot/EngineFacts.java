package com.fks.copilot.engine.copilot;

import com.fks.copilot.engine.analytics.OrbStatus;
import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.notrade.NoTradeReason;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.risk.RiskVerdict;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.engine.state.FocusState;
import com.fks.copilot.engine.state.MarketState;
import com.fks.copilot.engine.state.OrbState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
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
    private static final DateTimeFormatter MARKET_TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'ET'").withZone(EasternTime.ZONE);

    /**
     * The facts from engine state: the engine's own (at the CLOCK that made a summary due) or copies
     * a reader took from the Chronicle Maps. Arrays are indexed by instrument; a null entry is a
     * contract the state holds nothing for yet. Allocates: every 15 minutes, never per tick.
     *
     * @param sessionMode {@code SessionMode} ordinal, -1 before the first clock
     * @param noTradeMask the no-trade verdict ({@code NoTradeReason} bits), -1 before the first
     * @param rules       the risk rules in force, whose limits the block reasons name
     */
    public static EngineFacts of(long timeNanos, int sessionMode, MarketState[] markets, FocusState[] plan,
                                 OrbState[] orbs, RiskVerdict standing, int noTradeMask,
                                 RiskRules rules) {
        List<AssetFacts> focus = new ArrayList<>();
        List<String> orbLines = new ArrayList<>();
        for (Instrument spec : Instruments.all()) {
            int i = spec.index();
            OrbState orb = orbs[i] != null && orbs[i].status >= 0 ? orbs[i] : null;
            if (plan[i] != null && plan[i].computed() && plan[i].focusAsset) {
                focus.add(AssetFacts.of(spec, plan[i], markets[i], orb));
            }
            if (orb != null && Double.isFinite(orb.orHigh)) {
                orbLines.add(orbLine(spec, orb));
            }
        }
        focus.sort(Comparator.comparingInt(AssetFacts::rank));
        String session = sessionMode < 0 ? "UNKNOWN" : SessionMode.values()[sessionMode].label();
        List<String> noTrade = NoTradeReason.in(Math.max(noTradeMask, 0)).stream().map(NoTradeReason::text).toList();
        return new EngineFacts(timeNanos, timeNanos <= 0 ? "—" : MARKET_TIME.format(Instant.ofEpochSecond(0, timeNanos)),
                session, List.copyOf(focus), RiskFacts.of(standing, rules), noTrade, List.copyOf(orbLines));
    }

    /** "GOLD range 5190.0–5210.0, long above 5215.0, short below 5185.0 (BREAKOUT LONG), LONG breakout at 5216.0". */
    private static String orbLine(Instrument spec, OrbState orb) {
        String line = AssetFacts.labelOf(spec) + " range " + level(orb.orLow, spec) + "–" + level(orb.orHigh, spec)
                + ", long above " + level(orb.longTrigger, spec) + ", short below " + level(orb.shortTrigger, spec)
                + " (" + OrbStatus.values()[orb.status].name().replace('_', ' ') + ")";
        if (orb.breakoutDay >= 0) {
            line += ", " + (orb.breakoutDirection > 0 ? "LONG" : "SHORT") + " breakout at " + level(orb.breakoutPrice, spec);
        }
        return line;
    }

    private static String level(double points, Instrument spec) {
        return Double.isFinite(points) ? BigDecimal.valueOf(points).setScale(spec.decimals(), RoundingMode.HALF_UP).toPlainString() : "—";
    }
}
