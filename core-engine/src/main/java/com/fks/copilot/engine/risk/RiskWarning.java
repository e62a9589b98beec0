package com.fks.copilot.engine.risk;

import java.util.ArrayList;
import java.util.List;

/** Things the trader should know that do not block an entry; one bit each of a verdict's {@code warnings}. */
public enum RiskWarning {
    OVERNIGHT("Open position after 11:30 ET: flatten before the session ends (no overnight)"),
    NO_STOP("No stop given: risk per trade not checked"),
    DAILY_LOSS_HALF("Daily loss past half the limit"),
    POSITION_RISK_HIGH("Open risk above 5% of the account"),
    POSITION_WITHOUT_STOP("Open position without a known stop: its risk is not counted");

    private final String text;

    RiskWarning(String text) {
        this.text = text;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public String text() {
        return text;
    }

    public static List<String> texts(int mask) {
        List<String> texts = new ArrayList<>();
        for (RiskWarning warning : values()) {
            if ((mask & warning.bit()) != 0) {
                texts.add(warning.text);
            }
        }
        return texts;
    }
}
