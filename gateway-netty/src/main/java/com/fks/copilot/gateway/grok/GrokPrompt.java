package com.fks.copilot.gateway.grok;

import com.fks.copilot.engine.copilot.AssetFacts;
import com.fks.copilot.engine.copilot.CompactSummary;
import com.fks.copilot.engine.copilot.EngineFacts;
import com.fks.copilot.engine.copilot.RiskFacts;
import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryText;
import com.fks.copilot.engine.state.FocusState;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What is sent to Grok: a system message fixing the form, and a user message holding the engine
 * facts (focus, risk, ORB, no-trade) and nothing else. Temperature and token budgets are the
 * original system's (MARKET.md): 0.3; 3000 tokens for the morning briefing, 350 for the compact update.
 */
public record GrokPrompt(byte kind, String system, String user, double temperature, int maxTokens) {
    public static final double TEMPERATURE = 0.3;
    public static final int BRIEFING_MAX_TOKENS = 3000;
    public static final int COMPACT_MAX_TOKENS = 350;
    /** A briefing must fit the journaled summary; leave room for multi-byte characters. */
    private static final int BRIEFING_MAX_CHARACTERS = SummaryText.CAPACITY * 3 / 4;

    private static final String ROLE = "You are the co-pilot of a futures day trader who trades CME micro contracts "
            + "(gold MGC, Nasdaq MNQ, S&P MES, crude MCL, silver SIL, copper MHG). Use only the facts given; never invent "
            + "prices or news. Prices are contract prices as quoted.";

    public static GrokPrompt of(byte kind, EngineFacts facts) {
        return kind == GrokKind.BRIEFING ? briefing(facts) : live(facts);
    }

    /** The 15-minute live update: the compact form, with the locally made draft as the starting point. */
    public static GrokPrompt live(EngineFacts facts) {
        String system = ROLE + "\nAnswer with the live update in at most " + CompactSummary.MAX_LINES + " lines of plain text, "
                + "no markdown, no preamble:\n"
                + "- one status line per focus asset, exactly in the form `GOLD 🟢 5212 (+4) | Bias VALID | Watch 5225` "
                + "(name, bias emoji, price, change since the open, whether the bias still holds, the one level to watch);\n"
                + "- then one line `DO NOW: ` followed by one actionable sentence.";
        String user = facts(facts) + "\nDraft computed from the same facts (improve it, keep its form):\n"
                + CompactSummary.of(facts);
        return new GrokPrompt(GrokKind.LIVE, system, user, TEMPERATURE, COMPACT_MAX_TOKENS);
    }

    /** The PRE-MARKET morning briefing: detailed, but within what the journal keeps. */
    public static GrokPrompt briefing(EngineFacts facts) {
        String system = ROLE + "\nWrite the pre-market morning briefing in plain text, at most " + BRIEFING_MAX_CHARACTERS
                + " characters: for each focus asset the bias, entry zone, stop, targets and what would invalidate the idea; "
                + "the day's risk budget and anything that argues for not trading; the plan for the 09:30–10:00 ET opening "
                + "range. End with one line `DO NOW: ` and one sentence for the first hour.";
        return new GrokPrompt(GrokKind.BRIEFING, system, facts(facts), TEMPERATURE, BRIEFING_MAX_TOKENS);
    }

    /** The engine facts as text, one fact per line. */
    static String facts(EngineFacts facts) {
        StringBuilder text = new StringBuilder();
        text.append("Market time: ").append(facts.marketTime()).append(" (").append(facts.session()).append(")\n");
        text.append("Focus assets, best first:");
        if (facts.focus().isEmpty()) {
            text.append(" none yet (the daily plan needs 30 five-minute bars)");
        }
        text.append('\n');
        for (AssetFacts a : facts.focus()) {
            text.append(a.rank()).append(". ").append(a.label()).append(" (").append(a.spec().symbol()).append(") ")
                    .append(bias(a.bias())).append(a.skip() ? " (plan says skip: quality below 55%)" : "")
                    .append(", quality ").append(round(a.quality() * 100, 0)).append("%, last ").append(level(a.last(), a))
                    .append(" (").append(a.change() >= 0 ? "+" : "").append(level(a.change(), a)).append(" since the open)")
                    .append(", entry ").append(level(a.entryLow(), a)).append("–").append(level(a.entryHigh(), a))
                    .append(", stop ").append(level(a.stop(), a)).append(", TP1 ").append(level(a.target1(), a))
                    .append(", TP2 ").append(level(a.target2(), a)).append(", size ").append(a.contracts()).append(" micros\n");
        }
        RiskFacts risk = facts.risk();
        text.append("Risk: ").append(risk.canTrade() ? "entries allowed" : "BLOCKED: " + risk.blockReason())
                .append("; daily P&L ").append(risk.dailyPnl()).append("; open positions ").append(risk.openPositions())
                .append("; losses in a row ").append(risk.consecutiveLosses());
        for (String warning : risk.warnings()) {
            text.append("; warning: ").append(warning);
        }
        text.append('\n');
        text.append("No-trade verdict: ").append(facts.noTrade().isEmpty() ? "clear" : "NO TRADE: " + String.join("; ", facts.noTrade()))
                .append('\n');
        text.append("Opening range:").append(facts.orbLines().isEmpty() ? " not formed yet" : "").append('\n');
        for (String line : facts.orbLines()) {
            text.append("- ").append(line).append('\n');
        }
        return text.toString();
    }

    private static String bias(byte bias) {
        return bias == FocusState.LONG ? "LONG" : bias == FocusState.SHORT ? "SHORT" : "NEUTRAL";
    }

    private static String level(double value, AssetFacts asset) {
        return round(value, asset.spec().decimals());
    }

    private static String round(double value, int decimals) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString() : "—";
    }
}
