package com.fks.copilot.engine.copilot;

import com.fks.copilot.engine.state.FocusState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The compact live update (TASK-601), made from engine facts alone: one status line per focus
 * asset, {@code GOLD 🟢 5212 (+4) | Bias VALID | Watch 5225}, then one {@code DO NOW:} sentence;
 * never more than {@link #MAX_LINES} lines. Pure: same facts, same text.
 */
public final class CompactSummary {
    public static final int MAX_LINES = 8;
    public static final String DO_NOW = "DO NOW:";
    static final String NO_PLAN = "No focus assets yet: the daily plan needs 30 five-minute bars.";
    /** Lines left for assets once DO NOW has its line (the plan names four focus assets). */
    private static final int MAX_ASSET_LINES = MAX_LINES - 1;

    private CompactSummary() {
    }

    /** Whether a long/short idea still stands at the current price. */
    enum BiasCheck {
        /** Price has not gone through the plan's stop. */
        VALID,
        /** Price is through the stop: the idea is dead until price reclaims it. */
        INVALID,
        /** The plan has no direction for it (neutral). */
        NONE,
        /** The plan says skip today (quality below 55%). */
        SKIP
    }

    public static String of(EngineFacts facts) {
        List<String> lines = new ArrayList<>();
        if (facts.focus().isEmpty()) {
            lines.add(NO_PLAN);
        }
        for (AssetFacts asset : facts.focus()) {
            if (lines.size() < MAX_ASSET_LINES) {
                lines.add(statusLine(asset));
            }
        }
        lines.add(DO_NOW + " " + doNow(facts));
        return String.join("\n", lines);
    }

    /** {@code GOLD 🟢 5212 (+4) | Bias VALID | Watch 5225}. */
    static String statusLine(AssetFacts asset) {
        return asset.label() + " " + emoji(asset.bias()) + " " + compact(asset.last(), asset) + " ("
                + signed(asset.change(), asset) + ") | Bias " + check(asset) + " | Watch " + compact(watch(asset), asset);
    }

    static BiasCheck check(AssetFacts asset) {
        if (asset.bias() == FocusState.NEUTRAL) {
            return BiasCheck.NONE;
        }
        if (asset.skip()) {
            return BiasCheck.SKIP;
        }
        boolean stopped = asset.bias() == FocusState.LONG ? asset.last() <= asset.stop() : asset.last() >= asset.stop();
        return stopped ? BiasCheck.INVALID : BiasCheck.VALID;
    }

    /**
     * The one level that matters now. With a standing idea: the stop while price sits on the wrong
     * side of the entry zone, else the next target. A dead idea: the stop price must reclaim. No
     * direction: the nearer ORB trigger, or else the nearer edge of the plan's range.
     */
    static double watch(AssetFacts a) {
        BiasCheck check = check(a);
        if (check == BiasCheck.INVALID) {
            return a.stop();
        }
        if (check == BiasCheck.VALID && a.bias() == FocusState.LONG) {
            return a.last() < a.entryLow() ? a.stop() : a.last() <= a.target1() ? a.target1() : a.target2();
        }
        if (check == BiasCheck.VALID) {
            return a.last() > a.entryHigh() ? a.stop() : a.last() >= a.target1() ? a.target1() : a.target2();
        }
        if (Double.isFinite(a.longTrigger()) && Double.isFinite(a.shortTrigger())) {
            return nearer(a.last(), a.longTrigger(), a.shortTrigger());
        }
        return nearer(a.last(), a.entryHigh(), a.entryLow());
    }

    /** One sentence, most urgent first: no-trade, risk block, no plan, then the best standing idea. */
    static String doNow(EngineFacts facts) {
        if (!facts.noTrade().isEmpty()) {
            return "Stand aside, no new trades: " + facts.noTrade().get(0) + ".";
        }
        if (!facts.risk().canTrade()) {
            return "No new entries: " + facts.risk().blockReason() + ".";
        }
        if (facts.focus().isEmpty()) {
            return "Wait for the daily plan before taking any trade.";
        }
        for (AssetFacts asset : facts.focus()) {
            if (check(asset) == BiasCheck.VALID) {
                return action(asset);
            }
        }
        return "No focus asset has a standing bias: stay flat until the next plan.";
    }

    private static String action(AssetFacts a) {
        boolean longIdea = a.bias() == FocusState.LONG;
        String zone = level(a.entryLow(), a) + "–" + level(a.entryHigh(), a);
        String side = longIdea ? "buy" : "sell";
        boolean inZone = a.last() >= a.entryLow() && a.last() <= a.entryHigh();
        if (inZone) {
            return a.label() + " is in its " + zone + " " + side + " zone: " + (longIdea ? "long " : "short ")
                    + a.contracts() + " with stop " + level(a.stop(), a) + ", first target " + level(a.target1(), a) + ".";
        }
        boolean chasing = longIdea ? a.last() > a.entryHigh() : a.last() < a.entryLow();
        if (chasing) {
            return "Let " + a.label() + " come back to " + zone + " before you " + side + "; do not chase.";
        }
        return a.label() + " is on the stop side of its " + side + " zone: wait for it to reclaim "
                + level(longIdea ? a.entryLow() : a.entryHigh(), a) + ", stop " + level(a.stop(), a) + ".";
    }

    /** Whether a text keeps the compact form: at most 8 lines, a line per focus asset, and a DO NOW line. */
    public static boolean isCompact(String text, List<AssetFacts> focus) {
        List<String> lines = lines(text);
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            return false;
        }
        if (lines.stream().noneMatch(CompactSummary::isDoNow)) {
            return false;
        }
        for (AssetFacts asset : focus.subList(0, Math.min(focus.size(), MAX_ASSET_LINES))) {
            String label = asset.label().toUpperCase(Locale.ROOT);
            if (lines.stream().noneMatch(line -> words(line).startsWith(label))) {
                return false;
            }
        }
        return true;
    }

    /** The non-blank lines, trimmed. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static boolean isDoNow(String line) {
        return words(line).startsWith(DO_NOW.substring(0, DO_NOW.length() - 1));
    }

    /** The line from its first letter, upper case: a model may lead with "- ", "**" or an emoji. */
    private static String words(String line) {
        int start = 0;
        while (start < line.length() && !Character.isLetter(line.charAt(start))) {
            start++;
        }
        return line.substring(start).toUpperCase(Locale.ROOT);
    }

    static String emoji(byte bias) {
        return bias == FocusState.LONG ? "🟢" : bias == FocusState.SHORT ? "🔴" : "⚪";
    }

    private static double nearer(double price, double a, double b) {
        return Math.abs(a - price) <= Math.abs(b - price) ? a : b;
    }

    /** A trader reads gold and the indexes in whole points, the rest in the contract's decimals. */
    private static int compactDecimals(double price, AssetFacts asset) {
        return Math.abs(price) >= 1000 ? 0 : asset.spec().decimals();
    }

    private static String compact(double price, AssetFacts asset) {
        return round(price, compactDecimals(asset.last(), asset));
    }

    private static String signed(double change, AssetFacts asset) {
        String text = round(change, compactDecimals(asset.last(), asset));
        return text.startsWith("-") ? text : "+" + text;
    }

    /** A level in the contract's own decimals, as the plan shows it. */
    static String level(double price, AssetFacts asset) {
        return round(price, asset.spec().decimals());
    }

    static String round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "—";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? rounded.abs().toPlainString() : rounded.toPlainString();
    }
}
