package com.fks.copilot.engine.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Things the trader should know that do not block an entry; one bit each of a verdict's {@code warnings}.
 * Texts are made from the {@link RiskRules} in force, like {@link RiskBlock}'s.
 */
public enum RiskWarning {
    OVERNIGHT(rules -> "Open position after " + RiskRules.clockText(rules.overnightWarningMinute())
            + " ET: flatten before the session ends (no overnight)"),
    NO_STOP(rules -> "No stop given: risk per trade not checked"),
    DAILY_LOSS_HALF(rules -> "Daily loss past half the limit"),
    POSITION_RISK_HIGH(rules -> "Open risk above " + RiskRules.OPEN_RISK_WARNING_PERCENT + "% of the account"),
    POSITION_WITHOUT_STOP(rules -> "Open position without a known stop: its risk is not counted");

    private final Function<RiskRules, String> text;

    RiskWarning(Function<RiskRules, String> text) {
        this.text = text;
    }

    public int bit() {
        return 1 << ordinal();
    }

    /** The warning as the trader reads it, naming the limits of {@code rules}. */
    public String text(RiskRules rules) {
        return text.apply(rules);
    }

    public static List<String> texts(int mask, RiskRules rules) {
        List<String> texts = new ArrayList<>();
        for (RiskWarning warning : values()) {
            if ((mask & warning.bit()) != 0) {
                texts.add(warning.text(rules));
            }
        }
        return texts;
    }
}
