package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.session.SessionMode;

/** The session banner: PRE-MARKET / ACTIVE / OFF-HOURS, or "waiting" before the first clock event. */
public record SessionBanner(String label, String emoji, String cssClass) {

    public static SessionBanner of(int sessionModeOrdinal) {
        if (sessionModeOrdinal < 0) {
            return new SessionBanner("WAITING FOR CLOCK", "⏳", "waiting");
        }
        SessionMode mode = SessionMode.values()[sessionModeOrdinal];
        return new SessionBanner(mode.label(), mode.emoji(), mode.label().toLowerCase(java.util.Locale.ROOT));
    }
}
