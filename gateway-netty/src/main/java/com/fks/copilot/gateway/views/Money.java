package com.fks.copilot.gateway.views;

/** Cents as the trader reads dollars: {@code +$1,250.50}, {@code -$500.00}, {@code $0.00}. */
public final class Money {
    private Money() {
    }

    public static String dollars(long cents) {
        String sign = cents > 0 ? "+" : cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return String.format("%s$%,d.%02d", sign, abs / 100, abs % 100);
    }

    /** An amount without a sign, for limits: {@code $375.00}. */
    public static String amount(long cents) {
        return dollars(Math.abs(cents)).replace("+", "");
    }
}
