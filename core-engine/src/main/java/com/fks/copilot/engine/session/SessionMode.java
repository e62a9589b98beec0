package com.fks.copilot.engine.session;

/** The trader's day in America/New_York: what the co-pilot should be doing now. */
public enum SessionMode {
    /** 00:00–05:00 ET: daily focus once, morning briefing. */
    PRE_MARKET("PRE-MARKET", "🌙"),
    /** 05:00–12:00 ET: live trading hours. */
    ACTIVE("ACTIVE", "🟢"),
    /** 12:00–24:00 ET: backfill, backtests; no new trades. */
    OFF_HOURS("OFF-HOURS", "⚙️");

    /** 08:30 ET: the scheduled US economic data release, the morning's first burst of volume. */
    public static final int DATA_RELEASE_MINUTE = 8 * 60 + 30;

    private final String label;
    private final String emoji;

    SessionMode(String label, String emoji) {
        this.label = label;
        this.emoji = emoji;
    }

    public String label() {
        return label;
    }

    public String emoji() {
        return emoji;
    }

    /** Mode for a minute of the ET day (0..1439). */
    public static SessionMode atMinuteOfDay(int minuteOfDay) {
        if (minuteOfDay < 5 * 60) {
            return PRE_MARKET;
        }
        return minuteOfDay < 12 * 60 ? ACTIVE : OFF_HOURS;
    }
}
