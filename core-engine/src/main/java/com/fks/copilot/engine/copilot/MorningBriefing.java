package com.fks.copilot.engine.copilot;

import com.fks.copilot.engine.analytics.EntryPlan;
import com.fks.copilot.engine.analytics.OpeningRange;
import com.fks.copilot.engine.analytics.VolatilityRegime;
import com.fks.copilot.engine.notrade.NoTradeReason;
import com.fks.copilot.engine.notrade.NoTradeRules;
import com.fks.copilot.engine.orb.OrbDesk;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.session.EasternTime;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.engine.state.FocusState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The detailed morning briefing the original kept apart from the compact live update (TASK-601),
 * made from engine facts alone when Grok has not written one: per focus asset the plan, the
 * wave/volatility reading and what cancels the plan; the NO TRADE verdict and what would call it;
 * risk; the opening range; the day's calendar (ET); and the compact summary's {@code DO NOW}. Pure:
 * the same facts and rules give the same text byte for byte (its clock is the facts' event time),
 * so a replayed day reads the same briefing. Its status lines and DO NOW are {@link CompactSummary}'s.
 */
public final class MorningBriefing {
    public static final String TITLE = "MORNING BRIEFING";
    private static final int PERCENT = 100;

    private MorningBriefing() {
    }

    public static String of(EngineFacts facts, RiskRules rules) {
        StringBuilder text = new StringBuilder();
        text.append(TITLE).append(' ').append(facts.marketTime()).append(" (").append(facts.session()).append(")\n");
        text.append("\nPLAN, best first\n");
        if (facts.focus().isEmpty()) {
            text.append(CompactSummary.NO_PLAN).append('\n');
        }
        for (AssetFacts asset : facts.focus()) {
            asset(text, asset, rules);
        }
        noTrade(text, facts.noTrade());
        risk(text, facts.risk(), rules);
        text.append("\nOPENING RANGE (").append(RiskRules.clockText(OpeningRange.OPEN_MINUTE)).append('–')
                .append(RiskRules.clockText(OpeningRange.CLOSE_MINUTE)).append(" ET)")
                .append(facts.orbLines().isEmpty() ? ": not formed yet" : "").append('\n');
        for (String line : facts.orbLines()) {
            text.append("- ").append(line).append('\n');
        }
        calendar(text, facts.timeNanos(), rules);
        text.append('\n').append(CompactSummary.DO_NOW).append(' ').append(CompactSummary.doNow(facts));
        return text.toString();
    }

    /** Four lines: the heading, the compact status line, the plan with its size and risk, the reading; then what cancels it. */
    static void asset(StringBuilder text, AssetFacts a, RiskRules rules) {
        text.append(a.rank()).append(". ").append(a.label()).append(" (").append(a.spec().symbol()).append(") ")
                .append(bias(a.bias())).append(", quality ").append(percent(a.quality())).append("%\n");
        text.append("   Now: ").append(CompactSummary.statusLine(a)).append('\n');
        String side = a.bias() == FocusState.LONG ? "buy " : a.bias() == FocusState.SHORT ? "sell " : "range ";
        long riskCents = Double.isFinite(a.riskDollars()) ? Math.round(a.riskDollars() * PERCENT) : 0;
        text.append("   Plan: ").append(side).append(CompactSummary.level(a.entryLow(), a)).append('–')
                .append(CompactSummary.level(a.entryHigh(), a)).append(", stop ").append(CompactSummary.level(a.stop(), a))
                .append(", TP1 ").append(CompactSummary.level(a.target1(), a)).append(", TP2 ")
                .append(CompactSummary.level(a.target2(), a)).append("; ").append(a.contracts()).append(a.contracts() == 1 ? " micro, " : " micros, ")
                .append(RiskFacts.amount(riskCents)).append(" at risk");
        if (rules.exceedsTradeRisk(riskCents)) {
            text.append(" (above the ").append(RiskFacts.amount(rules.maxRiskPerTradeCents()))
                    .append(" a trade may risk: the risk check refuses it)");
        }
        text.append('\n');
        text.append("   Reading: ").append(reading(a, rules)).append('\n');
        text.append("   ").append(cancels(a)).append('\n');
    }

    /** Wave ratio and volatility as the plan used them: zone width, stacking, the NO TRADE threshold. */
    static String reading(AssetFacts a, RiskRules rules) {
        if (!Double.isFinite(a.waveRatio()) || !Double.isFinite(a.volPercentile())) {
            return "no wave or volatility reading yet";
        }
        double wave = a.waveRatio();
        StringBuilder reading = new StringBuilder("wave ratio ").append(CompactSummary.round(wave, 2)).append(" (")
                .append(wave > 1 ? "bull waves outrun bear waves" : wave < 1 ? "bear waves outrun bull waves" : "waves even")
                .append(wave > EntryPlan.STRONG_WAVE_RATIO ? "; strong: a narrow zone" : "");
        if (wave >= rules.stackMinWaveRatio()) {
            reading.append("; adding from +").append(CompactSummary.round(rules.stackMinR(), 1)).append("R allowed");
        }
        double vol = a.volPercentile();
        reading.append("), volatility ").append(percentile(vol)).append(" percentile (")
                .append(VolatilityRegime.fromPercentile(vol).label())
                .append(vol > NoTradeRules.EXTREME_VOL_PERCENTILE ? ": extreme, NO TRADE" : "").append(')');
        return reading.toString();
    }

    /** What would cancel the plan, or why there is none to cancel. */
    static String cancels(AssetFacts a) {
        String stop = CompactSummary.level(a.stop(), a);
        String extreme = "volatility above the " + percentile(NoTradeRules.EXTREME_VOL_PERCENTILE) + " percentile (NO TRADE)";
        String lowQuality = "quality below " + percent(NoTradeRules.MIN_QUALITY) + "% at the next plan";
        return switch (CompactSummary.check(a)) {
            case VALID -> "Cancelled by: a trade at or " + (a.bias() == FocusState.LONG ? "below " : "above ") + stop
                    + " (the stop); " + lowQuality + "; " + extreme + ".";
            case INVALID -> "Cancelled now: " + CompactSummary.level(a.last(), a) + " is through the " + stop
                    + " stop; the idea stands again only if price reclaims " + stop + ".";
            case SKIP -> "No trade: the plan says skip (quality " + percent(a.quality()) + "% is below "
                    + percent(NoTradeRules.MIN_QUALITY) + "%).";
            case NONE -> Double.isFinite(a.longTrigger()) && Double.isFinite(a.shortTrigger())
                    ? "No direction: only an opening-range breakout, long above " + CompactSummary.level(a.longTrigger(), a)
                    + " or short below " + CompactSummary.level(a.shortTrigger(), a) + "."
                    : "No direction: stand aside until the opening range gives triggers.";
        };
    }

    /** The verdict with its reasons, then what else would call it. */
    static void noTrade(StringBuilder text, List<String> fired) {
        text.append('\n');
        if (fired.isEmpty()) {
            text.append("NO TRADE: clear\n");
        } else {
            text.append("NO TRADE: stand aside, no new trades\n");
            for (String reason : fired) {
                text.append("- ").append(reason).append('\n');
            }
        }
        List<String> others = new ArrayList<>();
        for (NoTradeReason reason : NoTradeReason.values()) {
            if (!fired.contains(reason.text())) {
                others.add(reason.text());
            }
        }
        if (!others.isEmpty()) {
            text.append(fired.isEmpty() ? "It would be called by: " : "Also called by: ").append(String.join("; ", others)).append('\n');
        }
    }

    static void risk(StringBuilder text, RiskFacts risk, RiskRules rules) {
        text.append("\nRISK: ").append(risk.canTrade() ? "entries allowed" : "entries BLOCKED: " + risk.blockReason())
                .append("; daily P&L ").append(risk.dailyPnl()).append(" (stop at -").append(RiskFacts.amount(rules.maxDailyLossCents()))
                .append("); open positions ").append(risk.openPositions()).append(" of ").append(rules.maxOpenTrades())
                .append("; losing trades in a row ").append(risk.consecutiveLosses()).append("; ")
                .append(RiskFacts.amount(rules.maxRiskPerTradeCents())).append(" a trade\n");
        for (String warning : risk.warnings()) {
            text.append("- warning: ").append(warning).append('\n');
        }
    }

    /** The day's times (ET), in order; those already past at the facts' event time are marked. */
    static void calendar(StringBuilder text, long timeNanos, RiskRules rules) {
        Map<Integer, List<String>> day = new TreeMap<>();
        add(day, SessionMode.DATA_RELEASE_MINUTE, "economic data: a burst of volume, let it settle");
        add(day, OpeningRange.OPEN_MINUTE, "cash open: the opening range starts");
        add(day, OpeningRange.CLOSE_MINUTE, "opening range closes, breakout triggers set");
        add(day, rules.entryCutoffMinute(), "entry cutoff: no new entries");
        add(day, OrbDesk.LAST_MINUTE, "last opening-range breakout check");
        add(day, rules.overnightWarningMinute(), "overnight warning while positions are open");
        add(day, rules.sessionEndMinute(), "end of the active session: no new trades");
        int now = timeNanos <= 0 ? -1 : new EasternTime().minuteOfDay(timeNanos);
        text.append("\nTODAY (ET)\n");
        for (Map.Entry<Integer, List<String>> entry : day.entrySet()) {
            text.append(RiskRules.clockText(entry.getKey())).append(' ').append(String.join("; ", entry.getValue()))
                    .append(now >= entry.getKey() ? " (passed)" : "").append('\n');
        }
    }

    private static void add(Map<Integer, List<String>> day, int minute, String what) {
        day.computeIfAbsent(minute, key -> new ArrayList<>()).add(what);
    }

    private static String bias(byte bias) {
        return bias == FocusState.LONG ? "LONG " + CompactSummary.emoji(bias) : bias == FocusState.SHORT
                ? "SHORT " + CompactSummary.emoji(bias) : "NEUTRAL " + CompactSummary.emoji(bias);
    }

    private static String percent(double share) {
        return CompactSummary.round(share * PERCENT, 0);
    }

    /** A share as an ordinal percentile: 0.45 → "45th", 0.01 → "1st", 0.92 → "92nd", 0.13 → "13th"; "—" when unknown. */
    static String percentile(double share) {
        if (!Double.isFinite(share)) {
            return "—";
        }
        long n = Math.round(share * PERCENT);
        long lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
